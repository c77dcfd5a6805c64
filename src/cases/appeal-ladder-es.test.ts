import { describe, expect, it } from 'vitest';
import { statusesOf, statusLabel } from './appeal-ladder.js';
import { programIds } from './case-terms.js';
import { ladderFor } from './program-ladders.js';

describe('the status labels in Spanish', () => {
  it('names every status of every ladder in Spanish, never in English', () => {
    for (const program of programIds) {
      const ladder = ladderFor(program);
      for (const status of statusesOf(ladder)) {
        const es = statusLabel(ladder, status, 'es');
        expect(es).not.toBe(status);
        expect(es).not.toBe(statusLabel(ladder, status));
      }
    }
  });

  it('names every level in Spanish', () => {
    const medicare = ladderFor('medicare-advantage');
    expect(statusLabel(ladderFor('employer-group'), 'internal-appeal-submitted', 'es')).toBe(
      'Apelación interna: ya se envió, en espera de una decisión',
    );
    expect(statusLabel(medicare, 'independent-review-submitted', 'es')).toBe(
      'Entidad de Revisión Independiente: el plan envió el caso, en espera de una decisión',
    );
    expect(statusLabel(medicare, 'denied', 'es')).toBe('Denegado, todavía sin apelar');
  });

  it('keeps English as the default, word for word', () => {
    const employer = ladderFor('employer-group');
    expect(statusLabel(employer, 'internal-appeal-submitted')).toBe(
      'Internal appeal: sent, waiting for a decision',
    );
    expect(statusLabel(employer, 'internal-appeal-submitted', 'en')).toBe(
      'Internal appeal: sent, waiting for a decision',
    );
  });
});
