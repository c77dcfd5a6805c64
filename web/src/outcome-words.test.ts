import { describe, expect, it } from 'vitest';
import { outcomeWords } from './outcome-words.js';

const won = {
  decision: 'overturned',
  level: 'internal-appeal',
  decidedOn: '2026-12-03',
  decidedBy: 'Acme Health',
  amountPaidCents: 124000,
};

describe('a recorded decision in the timeline', () => {
  it('reads in English as the server, the CLI and the PDF say it', () => {
    expect(outcomeWords(won, 'employer-group', 'en')).toBe(
      'Won at the internal appeal, decided by Acme Health on 2026-12-03; paid $1,240.00',
    );
  });

  it('reads in Spanish in the current language', () => {
    expect(outcomeWords(won, 'employer-group', 'es')).toMatch(
      /^Ganada en la apelación interna, decidida por Acme Health el 2026-12-03/,
    );
  });

  it('says nothing of an event whose decision or program it does not know', () => {
    expect(outcomeWords({ ...won, decision: 'maybe' }, 'employer-group', 'en')).toBeNull();
    expect(outcomeWords(won, 'toString', 'es')).toBeNull();
  });
});
