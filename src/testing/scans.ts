import { createCanvas, loadImage, type SKRSContext2D } from '@napi-rs/canvas';
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

/** How a phone photo of a letter differs from a scan, for tests of the OCR's preparation step. */
export interface PhotoOptions {
  /** Pixels on the photo's longer side; the page is portrait, 3:4, as a phone takes it. */
  readonly longSide?: number;
  /** A shadow over the right of the page, this much darker (0 none, 0.8 most of the light gone). */
  readonly shadow?: number;
}

/**
 * A phone photo of a letter: a JPEG of a cream page with dark grey (not black) text, lit evenly or
 * with a shadow over its right side. Font sizes scale with `longSide`, so
 * a 4000-pixel photo holds the same letter as a 1000-pixel one, four times larger.
 */
export function letterPhoto(
  lines: readonly string[],
  { longSide = 4000, shadow = 0 }: PhotoOptions = {},
): Uint8Array {
  const height = longSide;
  const width = Math.round((longSide * 3) / 4);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = 'rgb(236, 226, 205)';
  context.fillRect(0, 0, width, height);
  context.fillStyle = 'rgb(70, 62, 58)';
  // About 12 points on a letter page that fills the frame's width (8.5 inches).
  const fontPixels = Math.round((width / 8.5 / 72) * 12);
  context.font = `${fontPixels}px sans-serif`;
  for (const [index, line] of lines.entries()) {
    context.fillText(line, width * 0.1, height * 0.1 + index * fontPixels * 1.8);
  }
  if (shadow > 0) castShadow(context, width, height, shadow);
  return canvas.toBuffer('image/jpeg', 90);
}

/**
 * A shadow as a hand or a phone casts it: the left of the page in full light, the right `depth`
 * darker, with a soft edge across the middle of every line, so no one threshold suits the page.
 */
function castShadow(context: SKRSContext2D, width: number, height: number, depth: number) {
  const gradient = context.createLinearGradient(width * 0.35, 0, width * 0.55, height * 0.1);
  gradient.addColorStop(0, 'rgba(0, 0, 0, 0)');
  gradient.addColorStop(1, `rgba(0, 0, 0, ${depth})`);
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
}

/**
 * The photo as a phone stores it when held upright: the pixels turned a quarter to the left and an
 * EXIF Orientation tag of 6 ("turn 90° clockwise to show"), in the byte order given ("II" is
 * little-endian, as Android phones write it; "MM" big-endian, as iPhones do).
 */
export async function storedSideways(
  jpeg: Uint8Array,
  byteOrder: 'II' | 'MM' = 'II',
): Promise<Uint8Array> {
  const upright = await loadImage(Buffer.from(jpeg));
  const canvas = createCanvas(upright.height, upright.width);
  const context = canvas.getContext('2d');
  // Turning a quarter to the left: the page's top lands on the stored image's left side.
  context.setTransform(0, -1, 1, 0, 0, upright.width);
  context.drawImage(upright, 0, 0);
  return withExifOrientation(canvas.toBuffer('image/jpeg', 90), 6, byteOrder);
}

/**
 * The JPEG with an APP1 "Exif" segment right after its start marker, holding one IFD0 entry: the
 * Orientation tag (0x0112, a SHORT) set to `orientation` (1–8). The pixels are left as they are.
 */
export function withExifOrientation(
  jpeg: Uint8Array,
  orientation: number,
  byteOrder: 'II' | 'MM' = 'II',
): Uint8Array {
  const tiff = new DataView(new ArrayBuffer(26));
  const little = byteOrder === 'II';
  tiff.setUint8(0, byteOrder.charCodeAt(0));
  tiff.setUint8(1, byteOrder.charCodeAt(1));
  tiff.setUint16(2, 42, little);
  tiff.setUint32(4, 8, little); // IFD0 right after the 8-byte header
  tiff.setUint16(8, 1, little); // one entry
  tiff.setUint16(10, 0x0112, little);
  tiff.setUint16(12, 3, little); // SHORT
  tiff.setUint32(14, 1, little); // one value, stored in the entry itself
  tiff.setUint16(18, orientation, little);
  tiff.setUint32(22, 0, little); // no next IFD
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), new Uint8Array(tiff.buffer)]);
  const marker = Buffer.from([0xff, 0xe1, 0, 0]);
  marker.writeUInt16BE(payload.length + 2, 2); // the length counts itself, not the marker
  return new Uint8Array(Buffer.concat([jpeg.subarray(0, 2), marker, payload, jpeg.subarray(2)]));
}
