import zlib from 'node:zlib';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import {
  concatTransformationMatrix,
  drawObject,
  type PDFDocument,
  type PDFPage,
  type PDFRef,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib';

/**
 * A picture (PNG or JPEG) embedded in a PDF. JPEGs go in as they are. PNGs are decoded natively
 * (@napi-rs/canvas), laid on white (a PDF page has no transparency to show through) and stored as
 * deflated RGB by node's zlib: pdf-lib's own PNG path decodes and re-compresses in JavaScript,
 * about 0.6 s for one scanned page, which alone would put a packet of pictures over its 2 s budget.
 */
export interface Picture {
  readonly ref: PDFRef;
  readonly width: number;
  readonly height: number;
}

export async function embedPicture(
  pdf: PDFDocument,
  bytes: Uint8Array,
  type: 'image/png' | 'image/jpeg',
): Promise<Picture> {
  if (type === 'image/jpeg') {
    const image = await pdf.embedJpg(bytes);
    return { ref: image.ref, width: image.width, height: image.height };
  }
  const image = await loadImage(Buffer.from(bytes));
  const { width, height } = image;
  if (width === 0 || height === 0) throw new Error('empty picture');
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = 'white';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0);
  const rgba = context.getImageData(0, 0, width, height).data;
  const rgb = Buffer.allocUnsafe(width * height * 3);
  for (let from = 0, to = 0; from < rgba.length; from += 4, to += 3) {
    rgb[to] = rgba[from]!;
    rgb[to + 1] = rgba[from + 1]!;
    rgb[to + 2] = rgba[from + 2]!;
  }
  const stream = pdf.context.stream(zlib.deflateSync(rgb, { level: 6 }), {
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    ColorSpace: 'DeviceRGB',
    BitsPerComponent: 8,
    Filter: 'FlateDecode',
  });
  return { ref: pdf.context.register(stream), width, height };
}

/** Draws an embedded picture with its bottom left at (x, y), `width` by `height` points. */
export function drawPicture(
  page: PDFPage,
  picture: Picture,
  { x, y, width, height }: { x: number; y: number; width: number; height: number },
): void {
  const name = page.node.newXObject('Image', picture.ref);
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(width, 0, 0, height, x, y),
    drawObject(name),
    popGraphicsState(),
  );
}
