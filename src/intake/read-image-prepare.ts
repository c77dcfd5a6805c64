import { createCanvas, loadImage, type Image, type SKRSContext2D } from '@napi-rs/canvas';

/**
 * Prepares a photo or scan for OCR. Phone photos are not scans: 12-megapixel JPEGs (slow to read,
 * and the OCR worker's memory grows to the largest image and stays there), stored sideways with an
 * EXIF tag saying how to turn them, in colour, often under a shadow. Tesseract binarizes a page with
 * one global (Otsu) threshold, so where a shadow makes the paper darker than the ink elsewhere, a
 * whole region of text is lost. Clean scans need none of this and are passed on unchanged.
 */

export const preparationDefaults = {
  /**
   * A US letter page at 300 dpi (2550 × 3300), where Tesseract reads best. A bound on pixels, not on
   * the longer side: the corpus's scans stack up to three 150-dpi pages in one tall picture
   * (1275 × 4950), which a 3300-pixel side would shrink to 100 dpi.
   */
  maxPixels: 2550 * 3300,
  /** Below this on its longer side an image is a thumbnail or a crop: twice as large reads better. */
  smallSide: 1000,
  /** Lighting is uneven when a tile's paper is this much darker than the brightest tile's (0–1). */
  darkestPaper: 0.6,
} as const;

export type PreparationOptions = { -readonly [K in keyof typeof preparationDefaults]?: number };

export interface PreparedImage {
  /** What OCR reads: the original bytes when nothing needed changing, else an 8-bit grey PGM. */
  readonly bytes: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** The JPEG's EXIF Orientation (1–8; 1 for a PNG, or a JPEG without the tag). */
  readonly orientation: number;
  /** Prepared size over the decoded (upright) size, e.g. 0.84 for a 12-megapixel photo. */
  readonly scale: number;
  /** Whether an adaptive threshold replaced the grey levels, because the lighting was uneven. */
  readonly thresholded: boolean;
}

/**
 * Turns the image upright, bounds its size, and thresholds it adaptively when its lighting is
 * uneven. The turning is @napi-rs/canvas's: its `loadImage` applies the EXIF orientation, all eight
 * values in either byte order (read-image-prepare.test.ts checks each, so an upgrade that stopped
 * would fail there). The tag is still read here: an image the decoder turned must be redrawn,
 * since Tesseract's own EXIF reading (tesseract.js `setImage`) only knows big-endian tags.
 */
export async function prepareImage(
  bytes: Uint8Array,
  options: PreparationOptions = {},
): Promise<PreparedImage> {
  const { maxPixels, smallSide, darkestPaper } = { ...preparationDefaults, ...options };
  const orientation = jpegOrientation(bytes);
  const image = await loadImage(Buffer.from(bytes));
  const scale = scaleFor(image.width, image.height, maxPixels, smallSide);
  const uneven = paperBrightnessRange(image) < darkestPaper;
  // Upright, sized and evenly lit (a clean scan): OCR reads the original bytes.
  if (orientation === 1 && scale === 1 && !uneven) {
    return {
      bytes,
      width: image.width,
      height: image.height,
      orientation,
      scale,
      thresholded: false,
    };
  }
  const width = Math.max(1, Math.floor(image.width * scale));
  const height = Math.max(1, Math.floor(image.height * scale));
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, 0, 0, width, height);
  const { file, grey } = pgmOf(context, width, height);
  if (uneven) adaptiveThreshold(grey, width, height);
  return {
    bytes: file,
    width,
    height,
    orientation,
    scale,
    thresholded: uneven,
  };
}

/** Shrinks to `maxPixels`, doubles a small image, and otherwise keeps the size. */
function scaleFor(width: number, height: number, maxPixels: number, smallSide: number): number {
  if (width * height > maxPixels) return Math.sqrt(maxPixels / (width * height));
  if (Math.max(width, height) < smallSide) return 2;
  return 1;
}

/** Luminance (ITU-R BT.601, as JPEG uses) of RGBA pixels, one byte a pixel. */
function greyLevels(rgba: Uint8ClampedArray): Uint8Array {
  const grey = new Uint8Array(rgba.length / 4);
  for (let i = 0; i < grey.length; i += 1) {
    const at = i * 4;
    grey[i] = (rgba[at]! * 299 + rgba[at + 1]! * 587 + rgba[at + 2]! * 114) / 1000;
  }
  return grey;
}

/** Rows converted at a time: a whole 8-megapixel page's RGBA would be another 34 MB at once. */
const stripRows = 256;

/**
 * The canvas as a binary PGM (P5): Tesseract's image library reads it, and it costs nothing to
 * write. `grey` is the file's pixels, to be thresholded in place.
 */
function pgmOf(
  context: SKRSContext2D,
  width: number,
  height: number,
): { file: Uint8Array; grey: Uint8Array } {
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1');
  const file = new Uint8Array(header.length + width * height);
  file.set(header);
  const grey = file.subarray(header.length);
  for (let top = 0; top < height; top += stripRows) {
    const rows = Math.min(stripRows, height - top);
    grey.set(greyLevels(context.getImageData(0, top, width, rows).data), top * width);
  }
  return { file, grey };
}

/** Tiles across the shorter side of the thumbnail that judges the lighting. */
const lightingTiles = 6;
const thumbnailSide = 192;

/**
 * The darkest tile's paper over the brightest tile's (0–1), on a thumbnail: 1 for an evenly lit
 * page, 0.3 where a shadow leaves a third of the light. A tile's paper is its 90th-percentile grey
 * level, so the ink in it does not count.
 */
export function paperBrightnessRange(image: Image): number {
  const scale = Math.min(1, thumbnailSide / Math.max(image.width, image.height));
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0, width, height);
  const grey = greyLevels(context.getImageData(0, 0, width, height).data);
  const tile = Math.max(4, Math.floor(Math.min(width, height) / lightingTiles));
  const papers: number[] = [];
  for (let top = 0; top + tile <= height; top += tile) {
    for (let left = 0; left + tile <= width; left += tile) {
      const levels: number[] = [];
      for (let y = top; y < top + tile; y += 1) {
        for (let x = left; x < left + tile; x += 1) levels.push(grey[y * width + x]!);
      }
      levels.sort((a, b) => a - b);
      papers.push(levels[Math.floor(levels.length * 0.9)]!);
    }
  }
  const brightest = Math.max(...papers, 1);
  return Math.min(...papers, brightest) / brightest;
}

/**
 * Bradley–Roth adaptive threshold, in place: a pixel is ink when it is `darker` below the mean of
 * the window around it, so the paper under a shadow stays paper. The window (an eighth of the
 * shorter side) spans several lines of text; the sums come from an integral image (32-bit: a
 * 8.4-megapixel page of 255s is 2.1 × 10⁹, within range).
 */
export function adaptiveThreshold(
  grey: Uint8Array,
  width: number,
  height: number,
  { darker = 0.15 } = {},
): void {
  const integral = new Uint32Array((width + 1) * (height + 1));
  for (let y = 0; y < height; y += 1) {
    let row = 0;
    for (let x = 0; x < width; x += 1) {
      row += grey[y * width + x]!;
      integral[(y + 1) * (width + 1) + x + 1] = integral[y * (width + 1) + x + 1]! + row;
    }
  }
  const half = Math.max(8, Math.floor(Math.min(width, height) / 16));
  for (let y = 0; y < height; y += 1) {
    const top = Math.max(0, y - half);
    const bottom = Math.min(height, y + half + 1);
    for (let x = 0; x < width; x += 1) {
      const left = Math.max(0, x - half);
      const right = Math.min(width, x + half + 1);
      const sum =
        integral[bottom * (width + 1) + right]! -
        integral[top * (width + 1) + right]! -
        integral[bottom * (width + 1) + left]! +
        integral[top * (width + 1) + left]!;
      const area = (bottom - top) * (right - left);
      const index = y * width + x;
      grey[index] = grey[index]! * area <= sum * (1 - darker) ? 0 : 255;
    }
  }
}

/**
 * The Orientation tag (0x0112) of a JPEG's EXIF block, 1 when there is none. The block is an APP1
 * segment ("Exif\0\0") holding a TIFF header, whose first two bytes give the byte order ("II"
 * little-endian, "MM" big-endian), then IFD0, whose 12-byte entries carry the tag.
 */
export function jpegOrientation(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < 4 || view.getUint16(0) !== 0xffd8) return 1;
  for (const segment of jpegSegments(view)) {
    if (segment.marker !== 0xe1 || segment.length < 14) continue;
    const start = segment.offset + 4;
    const exif = String.fromCharCode(...bytes.subarray(start, start + 6));
    if (exif !== 'Exif\0\0') continue;
    return tiffOrientation(view, start + 6, segment.offset + 2 + segment.length);
  }
  return 1;
}

function tiffOrientation(view: DataView, tiff: number, end: number): number {
  const order = view.getUint16(tiff);
  if (order !== 0x4949 && order !== 0x4d4d) return 1;
  const little = order === 0x4949;
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > end) return 1;
  const entries = view.getUint16(ifd, little);
  for (let index = 0; index < entries; index += 1) {
    const entry = ifd + 2 + index * 12;
    if (entry + 12 > end) return 1;
    if (view.getUint16(entry, little) !== 0x0112) continue;
    const value = view.getUint16(entry + 8, little);
    return value >= 1 && value <= 8 ? value : 1;
  }
  return 1;
}

/** The segments before the image data, each with its marker, offset (at 0xFF) and length field. */
function* jpegSegments(
  view: DataView,
): Generator<{ marker: number; offset: number; length: number }> {
  let offset = 2;
  while (offset + 4 <= view.byteLength && view.getUint8(offset) === 0xff) {
    const marker = view.getUint8(offset + 1);
    // Start of scan: the compressed data follows, with no more headers worth reading.
    if (marker === 0xda) return;
    const length = view.getUint16(offset + 2);
    yield { marker, offset, length };
    offset += 2 + length;
  }
}
