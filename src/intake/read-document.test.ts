import { PDFDocument, StandardFonts } from 'pdf-lib';
import { appErrorOfAsync } from '../testing/app-error-of.js';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppError } from '../common/errors.js';
import { readDocument, sniffFormat } from './read-document.js';
import { closeOcr } from './read-image.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const options = { maxBytes: 1024 * 1024 };

async function onePagePdf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([612, 792]).drawText(text, { x: 72, y: 700, size: 11, font });
  return pdf.save();
}

async function readError(
  bytes: Uint8Array,
  name: string,
  maxBytes = options.maxBytes,
): Promise<AppError> {
  return appErrorOfAsync(readDocument(bytes, name, { maxBytes }));
}

describe('readDocument', () => {
  afterAll(closeOcr);

  it('reads a PDF by its first bytes, whatever its name', async () => {
    const bytes = await onePagePdf('We denied your claim for an MRI of the right knee.');
    const reading = await readDocument(bytes, 'letter.txt', options);
    expect(reading.format).toBe('pdf');
    expect(reading.document.source).toBe('pdf-text');
    expect(reading.document.text).toBe('We denied your claim for an MRI of the right knee.');
  });

  it('reads a text file by its extension or because it decodes as text', async () => {
    const byName = await readDocument(utf8('Claim number C-4471'), 'notice.MD', options);
    expect(byName).toMatchObject({ format: 'text', document: { source: 'text' } });
    const unnamed = await readDocument(utf8('Claim number C-4471\r\n'), 'upload', options);
    expect(unnamed.document.text).toBe('Claim number C-4471\n');
  });

  it('reads a note that opens with a bracket as text, not JSON', async () => {
    const reading = await readDocument(utf8('[Page 1]\nDenied'), 'note.txt', options);
    expect(reading.format).toBe('text');
  });

  it('rejects an empty file', async () => {
    const error = await readError(new Uint8Array(), 'letter.pdf');
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe('The file is empty.');
  });

  it('rejects a file over the limit, naming the limit in MB', async () => {
    const error = await readError(
      new Uint8Array(3 * 1024 * 1024).fill(0x41),
      'big.txt',
      2 * 1024 * 1024,
    );
    expect(error.code).toBe('payload-too-large');
    expect(error.message).toBe(
      'This file is 3 MB; the limit is 2 MB. Upload a smaller file, for example only the pages of the letter that matter.',
    );
  });

  it('hands photos to OCR, which refuses a broken image as unreadable', async () => {
    const png = await readError(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      'a.png',
    );
    expect(png.code).toBe('unsupported-file');
    expect(png.message).toMatch(/^This image could not be read\./);
    const jpeg = await readError(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'photo');
    expect(jpeg.message).toMatch(/^This image could not be read\./);
  }, 30_000);

  it('leaves health-record (FHIR JSON) files to the FHIR reader', async () => {
    const fhir = await readError(utf8(' \n{"resourceType": "ExplanationOfBenefit"}'), 'eob.json');
    expect(fhir.code).toBe('unsupported-file');
    expect(fhir.message).toMatch(/health-record \(JSON\) file, not a letter/);
  });

  it('rejects random bytes named .pdf, and unnamed binary data', async () => {
    const random = Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 251);
    expect((await readError(random, 'letter.pdf')).code).toBe('unsupported-file');
    expect((await readError(random, 'letter.bin')).message).toMatch(
      /cannot read this kind of file/,
    );
  });
});

describe('sniffFormat', () => {
  it('trusts first bytes over the name', () => {
    expect(sniffFormat(utf8('%PDF-1.7\n'), 'x.txt')).toBe('pdf');
    expect(sniffFormat(utf8('\r\n%PDF-1.4\n'), 'x')).toBe('pdf');
    expect(sniffFormat(new Uint8Array([0xff, 0xd8, 0xff, 0xdb]), 'x.pdf')).toBe('image');
    expect(sniffFormat(utf8('[{"a": 1}]'), 'bundle')).toBe('json');
    expect(sniffFormat(utf8('plain words'), 'x.pdf')).toBe('pdf');
  });
});
