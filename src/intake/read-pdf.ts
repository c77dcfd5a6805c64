import { getResolvedPDFJS } from 'unpdf';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'unpdf/pdfjs';
import { AppError } from '../common/errors.js';
import type { DocumentText } from './extraction.js';
import { documentFromPages } from './read-text.js';

/** Below this many non-space characters per page on average, the PDF is taken to be a scan. */
const minCharsPerPage = 20;

export interface PdfReading {
  readonly document: DocumentText;
  /** True when the PDF has no usable text layer (a scan or photo saved as PDF): it needs OCR. */
  readonly needsOcr: boolean;
}

/**
 * Reads the text layer of a PDF, page by page, in reading order: top to bottom, and left to right
 * within a line. pdf.js runs in this process (unpdf's serverless build: no worker, no canvas) and is
 * told to fetch nothing, so reading works offline and never executes code from the file.
 */
export async function readPdf(
  bytes: Uint8Array,
  { timeoutMs = 20_000 }: { timeoutMs?: number } = {},
): Promise<PdfReading> {
  if (bytes.length === 0) throw new AppError('invalid-input', 'The file is empty.');
  const task = await openPdf(bytes);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(tooSlow()), timeoutMs);
  });
  try {
    const pageTexts = await Promise.race([readPages(task.promise), timeout]);
    const document = documentFromPages('pdf-text', pageTexts);
    const nonSpace = document.text.replace(/\s/g, '').length;
    return { document, needsOcr: nonSpace < minCharsPerPage * Math.max(1, pageTexts.length) };
  } catch (error) {
    throw pdfAppError(error);
  } finally {
    clearTimeout(timer);
    // Also stops a read that timed out: its pending page requests reject once the task is destroyed.
    await task.destroy().catch(() => undefined);
  }
}

/**
 * Starts loading a PDF with pdf.js told to fetch nothing and run no code from the file; a
 * `CanvasFactory` is needed only to draw pages (OCR of scans). The caller destroys the task.
 */
export async function openPdf(
  bytes: Uint8Array,
  { CanvasFactory }: { CanvasFactory?: object } = {},
): Promise<PDFDocumentLoadingTask> {
  const { getDocument } = await getResolvedPDFJS();
  return getDocument({
    // pdf.js may take over (detach) the buffer it is given: hand it a copy so the caller's bytes survive.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    // No font or character-map files are loaded from anywhere; text extraction does not need them.
    standardFontDataUrl: undefined,
    cMapUrl: undefined,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    // Errors only: pdf.js logs warnings with console.log, and stdout carries the CLI's --json output.
    verbosity: 0,
    ...(CanvasFactory && { CanvasFactory }),
  });
}

async function readPages(loading: Promise<PDFDocumentProxy>): Promise<string[]> {
  const pdf = await loading;
  const pageTexts: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) => ('str' in item ? [item] : []));
    pageTexts.push(pageLines(items).join('\n'));
    page.cleanup();
  }
  return pageTexts;
}

/** A text item of pdf.js's `getTextContent()`, as far as lines are concerned. */
export interface PositionedText {
  readonly str: string;
  /** [a, b, c, d, x, y] in PDF user space, y growing upward. */
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
  readonly hasEOL?: boolean;
}

interface Piece {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly end: number;
  readonly size: number;
  readonly hasEOL: boolean;
  /** Position in pdf.js's content stream order, which breaks ties. */
  readonly index: number;
}

/**
 * Puts a page's text items back into lines. Items whose baselines are within 40% of the font size
 * share a line (so superscripts and jitter stay on it) and are ordered left to right; lines run top
 * to bottom. Inside a line, touching items join directly (pdf.js splits words at ligatures such as
 * "fi"), a word gap becomes one space, and a gap of 0.8 em or more (a label and its value, table
 * cells) becomes at least two spaces, about one per half em, so columns stay recognizable and line
 * up from row to row. An item that ends a line (`hasEOL`) followed by one that overlaps it on the same
 * baseline starts a new line. A vertical gap of more than two lines leaves one blank line.
 */
export function pageLines(items: readonly PositionedText[]): string[] {
  const pieces = items
    .filter((item) => item.str.trim() !== '')
    .map(toPiece)
    .sort((a, b) => b.y - a.y || a.index - b.index);
  const rows: Piece[][] = [];
  for (const piece of pieces) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row && first && Math.abs(first.y - piece.y) <= 0.4 * Math.min(first.size, piece.size))
      row.push(piece);
    else rows.push([piece]);
  }
  const lines: string[] = [];
  let previous: Piece | undefined;
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x || a.index - b.index);
    const first = row[0];
    if (previous && first && previous.y - first.y > 2.2 * Math.max(previous.size, first.size))
      lines.push('');
    previous = first;
    let line = '';
    let last: Piece | undefined;
    for (const piece of row) {
      if (last && isDuplicate(last, piece)) continue;
      if (last?.hasEOL && piece.x < last.end) {
        lines.push(line.trimEnd());
        line = '';
        last = undefined;
      }
      line += (last ? separator(last, piece) : '') + piece.text;
      last = piece;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

function toPiece(item: PositionedText, index: number): Piece {
  const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
  const size = Math.hypot(c, d) || item.height || 10;
  return { text: item.str, x, y, end: x + item.width, size, hasEOL: item.hasEOL === true, index };
}

/** Text printed twice at the same spot, as some generators do to fake bold. */
function isDuplicate(a: Piece, b: Piece): boolean {
  return a.text === b.text && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;
}

function separator(before: Piece, after: Piece): string {
  const size = Math.max(before.size, after.size);
  const gap = after.x - before.end;
  const spaced = /\s$/.test(before.text) || /^\s/.test(after.text);
  if (gap >= 0.8 * size) return ' '.repeat(Math.max(2, Math.round(gap / (0.5 * size))));
  if (gap < 0.12 * size || spaced) return '';
  return ' ';
}

const tooSlow = () =>
  new AppError(
    'unsupported-file',
    'This PDF took too long to read. Try printing it to a new PDF, or upload photos of its pages instead.',
  );

/** A pdf.js failure as the message a person can act on; an AppError passes through. */
export function pdfAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new AppError(
      'unsupported-file',
      'This PDF is protected by a password. Open it, print it to a new PDF without a password, and try again.',
    );
  }
  return new AppError(
    'unsupported-file',
    'This file could not be read as a PDF: it may be damaged or not a PDF at all. Download it again, or print it to a new PDF, and try again.',
    undefined,
    { reason: name || 'unreadable' },
  );
}
