import { afterAll, describe, expect, it } from 'vitest';
import { limits } from '../common/limits.js';
import { appErrorOfAsync } from '../testing/app-error-of.js';
import { imagePdf, letterImage } from '../testing/scans.js';
import { extractFields } from './extract-fields.js';
import { readDocument } from './read-document.js';
import { closeOcr } from './read-image.js';
import { readPdfScan } from './read-pdf-scan.js';

// The scans are drawn in the test itself (text → PNG → image-only PDF): no scans are kept in the repo.
const firstPage = [
  'Harborline Health Plan',
  'Notice date: March 14, 2025',
  'Member name:   Lucian Montague',
  'Member ID:     XKH482913',
  'Claim number:  HP25639326890',
];
const secondPage = [
  'How to appeal',
  'You have 180 days from the date of this notice to ask for an appeal.',
  'Write to Harborline Appeals, PO Box 5550, Springfield.',
];
const options = { maxBytes: 10 * 1024 * 1024 };

describe('readDocument with a scanned PDF', () => {
  afterAll(closeOcr);

  it('reads a one-page scan by OCR, as page 1', async () => {
    const reading = await readDocument(
      await imagePdf([letterImage(firstPage)]),
      'scan.pdf',
      options,
    );
    expect(reading.format).toBe('pdf');
    expect(reading.document.source).toBe('ocr');
    expect(reading.document.pages).toEqual([
      { number: 1, start: 0, end: reading.document.text.length },
    ]);
    expect(reading.document.text).toMatch(/Member ID: +XKH482913/);
    expect(extractFields(reading.document).fields.claimNumber).toBe('HP25639326890');
  }, 60_000);

  it('reads a two-page scan page by page, reporting progress across both pages', async () => {
    const scan = await imagePdf([letterImage(firstPage), letterImage(secondPage)]);
    const heard: { fraction: number; page?: string }[] = [];
    const { document } = await readDocument(scan, 'scan.pdf', {
      ...options,
      onProgress: (fraction, page) =>
        heard.push({ fraction, page: page && `${page.number} of ${page.of}` }),
    });

    const [one, two] = document.pages;
    expect(document.pages.map((page) => page.number)).toEqual([1, 2]);
    expect(one?.start).toBe(0);
    expect(two?.start).toBe((one?.end ?? 0) + 1);
    expect(two?.end).toBe(document.text.length);
    expect(document.text.slice(one?.start, one?.end)).toContain('XKH482913');
    expect(document.text.slice(one?.start, one?.end)).not.toContain('How to appeal');
    expect(document.text.slice(two?.start, two?.end)).toMatch(/^How to appeal\n/);

    const fractions = heard.map((h) => h.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(heard[0]).toEqual({ fraction: 0, page: '1 of 2' });
    expect(heard).toContainEqual({ fraction: 0.5, page: '2 of 2' });
    expect(heard.at(-1)).toEqual({ fraction: 1, page: '2 of 2' });
  }, 90_000);

  it('refuses a scan with more pages than it reads, before reading any', async () => {
    const blank = letterImage([], { dpi: 10 });
    const scan = await imagePdf(Array.from({ length: limits.ocrPages + 1 }, () => blank));
    let heard = 0;
    const error = await appErrorOfAsync(
      readDocument(scan, 'record.pdf', { ...options, onProgress: () => (heard += 1) }),
    );
    expect(error.code).toBe('payload-too-large');
    expect(error.message).toBe(
      `This scanned PDF has ${limits.ocrPages + 1} pages; Overturn reads at most ${limits.ocrPages} pages of a scan. Upload only the pages of the letter that matter (usually the first few, with the reason for the denial and how to appeal).`,
    );
    expect(heard).toBe(0);
  });

  it('refuses a scan of blank pages instead of returning an empty document', async () => {
    const error = await appErrorOfAsync(
      readDocument(await imagePdf([letterImage([]), letterImage([])]), 'blank.pdf', options),
    );
    expect(error.code).toBe('unsupported-file');
    expect(error.message).toMatch(/^No text could be read in this scanned PDF\./);
  }, 60_000);

  it('keeps a blank page among pages with text, numbering every page', async () => {
    const scan = await imagePdf([letterImage(firstPage), letterImage([])]);
    const { document } = await readDocument(scan, 'scan.pdf', options);
    expect(document.pages.map((page) => page.number)).toEqual([1, 2]);
    expect(document.pages[1]).toMatchObject({
      start: document.text.length,
      end: document.text.length,
    });
  }, 60_000);

  it('gives up on a page that takes longer than its timeout, naming the page', async () => {
    const scan = await imagePdf([letterImage(firstPage)]);
    const error = await appErrorOfAsync(readPdfScan(scan, { pageTimeoutMs: 1 }));
    expect(error.code).toBe('unsupported-file');
    expect(error.message).toMatch(
      /^Reading the text of page 1 of this scanned PDF took too long \(over 1 second\)\./,
    );
  }, 60_000);
});
