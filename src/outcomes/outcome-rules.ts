import {
  checkTransition,
  levelAndPhase,
  nextStatuses,
  statusLabel,
  type CaseStatus,
  type Ladder,
  type LevelId,
} from '../cases/appeal-ladder.js';
import { type Decision } from './outcome.js';

/**
 * Where an outcome moves a case on its ladder. A decision is made at the level the case is waiting
 * at (`<level>-submitted`) and moves it to `<level>-<decision>`; a payment moves a won case (or one
 * a regulator took up) to `paid`, as the ladder allows.
 */
export type OutcomeMove =
  | { readonly ok: true; readonly to: CaseStatus; readonly level: LevelId | null }
  | { readonly ok: false; readonly reason: string; readonly allowed: readonly CaseStatus[] };

export function moveForOutcome(ladder: Ladder, from: CaseStatus, decision: Decision): OutcomeMove {
  const fromLabel = statusLabel(ladder, from);
  if (decision === 'paid') {
    const check = checkTransition(ladder, from, 'paid');
    return check.ok
      ? { ok: true, to: check.to, level: null }
      : {
          ok: false,
          reason: `A payment can be recorded after a win. This case is "${fromLabel}".`,
          allowed: check.allowed,
        };
  }
  const parts = levelAndPhase(from);
  if (parts?.phase !== 'submitted') {
    return {
      ok: false,
      reason: `A decision can be recorded once an appeal is sent and waiting for one. This case is "${fromLabel}".`,
      allowed: nextStatuses(ladder, from),
    };
  }
  const check = checkTransition(ladder, from, `${parts.level}-${decision}`);
  return check.ok ? { ok: true, to: check.to, level: parts.level } : check;
}

/**
 * Why a decision date cannot be right, or null: it must not be after today (in the case's time
 * zone) nor before the denial notice it answers.
 */
export function decidedOnProblem(
  decidedOn: string,
  { today, noticeDate }: { today: string; noticeDate: string | null },
): string | null {
  if (decidedOn > today)
    return `decidedOn: ${decidedOn} is in the future; give the day it was decided`;
  if (noticeDate !== null && decidedOn < noticeDate)
    return `decidedOn: ${decidedOn} is before the denial notice (${noticeDate}); check the date on the decision letter`;
  return null;
}
