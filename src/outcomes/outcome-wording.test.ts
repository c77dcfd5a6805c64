import { describe, expect, it } from 'vitest';
import { levelIds } from '../cases/appeal-ladder.js';
import { programIds } from '../cases/case-terms.js';
import { ladderFor } from '../cases/program-ladders.js';
import { decisionIds, decisionLabels } from './outcome.js';
import { decisionLabel, describeOutcome, levelName } from './outcome-wording.js';
import { levelWordsEs } from './outcome-words-es.js';

const win = {
  level: 'internal-appeal',
  decision: 'overturned',
  decidedOn: '2026-12-03',
  decidedBy: 'Acme Health',
  amountPaidCents: 124_000,
} as const;

describe('an outcome in plain words', () => {
  it('says it in English as before', () => {
    expect(describeOutcome(win, 'employer-group')).toBe(
      'Won at the internal appeal, decided by Acme Health on 2026-12-03; paid $1,240.00',
    );
  });

  it('says it in Spanish, with the level, who decided, the date and the amount', () => {
    expect(describeOutcome(win, 'employer-group', 'es')).toBe(
      'Ganada en la apelación interna, decidida por Acme Health el 2026-12-03; se pagó $1,240.00',
    );
    expect(
      describeOutcome(
        { ...win, level: null, decision: 'paid', amountPaidCents: 50_000 },
        'employer-group',
        'es',
      ),
    ).toBe('Pagada por Acme Health el 2026-12-03: $500.00');
    expect(
      describeOutcome(
        { ...win, level: 'independent-review', decision: 'upheld', amountPaidCents: null },
        'medicare-advantage',
        'es',
      ),
    ).toBe(
      'Denegada otra vez ante la Entidad de Revisión Independiente (Independent Review Entity), decidida por Acme Health el 2026-12-03',
    );
  });

  it('has every decision and level in Spanish, none empty and none left in English', () => {
    for (const decision of decisionIds) {
      expect(decisionLabel(decision, 'es').trim()).not.toBe('');
      expect(decisionLabel(decision, 'es')).not.toBe(decisionLabels[decision]);
      expect(decisionLabel(decision)).toBe(decisionLabels[decision]);
    }
    for (const level of levelIds) {
      expect(levelWordsEs[level].name.trim()).not.toBe('');
      expect(levelWordsEs[level].at.trim()).not.toBe('');
    }
    for (const program of programIds)
      for (const level of ladderFor(program).levels) {
        expect(levelName(program, level.id)).toBe(level.name);
        expect(levelName(program, level.id, 'es')).not.toBe(level.name);
      }
    expect(levelName('medicare-advantage', 'internal-appeal', 'es')).toBeNull();
  });
});
