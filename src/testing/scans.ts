import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';

/** A US letter page in PDF points (72 to the inch). */
const letterPoints = { width: 612, height: 792 } as const;

/**
 * A page of a letter as a scanner would save it: black text on a white US-letter page, as a PNG at
 * `dpi`. Drawn with @napi-rs/canvas and the system's sans-serif font, so tests keep no scans in the
 * repository and need no browser.
 */
export function letterImage(
  lines: readonly string[],
  { dpi = 150, fontPoints = 12 }: { dpi?: number; fontPoints?: number } = {},
): Uint8Array {
  const pixels = (points: number) => Math.round((points * dpi) / 72);
  const canvas = createCanvas(pixels(letterPoints.width), pixels(letterPoints.height));
  const context = canvas.getContext('2d');
  context.fillStyle = 'white';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = 'black';
  context.font = `${pixels(fontPoints)}px sans-serif`;
  for (const [index, line] of lines.entries()) {
    context.fillText(line, pixels(72), pixels(90 + index * fontPoints * 1.8));
  }
  return canvas.toBuffer('image/png');
}

/** A PDF whose pages are only pictures (no text layer), one US-letter page per PNG: a scan. */
export async function imagePdf(pngs: readonly Uint8Array[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (const png of pngs) {
    const image = await pdf.embedPng(png);
    // Fit the picture to the page's width, keeping its proportions, as a scanner does.
    const height = (image.height / image.width) * letterPoints.width;
    const page = pdf.addPage([letterPoints.width, height]);
    page.drawImage(image, { x: 0, y: 0, width: letterPoints.width, height });
  }
  return pdf.save();
}
