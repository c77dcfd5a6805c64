import { describe, expect, it } from 'vitest';
import { pdfText } from '../testing/pdf-text.js';
import { buildLetterDocument } from '../testing/letter-document-factory.js';
import { letterText } from './letter-text.js';
import { needsFallbackFace } from './render-fonts.js';
import { renderLetterPdf } from './render-letter-pdf.js';

describe('renderLetterPdf', () => {
  it('writes a letter a PDF reader can read back: names, member ID, claim, the ask, the citation', async () => {
    const pdf = await renderLetterPdf(buildLetterDocument());
    const text = await pdfText(pdf);
    for (const expected of [
      'José Muñoz',
      'Nguyễn Thị Lan',
      'XJH-448812',
      'CLM-2026-00917',
      'I am asking you to reverse the denial',
      '29 CFR 2560.503-1(h)(2)(iii)',
      'RE: Internal appeal of a denied claim',
      'Enclosures:',
      'Exhibit B: Doctor’s letter',
      'Page 1 of 1',
    ])
      expect(text).toContain(expected);
  });
});

describe('renderLetterPdf with hostile and unusual text in every field', () => {
  const hostile = '<script>alert(1)</script> مريم 😀 李';
  const doc = buildLetterDocument({
    title: hostile,
    from: [`José Muñoz ${hostile}`],
    to: [hostile],
    subject: hostile,
    reference: [
      ['Patient', `مريم ${hostile}`],
      ['Member ID', 'XJH-448812'],
      ['Claim or reference number', 'CLM-2026-00917'],
    ],
    salutation: hostile,
    body: [`I ask you to pay claim CLM-2026-00917. ${hostile}`, `See 45 CFR 147.136. ${hostile}`],
    closing: hostile,
    signature: [hostile],
    enclosures: [hostile],
  });

  it('prints markup as text, Arabic from the fallback font, and a box for what no font has', async () => {
    const text = await pdfText(await renderLetterPdf(doc));
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('مريم');
    // DejaVu Sans has this emoji; no shipped font has the Chinese character: it prints as a box.
    expect(text).toContain('😀');
    expect(text).not.toContain('李');
    expect(text).toContain('□');
    for (const expected of [
      'José Muñoz',
      'XJH-448812',
      'CLM-2026-00917',
      'I ask you to pay',
      '45 CFR 147.136',
    ])
      expect(text).toContain(expected);
  });

  it('breaks a long letter into pages numbered "Page i of n"', async () => {
    const long = buildLetterDocument({
      body: Array.from(
        { length: 30 },
        (_, i) => `Paragraph ${i + 1}. ${'The plan must pay. '.repeat(12)}`,
      ),
    });
    const text = await pdfText(await renderLetterPdf(long));
    const total = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
    expect(total).toBeGreaterThan(2);
    expect(text).toContain(`Page ${total} of ${total}`);
    expect(text).toContain('Paragraph 30.');
  });

  it('writes the title, language and producer in the metadata, and nothing else of the person', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const pdf = await PDFDocument.load(await renderLetterPdf(buildLetterDocument()), {
      updateMetadata: false,
    });
    expect(pdf.getTitle()).toBe('Internal appeal');
    expect(pdf.getProducer()).toBe('Overturn');
    expect(pdf.getAuthor()).toBeUndefined();
    expect(pdf.getSubject()).toBeUndefined();
  });
});

describe('the fonts a letter embeds', () => {
  it('leaves DejaVu Sans out of a letter the serif faces can print, and keeps it for one they cannot', async () => {
    const latin = buildLetterDocument({ from: ['José Muñoz', 'Nguyễn Thị Lan'] });
    expect(needsFallbackFace([letterText(latin)])).toBe(false);
    const arabic = buildLetterDocument({ from: ['مريم Muñoz'] });
    expect(needsFallbackFace([letterText(arabic)])).toBe(true);
    const [latinPdf, arabicPdf] = await Promise.all([
      renderLetterPdf(latin),
      renderLetterPdf(arabic),
    ]);
    // Sans adds a second font program: the file with Arabic is larger by far more than 3 letters.
    expect(arabicPdf.byteLength - latinPdf.byteLength).toBeGreaterThan(2000);
    expect(await pdfText(arabicPdf)).toContain('مريم');
    expect(await pdfText(latinPdf)).toContain('Nguyễn Thị Lan');
  });
});
