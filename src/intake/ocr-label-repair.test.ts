import { describe, expect, it } from 'vitest';

import { repairLabelWord, repairLabelWords } from './ocr-label-repair.js';

const vocabulary = new Set([
  'member',
  'id',
  'service',
  'date',
  'of',
  'claim',
  'number',
  'provider',
]);

describe('putting back the words of a label that OCR misread', () => {
  it.each([
    ['Meriiber', 'member'],
    ['Mernber', 'member'],
    ['Sefvice', 'service'],
    ['1D', 'id'],
    ['lD', 'id'],
    ['Provlder', 'provider'],
  ])('reads %s as %s', (word, known) => {
    expect(repairLabelWord(word, vocabulary)).toBe(known);
  });

  it('leaves words that are already right, short words and unrelated words alone', () => {
    expect(repairLabelWord('Member', vocabulary)).toBeNull();
    expect(repairLabelWord('Dale', vocabulary)).toBeNull();
    expect(repairLabelWord('Harwick', vocabulary)).toBeNull();
  });

  it('repairs only the label, keeps the value as printed and the line as long as it was', () => {
    const line = 'Meriiber 1D:   SM1439010-63';
    const repaired = repairLabelWords(line, vocabulary);
    expect(repaired).toBe('Member   ID:   SM1439010-63');
    expect(repaired).toHaveLength(line.length);
    expect(repairLabelWords('Claim number: Sefvice', vocabulary)).toBe('Claim number: Sefvice');
  });
});
