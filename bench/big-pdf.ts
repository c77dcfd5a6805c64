import {
  PDFDocument,
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib';
import { rng } from './fixtures.js';

/** A US letter page in PDF points, and a scan of it at 150 dpi. */
const page = { width: 612, height: 792 } as const;
const scan = { width: 1275, height: 1650 } as const;

/**
 * A gray page as a scanner without compression would save it: paper with grain and rows of dark
 * "text" strokes. Every pixel is one byte, so the file's size is known before it is made.
 */
function scannedPixels(seed: number): Uint8Array {
  const random = rng(seed);
  const pixels = new Uint8Array(scan.width * scan.height);
  for (let y = 0; y < scan.height; y += 1) {
    const textRow = y > 150 && y < scan.height - 150 && y % 36 < 14;
    for (let x = 0; x < scan.width; x += 1) {
      const ink = textRow && x > 150 && x < scan.width - 150 && random() < 0.35;
      pixels[y * scan.width + x] = ink
        ? 30 + Math.floor(random() * 40)
        : 235 + Math.floor(random() * 20);
    }
  }
  return pixels;
}

/**
 * A valid PDF of about `targetBytes`: scanned pages (one uncompressed 150 dpi gray image each),
 * as a long medical record scanned at a clinic comes. Made with pdf-lib and read back to be sure.
 */
export async function bigScannedPdf(targetBytes: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Scanned medical records');
  const perPage = scan.width * scan.height;
  const pages = Math.max(1, Math.ceil(targetBytes / perPage));
  for (let n = 0; n < pages; n += 1) {
    const image = pdf.context.register(
      pdf.context.stream(scannedPixels(n + 1), {
        Type: 'XObject',
        Subtype: 'Image',
        Width: scan.width,
        Height: scan.height,
        ColorSpace: 'DeviceGray',
        BitsPerComponent: 8,
      }),
    );
    const drawn = pdf.addPage([page.width, page.height]);
    const name = drawn.node.newXObject('Scan', image);
    drawn.pushOperators(
      pushGraphicsState(),
      concatTransformationMatrix(page.width, 0, 0, page.height, 0, 0),
      drawObject(name),
      popGraphicsState(),
    );
  }
  const bytes = await pdf.save();
  const check = await PDFDocument.load(bytes);
  if (check.getPageCount() !== pages) throw new Error('the big PDF did not read back');
  return bytes;
}
