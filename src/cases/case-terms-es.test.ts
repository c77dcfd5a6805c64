import { describe, expect, it } from 'vitest';
import { caseTermLabels } from './case-terms-es.js';

const english = caseTermLabels('en');
const spanish = caseTermLabels('es');
const tables = Object.keys(english) as (keyof typeof english)[];

describe('the case terms in Spanish', () => {
  it.each(tables)('%s: labels the same ids as the English', (table) => {
    expect(Object.keys(spanish[table]).sort()).toEqual(Object.keys(english[table]).sort());
  });

  it.each(tables)('%s: translates every label (none empty, none left in English)', (table) => {
    const en: Readonly<Record<string, string>> = english[table];
    const untranslated = Object.entries(spanish[table]).filter(
      ([id, label]) => label.trim() === '' || label === en[id],
    );
    expect(untranslated).toEqual([]);
  });

  it('keeps the English labels as they were, and English is the default', () => {
    expect(caseTermLabels()).toBe(english);
    expect(english.programs['employer-group']).toBe(
      'A plan through a job (employer group plan, usually governed by ERISA)',
    );
    expect(spanish.denialCategories['medical-necessity']).toBe(
      'El plan dice que la atención no era médicamente necesaria',
    );
  });
});
