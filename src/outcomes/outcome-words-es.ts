import type { LevelId } from '../cases/appeal-ladder.js';
import type { Decision } from './outcome.js';

/**
 * Outcomes in Spanish ("usted", plain), twin of the English in `outcome.ts` and
 * `outcome-wording.ts`. The names of federal bodies keep their English name beside the Spanish,
 * as the deadlines do, so the person can match them to the letters they get.
 */

/** Each decision; feminine, as it speaks of "la apelación" or "la reclamación". */
export const decisionLabelsEs: Record<Decision, string> = {
  overturned: 'Ganada',
  'partly-overturned': 'Ganada en parte',
  upheld: 'Denegada otra vez',
  paid: 'Pagada',
};

interface LevelWordsEs {
  /** The level's name, as a heading. */
  readonly name: string;
  /** Where it was decided, inside a sentence: "en la apelación interna". */
  readonly at: string;
}

export const levelWordsEs: Record<LevelId, LevelWordsEs> = {
  'internal-appeal': { name: 'Apelación interna', at: 'en la apelación interna' },
  'second-internal-appeal': {
    name: 'Segunda apelación interna',
    at: 'en la segunda apelación interna',
  },
  'external-review': { name: 'Revisión externa', at: 'en la revisión externa' },
  reconsideration: {
    name: 'Reconsideración (apelación ante el plan)',
    at: 'en la reconsideración (apelación ante el plan)',
  },
  'independent-review': {
    name: 'Entidad de Revisión Independiente (Independent Review Entity)',
    at: 'ante la Entidad de Revisión Independiente (Independent Review Entity)',
  },
  'alj-hearing': {
    name: 'Audiencia ante un juez de derecho administrativo (Administrative Law Judge)',
    at: 'en la audiencia ante un juez de derecho administrativo (Administrative Law Judge)',
  },
  'appeals-council': {
    name: 'Revisión del Consejo de Apelaciones de Medicare (Medicare Appeals Council)',
    at: 'en la revisión del Consejo de Apelaciones de Medicare (Medicare Appeals Council)',
  },
  'federal-court': {
    name: 'Tribunal federal de distrito',
    at: 'en el tribunal federal de distrito',
  },
  'plan-appeal': { name: 'Apelación ante el plan', at: 'en la apelación ante el plan' },
  'state-fair-hearing': {
    name: 'Audiencia imparcial del estado',
    at: 'en la audiencia imparcial del estado',
  },
};
