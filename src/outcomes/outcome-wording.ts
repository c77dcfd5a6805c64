import type { LevelId } from '../cases/appeal-ladder.js';
import type { Program } from '../cases/case-terms.js';
import { ladderFor } from '../cases/program-ladders.js';
import type { Lang } from '../common/lang.js';
import { decisionLabels, type Decision } from './outcome.js';
import { decisionLabelsEs, levelWordsEs } from './outcome-words-es.js';

/** Whole cents as dollars the way a bill prints them: 123456 → "$1,234.56". */
export function dollarsText(cents: number): string {
  const whole = Math.floor(cents / 100).toLocaleString('en-US');
  return `$${whole}.${String(cents % 100).padStart(2, '0')}`;
}

/** "the internal appeal", "the Independent Review Entity": a level's name inside a sentence. */
export function levelInSentence(program: Program, level: LevelId): string {
  const name = ladderFor(program).levels.find((l) => l.id === level)?.name ?? level;
  // "Internal appeal" reads "the internal appeal"; a name with proper nouns keeps its capitals.
  const inSentence = /[A-Z]/.test(name.slice(1))
    ? name
    : name.charAt(0).toLowerCase() + name.slice(1);
  return `the ${inSentence}`;
}

export interface OutcomeFacts {
  readonly level: LevelId | null;
  readonly decision: Decision;
  readonly decidedOn: string;
  readonly decidedBy: string;
  readonly amountPaidCents: number | null;
}

/** "Won", "Ganada": a decision's label in `lang`. */
export const decisionLabel = (decision: Decision, lang: Lang = 'en'): string =>
  lang === 'es' ? decisionLabelsEs[decision] : decisionLabels[decision];

/** A level's name as a heading in `lang`; null when the program's ladder has no such level. */
export function levelName(program: Program, level: LevelId, lang: Lang = 'en'): string | null {
  const name = ladderFor(program).levels.find((l) => l.id === level)?.name ?? null;
  return name && lang === 'es' ? levelWordsEs[level].name : name;
}

/** "Ganada en la apelación interna, decidida por Acme Health el 2026-12-03; se pagó $1,240.00". */
function describeOutcomeEs(facts: OutcomeFacts): string {
  const label = decisionLabelsEs[facts.decision];
  const head =
    facts.level === null
      ? `${label} por ${facts.decidedBy} el ${facts.decidedOn}`
      : `${label} ${levelWordsEs[facts.level].at}, decidida por ${facts.decidedBy} el ${facts.decidedOn}`;
  if (facts.amountPaidCents === null) return head;
  return facts.decision === 'paid'
    ? `${head}: ${dollarsText(facts.amountPaidCents)}`
    : `${head}; se pagó ${dollarsText(facts.amountPaidCents)}`;
}

/**
 * An outcome in plain words, e.g. "Won at the internal appeal, decided by Acme Health on
 * 2026-12-03; paid $1,240.00". The timeline, the CLI and the case summary all say it this way;
 * the API says it in Spanish with `?lang=es`.
 */
export function describeOutcome(facts: OutcomeFacts, program: Program, lang: Lang = 'en'): string {
  if (lang === 'es') return describeOutcomeEs(facts);
  const label = decisionLabels[facts.decision];
  const head =
    facts.level === null
      ? `${label} by ${facts.decidedBy} on ${facts.decidedOn}`
      : `${label} at ${levelInSentence(program, facts.level)}, decided by ${facts.decidedBy} on ${facts.decidedOn}`;
  if (facts.amountPaidCents === null) return head;
  return facts.decision === 'paid'
    ? `${head}: ${dollarsText(facts.amountPaidCents)}`
    : `${head}; paid ${dollarsText(facts.amountPaidCents)}`;
}
