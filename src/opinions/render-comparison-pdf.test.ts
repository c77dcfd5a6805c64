import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../testing/pdf-text.js';
import {
  buildOpinion,
  buildSecondOpinionCase,
  noRatings,
} from '../testing/opinion-record-factory.js';
import { compareOpinions } from './compare-opinions.js';
import type { Opinion } from './opinion.js';
import { renderComparisonPdf } from './render-comparison-pdf.js';

const secondOpinion = buildSecondOpinionCase();
const base = {
  specialty: 'Surgical oncology',
  focus: 'Breast cancer surgery',
  diagnosis: 'Early breast cancer',
  treatment: 'Lumpectomy and radiation',
  reasoning: 'The scan shows one small tumor.',
};

async function render(opinions: Opinion[], lang: 'en' | 'es' = 'en') {
  const comparison = compareOpinions(
    opinions,
    { goals: secondOpinion.goals, program: secondOpinion.coverage.program },
    lang,
  );
  const bytes = await renderComparisonPdf({ secondOpinion, comparison, lang, today: '2026-03-10' });
  const pages = (await PDFDocument.load(bytes)).getPageCount();
  // pdf.js may split a line into pieces; spaces are collapsed so a sentence reads as one string.
  const text = (await pdfText(bytes)).replace(/\s+/g, ' ');
  return { comparison, pages, text };
}

const lee = (o: Partial<Opinion> = {}) =>
  buildOpinion({ ...base, position: 1, doctor: 'Dr. Lee', ...o });
const ray = (o: Partial<Opinion> = {}) =>
  buildOpinion({
    ...base,
    position: 2,
    doctor: 'Dr. Ray',
    institution: 'City Cancer Center',
    ...o,
  });

describe('renderComparisonPdf', () => {
  it('prints the question, goals, doctors, codes, marks in words, reasons and the no-pick line', async () => {
    const { text, pages } = await render([
      lee({ diagnosisCode: 'C50.911', urgency: 'now', ratings: { ...noRatings, listened: 4 } }),
      ray({ diagnosisCode: 'D05.11', urgency: 'can-wait', sameGroupAsFirst: true }),
    ]);
    expect(pages).toBeGreaterThan(0);
    for (const expected of [
      'Comparing the opinions',
      'For Maria Lopez. Made on 2026-03-10 with Overturn.',
      'Do I need surgery now?',
      'Living as long as possible; Staying at work',
      'Dr. Lee',
      'Dr. Ray',
      'City Cancer Center',
      'C50.911',
      'D05.11',
      'Differs from opinion 1',
      'The doctors differ',
      'Dr. Ray’s diagnosis (D05) differs from Dr. Lee’s (C50).',
      'Medicare Benefit Policy Manual',
      'Dr. Ray works in the same group as Dr. Lee.',
      'Listened to me: 4',
      'Yes, same group',
      'it does not pick a doctor',
      'Page 1 of',
    ])
      expect(text).toContain(expected);
    expect(text).not.toMatch(/\bbest\b/i);
  });

  it('prints hostile text as text: markup, Arabic and emoji', async () => {
    const { text } = await render([
      lee({ doctor: 'Dr. <script>alert(1)</script>', reasoning: 'مرحبا 😀 done' }),
      ray({ diagnosis: 'Line one\nLine two', treatmentMatchesFirst: 'same' }),
    ]);
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('مرحبا');
    expect(text).toContain('😀'); // DejaVu Sans has the emoticons
    expect(text).toContain('Agrees with opinion 1');
  });

  it('sets three opinions side by side and four or more stacked, each named', async () => {
    const three = await render([lee(), ray(), buildOpinion({ position: 3, doctor: 'Dr. Kim' })]);
    expect(three.text).toContain('Opinion 3: Dr. Kim');
    const four = await render([
      lee(),
      ray(),
      buildOpinion({ position: 3, doctor: 'Dr. Kim' }),
      buildOpinion({ position: 4, doctor: 'Dr. Diaz' }),
    ]);
    expect(four.text).toContain('4. Dr. Diaz');
    expect(four.pages).toBeGreaterThan(1);
  });

  it('breaks very long reasoning across pages and numbers every page', async () => {
    const long = Array.from({ length: 400 }, (_, i) => `Reason number ${i + 1}.`).join(' ');
    const { text, pages } = await render([lee({ reasoning: long }), ray()]);
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain('Reason number 400.');
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it('speaks Spanish', async () => {
    const { text } = await render(
      [lee({ diagnosisCode: 'C50.911' }), ray({ diagnosisCode: 'D05.11' })],
      'es',
    );
    for (const expected of [
      'Comparación de las opiniones',
      'No coincide con la opinión 1',
      'Vivir el mayor tiempo posible',
      'no elige un médico por usted',
      'Página 1 de',
    ])
      expect(text).toContain(expected);
  });
});
