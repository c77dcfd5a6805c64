import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { letterImage, letterPhoto, storedSideways, withExifOrientation } from '../testing/scans.js';
import {
  adaptiveThreshold,
  jpegOrientation,
  preparationDefaults,
  prepareImage,
} from './read-image-prepare.js';

const lines = ['Member ID: XKH482913', 'We denied your claim.'];

/** A 300 × 100 JPEG, white but for a black square in its top-left corner: where it lands shows the turn. */
function markedJpeg(): Uint8Array {
  const canvas = createCanvas(300, 100);
  const context = canvas.getContext('2d');
  context.fillStyle = 'white';
  context.fillRect(0, 0, 300, 100);
  context.fillStyle = 'black';
  context.fillRect(0, 0, 50, 50);
  return canvas.toBuffer('image/jpeg', 95);
}

/** The width, height and grey levels of a binary PGM as prepareImage writes it. */
function readPgm(bytes: Uint8Array): {
  width: number;
  height: number;
  at: (x: number, y: number) => number;
} {
  const header = /^P5\n(\d+) (\d+)\n255\n/.exec(
    Buffer.from(bytes.subarray(0, 32)).toString('latin1'),
  );
  if (!header) throw new Error('not a PGM');
  const [text, width, height] = [header[0], Number(header[1]), Number(header[2])];
  return { width, height, at: (x, y) => bytes[text.length + y * width + x] ?? -1 };
}

/** Which corner of the image is dark: "top-left", "top-right", "bottom-left" or "bottom-right". */
function darkCorner(image: ReturnType<typeof readPgm>): string {
  const inset = 20;
  const corners = {
    'top-left': image.at(inset, inset),
    'top-right': image.at(image.width - inset, inset),
    'bottom-left': image.at(inset, image.height - inset),
    'bottom-right': image.at(image.width - inset, image.height - inset),
  };
  return Object.entries(corners)
    .filter(([, level]) => level < 100)
    .map(([corner]) => corner)
    .join();
}

describe('jpegOrientation', () => {
  it('reads the EXIF Orientation tag in either byte order', () => {
    expect(jpegOrientation(withExifOrientation(markedJpeg(), 6, 'II'))).toBe(6);
    expect(jpegOrientation(withExifOrientation(markedJpeg(), 8, 'MM'))).toBe(8);
  });

  it('is 1 for a JPEG without EXIF, a PNG, and a tag out of range', () => {
    expect(jpegOrientation(markedJpeg())).toBe(1);
    expect(jpegOrientation(letterImage(lines))).toBe(1);
    expect(jpegOrientation(withExifOrientation(markedJpeg(), 9))).toBe(1);
  });

  it('skips an APP1 segment that is not EXIF (XMP) to find the one that is', () => {
    const xmp = Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>', 'latin1');
    const segment = Buffer.concat([Buffer.from([0xff, 0xe1, 0, xmp.length + 2]), xmp]);
    const tagged = withExifOrientation(markedJpeg(), 3);
    const both = Buffer.concat([tagged.subarray(0, 2), segment, tagged.subarray(2)]);
    expect(jpegOrientation(both)).toBe(3);
  });
});

describe('prepareImage', () => {
  // Where the stored top-left corner belongs once the photo is shown as the tag says (EXIF 2.3, 4.6.4).
  const uprightCorner = {
    1: 'top-left',
    2: 'top-right',
    3: 'bottom-right',
    4: 'bottom-left',
    5: 'top-left',
    6: 'top-right',
    7: 'bottom-right',
    8: 'bottom-left',
  } as const;

  for (const byteOrder of ['II', 'MM'] as const) {
    it(`turns and mirrors a JPEG as its EXIF orientation says (${byteOrder})`, async () => {
      for (const [tag, corner] of Object.entries(uprightCorner)) {
        const orientation = Number(tag);
        const prepared = await prepareImage(
          withExifOrientation(markedJpeg(), orientation, byteOrder),
        );
        expect(prepared.orientation).toBe(orientation);
        // Small images are drawn twice as large; a quarter turn swaps the sides.
        const [width, height] = orientation >= 5 ? [200, 600] : [600, 200];
        if (orientation === 1) continue; // upright: only doubled
        const image = readPgm(prepared.bytes);
        expect({
          orientation,
          width: image.width,
          height: image.height,
          corner: darkCorner(image),
        }).toEqual({ orientation, width, height, corner });
      }
    });
  }

  it('shrinks a 12-megapixel photo to at most a 300-dpi letter page', async () => {
    const photo = letterPhoto(lines, { longSide: 4000 });
    const prepared = await prepareImage(photo);
    expect(prepared.width * prepared.height).toBeLessThanOrEqual(preparationDefaults.maxPixels);
    expect(Math.max(prepared.width, prepared.height)).toBeLessThanOrEqual(3400);
    expect(prepared.scale).toBeLessThan(1);
    expect(readPgm(prepared.bytes)).toMatchObject({
      width: prepared.width,
      height: prepared.height,
    });
  });

  it('doubles a small photo, and passes a clean scan on unchanged', async () => {
    const small = await prepareImage(letterPhoto(lines, { longSide: 800 }));
    expect(small).toMatchObject({ width: 1200, height: 1600, scale: 2, thresholded: false });
    const scan = letterImage(lines);
    const prepared = await prepareImage(scan);
    expect(prepared.bytes).toBe(scan);
    expect(prepared).toMatchObject({ width: 1275, height: 1650, scale: 1, thresholded: false });
  });

  it('thresholds a photo under a shadow, and not one in even light', async () => {
    const shadowed = await prepareImage(letterPhoto(lines, { longSide: 2000, shadow: 0.7 }));
    expect(shadowed.thresholded).toBe(true);
    const even = await prepareImage(letterPhoto(lines, { longSide: 2000 }));
    expect(even.thresholded).toBe(false);
  });

  it('turns a photo stored sideways upright', async () => {
    const prepared = await prepareImage(
      await storedSideways(letterPhoto(lines, { longSide: 1600 })),
    );
    expect(prepared).toMatchObject({ orientation: 6, width: 1200, height: 1600 });
  });
});

describe('adaptiveThreshold', () => {
  it('keeps ink as ink and paper as paper on both sides of a shadow', () => {
    const [width, height] = [200, 100];
    // Paper from 230 (lit) down to 50 (shadowed); ink a third as bright as the paper around it.
    const paper = (x: number) => Math.round(230 - (180 * x) / width);
    const ink = (x: number, y: number) => y >= 45 && y < 55 && x % 40 < 6;
    const grey = new Uint8Array(width * height);
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        grey[y * width + x] = ink(x, y) ? Math.round(paper(x) / 3) : paper(x);
      }
    }
    adaptiveThreshold(grey, width, height);
    expect([grey[50 * width + 2], grey[50 * width + 162]]).toEqual([0, 0]); // ink, lit and shadowed
    expect([grey[20 * width + 2], grey[20 * width + 190]]).toEqual([255, 255]); // paper
  });
});
