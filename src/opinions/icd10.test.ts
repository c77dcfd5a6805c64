import { describe, expect, it } from 'vitest';
import { icd10Problem, parseIcd10 } from './icd10.js';

describe('parseIcd10', () => {
  it.each([
    ['C50.911', 'C50.911', 'C50'],
    ['M17.11', 'M17.11', 'M17'],
    ['E11.9', 'E11.9', 'E11'],
    ['I25.10', 'I25.10', 'I25'],
    ['S72.001A', 'S72.001A', 'S72'],
    ['U07.1', 'U07.1', 'U07'],
    ['Z00.00', 'Z00.00', 'Z00'],
    ['C4A.9', 'C4A.9', 'C4A'],
    ['J45', 'J45', 'J45'],
  ])('reads the real code %s', (input, code, category) => {
    expect(parseIcd10(input)).toEqual({ code, category });
  });

  it('accepts lower case, a missing dot and spaces around the code', () => {
    expect(parseIcd10('c50911')).toEqual({ code: 'C50.911', category: 'C50' });
    expect(parseIcd10('  m17.11 ')).toEqual({ code: 'M17.11', category: 'M17' });
    expect(parseIcd10('s72001a')).toEqual({ code: 'S72.001A', category: 'S72' });
  });

  it.each([
    ['123', 'starts with a digit'],
    ['C5', 'too short'],
    ['C50.91111', 'too long'],
    ['C50-911', 'punctuation other than the dot'],
    ['', 'empty'],
    ['C50.', 'a dot with nothing after it'],
    ['CC0.1', 'a letter where the digit belongs'],
    ['C50 911', 'a space inside'],
    ['C50..911', 'two dots'],
  ])('refuses %j (%s)', (input) => {
    expect(parseIcd10(input)).toBeNull();
  });
});

describe('icd10Problem', () => {
  it('names the input, shows real examples and says the code may be left out', () => {
    expect(icd10Problem('C50-911', 'en')).toBe(
      '"C50-911" is not an ICD-10 code. An ICD-10 code starts with a letter and two more characters, like C50.911 or M17.11. You can leave the code out.',
    );
  });

  it('speaks Spanish in the usted form', () => {
    const text = icd10Problem('123', 'es');
    expect(text).toContain('"123" no es un código ICD-10');
    expect(text).toContain('Puede dejar el código en blanco.');
  });

  it('quotes at most 40 characters of a long input', () => {
    const text = icd10Problem('X'.repeat(500), 'en');
    expect(text).toContain(`"${'X'.repeat(40)}…"`);
    expect(text).not.toContain('X'.repeat(41));
  });
});
