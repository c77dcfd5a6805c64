import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrorOfAsync } from '../testing/app-error-of.js';
import { letterPhoto, storedSideways } from '../testing/scans.js';
import { extractFields } from './extract-fields.js';
import { closeOcr, readImage, tidyOcrText } from './read-image.js';

// The images are rendered by Chromium in the test itself: no scans are kept in the repo.
const chromiumPath = '/usr/bin/chromium';
const haveChromium = existsSync(chromiumPath);

const letter = `
  <p>Harborline Health Plan</p>
  <p>Notice date: March 14, 2025</p>
  <table>
    <tr><td>Member name</td><td>Lucian Montague</td></tr>
    <tr><td>Member ID</td><td>XKH482913</td></tr>
    <tr><td>Claim number</td><td>HP25639326890</td></tr>
  </table>
  <p>We denied your claim because the service was not medically necessary.</p>`;

describe.skipIf(!haveChromium)('readImage', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  }, 30_000);

  afterAll(async () => {
    await browser.close();
    await closeOcr();
  });

  async function screenshot(body: string, type: 'png' | 'jpeg' = 'png'): Promise<Uint8Array> {
    const page = await browser.newPage({ viewport: { width: 800, height: 500 } });
    await page.setContent(
      `<body style="font: 18px Arial, sans-serif; background: white; margin: 40px">${body}</body>`,
    );
    const image = await page.screenshot({ type });
    await page.close();
    return image;
  }

  it('reads the text of a photographed letter as one OCR page', async () => {
    const progress: number[] = [];
    const document = await readImage(await screenshot(letter), {
      onProgress: (fraction) => progress.push(fraction),
    });
    expect(document.source).toBe('ocr');
    expect(document.pages).toEqual([{ number: 1, start: 0, end: document.text.length }]);
    expect(document.text).toMatch(/Member ID +XKH482913/);
    expect(extractFields(document).fields.memberId).toBe('XKH482913');
    expect(progress.at(-1)).toBe(1);
  }, 60_000);

  it('reads a JPEG photo too', async () => {
    const document = await readImage(await screenshot(letter, 'jpeg'));
    expect(extractFields(document).fields.claimNumber).toBe('HP25639326890');
  }, 60_000);

  it('refuses an image without text instead of returning an empty document', async () => {
    const error = await appErrorOfAsync(readImage(await screenshot('')));
    expect(error.code).toBe('unsupported-file');
    expect(error.message).toMatch(/^No text could be read in this image\./);
  }, 60_000);

  it('gives up on an image that takes longer than the timeout, then reads the next one', async () => {
    const image = await screenshot(letter);
    const error = await appErrorOfAsync(readImage(image, { timeoutMs: 1 }));
    expect(error.code).toBe('unsupported-file');
    expect(error.message).toMatch(/took too long \(over 1 second\)/);
    const document = await readImage(image);
    expect(document.text).toContain('XKH482913');
  }, 60_000);
});

// Phone photos are drawn with @napi-rs/canvas (src/testing/scans.ts), so these run everywhere.
describe('readImage on phone photos', () => {
  const photoLines = [
    'Harborline Health Plan',
    'Member name: Lucian Montague',
    'Member ID: XKH482913',
    'Claim number: HP25639326890',
    'We denied your claim because the service was not medically necessary.',
  ];
  const keyWords = /Member ID: XKH482913[\s\S]*\bdenied\b[\s\S]*medically necessary/;

  afterAll(closeOcr);

  it('reads a JPEG stored sideways with an EXIF Orientation of 6 (little-endian, as Android writes it)', async () => {
    const photo = await storedSideways(letterPhoto(photoLines, { longSide: 2000 }), 'II');
    expect((await readImage(photo)).text).toMatch(keyWords);
  }, 60_000);

  it('reads a photo with a shadow over half the page', async () => {
    const photo = letterPhoto(photoLines, { longSide: 2000, shadow: 0.75 });
    expect((await readImage(photo)).text).toMatch(keyWords);
  }, 60_000);

  it('reads a 12-megapixel photo (4000 pixels high)', async () => {
    const photo = letterPhoto(photoLines, { longSide: 4000 });
    expect((await readImage(photo)).text).toMatch(keyWords);
  }, 60_000);
});

describe('tidyOcrText', () => {
  it('turns table borders and specks between words into spaces, keeping the column gap', () => {
    expect(tidyOcrText('| Member ID      5209429245      |\n[ Claim number ~ HP2563  \n')).toBe(
      'Member ID      5209429245\nClaim number   HP2563',
    );
    expect(tidyOcrText('Provider:   ‘Date of service: . Jan 29, 2025')).toBe(
      'Provider:   Date of service:   Jan 29, 2025',
    );
  });

  it('drops a logo read as a sign before the letterhead', () => {
    expect(tidyOcrText('&   Prairie Lantern Health\nTom & Jerry')).toBe(
      'Prairie Lantern Health\nTom & Jerry',
    );
  });

  it('puts back only the letters the context allows', () => {
    expect(tidyOcrText('Member ID $M1439010-63, billed $1,484.25')).toBe(
      'Member ID SM1439010-63, billed $1,484.25',
    );
    expect(tidyOcrText('Diagnosis: ICD-10 169.351; 169.351 days')).toBe(
      'Diagnosis: ICD-10 I69.351; 169.351 days',
    );
  });

  it('keeps apostrophes, quotations and sentence ends', () => {
    const prose = 'We said “not medically necessary.” It’s your right.';
    expect(tidyOcrText(prose)).toBe(prose);
  });
});
