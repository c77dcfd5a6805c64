import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { appErrorOfAsync } from '../testing/app-error-of.js';
import { encryptedPdf } from '../testing/broken-pdfs.js';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../common/errors.js';
import { pageLines, readPdf, type PositionedText } from './read-pdf.js';

interface Placed {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size?: number;
}

/** A Letter-size PDF with each page's text drawn where it is told, in Helvetica. */
async function buildPdf(pages: readonly (readonly Placed[])[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const texts of pages) {
    const page = pdf.addPage([612, 792]);
    for (const { text, x, y, size = 11 } of texts) page.drawText(text, { x, y, size, font });
  }
  return pdf.save();
}

const denialPages: Placed[][] = [
  [
    { text: 'Notice of Denial of Payment', x: 72, y: 720, size: 16 },
    { text: 'Member ID: XJH123456789', x: 72, y: 680 },
    { text: 'Claim number', x: 72, y: 660 },
    { text: 'C-4471', x: 300, y: 660 },
    { text: 'Date of service', x: 72, y: 640 },
    { text: '03/14/2026', x: 300, y: 640 },
    { text: 'Page 1 of 2', x: 280, y: 40, size: 8 },
  ],
  [{ text: 'You have 180 days from the date of this notice to ask for an appeal.', x: 72, y: 720 }],
];

async function readError(bytes: Uint8Array): Promise<AppError> {
  return appErrorOfAsync(readPdf(bytes));
}

describe('readPdf', () => {
  it('reads each page of the text layer, top to bottom, with a label and its value on one line', async () => {
    const { document, needsOcr } = await readPdf(await buildPdf(denialPages));

    expect(document.source).toBe('pdf-text');
    expect(needsOcr).toBe(false);
    expect(document.pages).toHaveLength(2);
    const [first, second] = document.pages;
    expect(first).toMatchObject({ number: 1, start: 0 });
    expect(second).toMatchObject({
      number: 2,
      start: (first?.end ?? 0) + 1,
      end: document.text.length,
    });
    expect(document.text[first?.end ?? 0]).toBe('\f');

    const pageOne = document.text.slice(first?.start, first?.end).split('\n');
    expect(pageOne[0]).toBe('Notice of Denial of Payment');
    expect(pageOne).toContain('Member ID: XJH123456789');
    expect(pageOne.find((line) => line.startsWith('Claim number'))).toMatch(
      /^Claim number {2,}C-4471$/,
    );
    expect(pageOne.find((line) => line.startsWith('Date of service'))).toMatch(
      /^Date of service {2,}03\/14\/2026$/,
    );
    expect(pageOne.at(-1)).toBe('Page 1 of 2');
    expect(document.text.slice(second?.start, second?.end)).toBe(
      'You have 180 days from the date of this notice to ask for an appeal.',
    );
  });

  it('lines up values drawn at the same x on consecutive rows', async () => {
    const { document } = await readPdf(await buildPdf(denialPages));
    const lines = document.text.split('\n');
    const claim = lines.find((line) => line.startsWith('Claim number')) ?? '';
    const date = lines.find((line) => line.startsWith('Date of service')) ?? '';
    expect(Math.abs(claim.indexOf('C-4471') - date.indexOf('03/14/2026'))).toBeLessThanOrEqual(2);
  });

  it('leaves the bytes it was given intact', async () => {
    const bytes = await buildPdf(denialPages);
    const copy = bytes.slice();
    await readPdf(bytes);
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
  });

  it('says a PDF without text (a scan, or only drawings) needs OCR', async () => {
    const pdf = await PDFDocument.create();
    pdf
      .addPage([612, 792])
      .drawRectangle({ x: 72, y: 400, width: 300, height: 200, color: rgb(0.2, 0.2, 0.2) });
    const { document, needsOcr } = await readPdf(await pdf.save());
    expect(needsOcr).toBe(true);
    expect(document.pages).toHaveLength(1);
  });

  it('asks for a copy without a password when the PDF is encrypted', async () => {
    const error = await readError(encryptedPdf());
    expect(error.code).toBe('unsupported-file');
    expect(error.message).toBe(
      'This PDF is protected by a password. Open it, print it to a new PDF without a password, and try again.',
    );
  });

  it('rejects a truncated PDF as an unsupported file', async () => {
    const bytes = (await buildPdf(denialPages)).slice(0, 300);
    const error = await readError(bytes);
    expect(error.code).toBe('unsupported-file');
    expect(error.message).toMatch(/could not be read as a PDF/);
  });

  it('rejects bytes that are not a PDF at all', async () => {
    const random = Uint8Array.from({ length: 2048 }, (_, index) => (index * 7919 + 13) % 251);
    expect((await readError(random)).code).toBe('unsupported-file');
  });

  it('rejects an empty file as invalid input', async () => {
    const error = await readError(new Uint8Array());
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe('The file is empty.');
  });
});

const item = (
  str: string,
  x: number,
  y: number,
  width: number,
  extra: Partial<PositionedText> = {},
) =>
  ({
    str,
    transform: [10, 0, 0, 10, x, y],
    width,
    height: 10,
    hasEOL: false,
    ...extra,
  }) satisfies PositionedText;

describe('pageLines', () => {
  it('joins pieces split at a ligature without a space, and words with one', () => {
    const items = [
      item('Copper', 60, 500, 36),
      item('fi', 96, 500, 6),
      item('eld', 102, 500, 15),
      item('MRI', 120, 500, 20),
    ];
    expect(pageLines(items)).toEqual(['Copperfield MRI']);
  });

  it('orders lines top to bottom and pieces left to right, whatever order they were drawn in', () => {
    const items = [
      item('Page 1 of 2', 280, 30, 50),
      item('value', 300, 700, 30),
      item('Label', 60, 700, 30),
    ];
    expect(pageLines(items)).toEqual(['Label' + ' '.repeat(42) + 'value', '', 'Page 1 of 2']);
  });

  it('keeps a superscript on its line and breaks a line that pdf.js ended before text further left', () => {
    const superscript = [item('Section 9', 60, 500, 45), item('1', 105, 503, 4)];
    expect(pageLines(superscript)).toEqual(['Section 91']);
    const wrapped = [
      item('first line', 60, 500, 50, { hasEOL: true }),
      item('second', 60, 500.2, 30),
    ];
    expect(pageLines(wrapped)).toEqual(['first line', 'second']);
  });

  it('drops text printed twice at the same spot to look bold', () => {
    expect(pageLines([item('Denied', 60, 500, 30), item('Denied', 60.2, 500, 30)])).toEqual([
      'Denied',
    ]);
  });
});
