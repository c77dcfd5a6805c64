import { createIsomorphicCanvasFactory, getResolvedPDFJS, renderPageAsImage } from 'unpdf';
import type { PDFDocumentProxy, PDFPageProxy } from 'unpdf/pdfjs';
import { AppError } from '../common/errors.js';
import { limits } from '../common/limits.js';
import type { DocumentText } from './extraction.js';
import { ocrDocument, ocrTooSlow, recognizeText, type ProgressListener } from './read-image.js';
import { openPdf, pdfAppError } from './read-pdf.js';

/**
 * Tesseract reads best at about 300 dpi, but a scan drawn larger than it was scanned reads worse:
 * a 150-dpi scan drawn at 300 dpi lost a third of its fields in the benchmark (bench/intake.ts).
 * So a page is drawn at its picture's own resolution, within these bounds (a page without a
 * picture, or whose picture is a small logo, is drawn at the most).
 */
const dpi = { most: 300, least: 150 } as const;
/**
 * At most this many pixels on a page's longer side: a letter page at 300 dpi is 2550 × 3300, while
 * a poster-sized page would need gigabytes of canvas. 4000² RGBA pixels are 64 MB.
 */
const maxSidePixels = 4000;

/** pdf.js draws on a canvas; in Node that is @napi-rs/canvas (prebuilt, no system libraries). */
const canvasImport = () => import('@napi-rs/canvas');

/**
 * Reads a scanned PDF (pages that are pictures, no text layer): each page is drawn at 150–300 dpi
 * and read by OCR in turn, on this machine. `pageTimeoutMs` limits the drawing and, apart, the OCR
 * of each page; `onProgress` hears the fraction of the whole document and the page being read. A
 * PDF with more than `maxPages` pages is refused before any is read.
 */
export async function readPdfScan(
  bytes: Uint8Array,
  {
    pageTimeoutMs = 60_000,
    onProgress,
    maxPages = limits.ocrPages,
  }: { pageTimeoutMs?: number; onProgress?: ProgressListener; maxPages?: number } = {},
): Promise<DocumentText> {
  const CanvasFactory = await createIsomorphicCanvasFactory(canvasImport);
  const task = await openPdf(bytes, { CanvasFactory });
  try {
    const pdf = await task.promise;
    const pages = pdf.numPages;
    if (pages > maxPages) throw tooManyPages(pages, maxPages);
    const render = (number: number) => {
      const drawn = withTimeout(renderPage(pdf, number), pageTimeoutMs, number);
      // Awaited later, or never if OCR fails first: a rejection here must not go unhandled.
      drawn.catch(() => undefined);
      return drawn;
    };
    const pageTexts: string[] = [];
    let next = render(1);
    for (let number = 1; number <= pages; number += 1) {
      const image = await next;
      // The next page is drawn (on this thread) while this one is read (on the OCR worker's).
      if (number < pages) next = render(number + 1);
      const page = { number, of: pages };
      onProgress?.((number - 1) / pages, page);
      const text = await recognizeText(image, {
        timeoutMs: pageTimeoutMs,
        onProgress: onProgress && ((fraction) => onProgress((number - 1 + fraction) / pages, page)),
        subject: { kind: 'pdf-page', page: number },
      });
      pageTexts.push(text);
    }
    return ocrDocument(pageTexts, 'scanned-pdf');
  } catch (error) {
    throw pdfAppError(error);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/** One page as a PNG at its scan's resolution (150–300 dpi), smaller when the page is too big. */
async function renderPage(pdf: PDFDocumentProxy, number: number): Promise<Uint8Array> {
  const page = await pdf.getPage(number);
  try {
    const { width, height } = page.getViewport({ scale: 1 });
    const scanned = (await pictureDpi(page, width)) ?? dpi.most;
    const scale = Math.min(
      Math.min(dpi.most, Math.max(dpi.least, scanned)) / 72,
      maxSidePixels / Math.max(width, height, 1),
    );
    const png = await renderPageAsImage(pdf, number, { canvasImport, scale });
    return new Uint8Array(png);
  } finally {
    page.cleanup();
  }
}

/**
 * The resolution of the largest picture on the page, taken to span the page's width as a scanner's
 * does; null when the page has no picture. PDF sizes are in points, 72 to the inch.
 */
async function pictureDpi(page: PDFPageProxy, pageWidth: number): Promise<number | null> {
  const { OPS } = await getResolvedPDFJS();
  const { fnArray, argsArray } = await page.getOperatorList();
  let widest = 0;
  for (const [index, fn] of fnArray.entries()) {
    if (fn !== OPS.paintImageXObject) continue;
    // pdf.js hands the picture's name, width and height in pixels.
    const args: unknown = argsArray[index];
    if (Array.isArray(args) && typeof args[1] === 'number') widest = Math.max(widest, args[1]);
  }
  return widest > 0 ? (widest * 72) / Math.max(pageWidth, 1) : null;
}

async function withTimeout<T>(work: Promise<T>, timeoutMs: number, page: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(ocrTooSlow(timeoutMs, { kind: 'pdf-page', page })), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const tooManyPages = (pages: number, maxPages: number) =>
  new AppError(
    'payload-too-large',
    `This scanned PDF has ${pages} pages; Overturn reads at most ${maxPages} pages of a scan. Upload only the pages of the letter that matter (usually the first few, with the reason for the denial and how to appeal).`,
    undefined,
    { pages, maxPages },
  );
