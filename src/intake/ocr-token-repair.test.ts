import { describe, expect, it } from 'vitest';

import { repairOcrTokens } from './ocr-token-repair.js';

describe('digits put back inside number-like words of OCR text', () => {
  it.each([
    ['Member number: 5O7522434-03', 'Member number: 507522434-03'],
    ['Claim 2026O4S391143', 'Claim 2026045391143'],
    ['Date of service 03/1l/2026', 'Date of service 03/11/2026'],
    ['Appeal number APL-25:147905', 'Appeal number APL-25-147905'],
    ['Claim 6834-O592-7391', 'Claim 6834-0592-7391'],
    ['Notice date O3/14/2026', 'Notice date 03/14/2026'],
  ])('%s', (scanned, repaired) => {
    expect(repairOcrTokens(scanned)).toBe(repaired);
  });

  it('never touches names, prose, letter prefixes or times', () => {
    for (const text of [
      'Lucian Montague, BOSS Clinic',
      'Member ID CRHB79426142',
      'Member ID B12345678',
      'Phone 1-800-555-0192',
      'Call 8 a.m. to 10:30 p.m.',
      'SOS for 2 days',
    ]) {
      expect(repairOcrTokens(text)).toBe(text);
    }
  });

  it('keeps the length of the text, so offsets still point into the page', () => {
    const text = 'ID 5O7522434-03 and APL-25:147905';
    expect(repairOcrTokens(text)).toHaveLength(text.length);
  });
});
