import { createCanvas, loadImage } from '@napi-rs/canvas';
import { imagePdf } from '../src/testing/scans.js';

/** US letter's height over its width: the corpus's page images are 1275 × 1650 (150 dpi). */
const letterRatio = 11 / 8.5;

/** How many letter pages a corpus PNG stacks, from its IHDR's width and height. */
export function stackedPages(png: Uint8Array): number {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const [width, height] = [view.getUint32(16), view.getUint32(20)];
  return Math.max(1, Math.round(height / Math.round(width * letterRatio)));
}

/**
 * A corpus PNG (its pages stacked vertically, a few pixels apart) as the scanned PDF a patient
 * would get from a scanner: one picture per page, no text layer.
 */
export async function scannedPdfOf(png: Uint8Array): Promise<{ pdf: Uint8Array; pages: number }> {
  const image = await loadImage(png);
  const pageHeight = Math.round(image.width * letterRatio);
  const pages = stackedPages(png);
  const gap = pages > 1 ? (image.height - pages * pageHeight) / (pages - 1) : 0;
  const pngs: Uint8Array[] = [];
  for (let index = 0; index < pages; index += 1) {
    const canvas = createCanvas(image.width, Math.min(pageHeight, image.height));
    const top = Math.round(index * (pageHeight + gap));
    canvas.getContext('2d').drawImage(image, 0, -top);
    pngs.push(canvas.toBuffer('image/png'));
  }
  return { pdf: await imagePdf(pngs), pages };
}
