import { levelAndPhase } from '../src/cases/appeal-ladder.js';
import type { Case } from '../src/cases/case.js';
import { findInconsistency } from '../src/cases/case.js';
import { caseCreateInput } from '../src/cases/case-input.js';
import type { NoticeType } from '../src/cases/case-terms.js';
import { ladderFor } from '../src/cases/program-ladders.js';
import { localOwner, type Actor } from '../src/common/actor.js';
import { addDays } from '../src/common/dates.js';
import type { NoticeStage, Urgency } from '../src/deadlines/deadline-terms.js';
import { materialize, planCase, rng, type PlannedCase } from './fixtures.js';

/**
 * The benchmark's cases (`planCase`), with the facts the deadline engine reads that the list
 * benchmark leaves out: where the notice stands (`noticeStage`), how urgent the care is
 * (`urgency`) and, for cases whose appeal has gone in, when the plan got it (`appealFiledAt`, a
 * date-time for a share of them, so hour-based plan deadlines are counted too). The same `i` and
 * `total` give the same case every run.
 */

/** The day the fixtures end on (`bench/fixtures.ts` opens cases over the 18 months before it). */
export const fixtureToday = '2026-11-27';

type Random = () => number;
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));

/** Urgencies a notice type may carry when the person says; most often none is given. */
const urgenciesOf: Record<NoticeType, readonly Urgency[]> = {
  'prior-authorization-denial': ['pre-service', 'urgent', 'urgent', 'concurrent'],
  'claim-denial': ['post-service'],
  eob: ['post-service'],
  'final-internal-appeal-denial': ['pre-service', 'post-service', 'post-service', 'urgent'],
};

/** Medicare Advantage notices after the plan's own (it has no final internal denial). */
const laterMedicareNotices: readonly NoticeStage[] = [
  'ire-decision',
  'ire-decision',
  'alj-decision',
  'council-decision',
];

/** True once the case's first appeal has been sent (its level is past "drafted", or it was won). */
function appealSent(status: Case['status'], program: Case['plan']['program']): boolean {
  if (status === 'paid') return true;
  const at = levelAndPhase(status);
  if (!at) return false;
  const first = ladderFor(program).levels[0]!.id;
  return at.level !== first || at.phase !== 'drafted';
}

/** Case number `i` of `total`, as `planCase` makes it, with the deadline facts filled in. */
export function planDeadlineCase(i: number, total: number): PlannedCase {
  const plan = planCase(i, total);
  const r = rng(0xdead1 ^ Math.imul(i + 1, 0x85ebca6b));
  const { program } = plan.input.plan;
  const { noticeType, noticeDate, receivedDate } = plan.input.denial;

  let noticeStage: NoticeStage | null = null;
  if (noticeType === 'final-internal-appeal-denial') {
    noticeStage =
      program === 'medicare-advantage'
        ? pick(r, laterMedicareNotices)
        : r() < 0.5
          ? 'final-internal-denial'
          : null;
  } else if (r() < 0.3) {
    noticeStage = 'initial-denial';
  }

  const urgency = noticeType && r() < 0.6 ? pick(r, urgenciesOf[noticeType]) : null;

  // The status the history ends on says whether the appeal has gone in.
  const status = [...plan.steps].reverse().find((s) => s.kind === 'status');
  const sent = status?.kind === 'status' && appealSent(status.to, program);
  let appealFiledAt: string | null = null;
  const firstNotice = noticeStage === null || noticeStage === 'initial-denial';
  if (sent && firstNotice && noticeDate && r() < 0.85) {
    const earliest = receivedDate ?? noticeDate;
    const latest = addDays(fixtureToday, -1);
    const day = addDays(earliest, int(r, 2, 30));
    const filed = day > latest ? (latest < earliest ? earliest : latest) : day;
    // Urgent appeals are timed in hours, so people (and the app) record the hour they went in.
    const timed = urgency === 'urgent' || urgency === 'concurrent' || r() < 0.25;
    appealFiledAt = timed
      ? `${filed}T${String(int(r, 8, 18)).padStart(2, '0')}:${pick(r, ['00', '15', '30', '45'])}`
      : filed;
  }

  // Through the same schema the API uses, so every value is one a person could have entered.
  const denial = caseCreateInput.shape.denial.parse({
    ...plan.input.denial,
    noticeStage,
    urgency,
    appealFiledAt,
  });
  return { ...plan, input: { ...plan.input, denial } };
}

/** The case as it stands after its planned history (see `materialize`), checked for consistency. */
export function deadlineCase(i: number, total: number, actor: Actor = localOwner): Case {
  const { case: c } = materialize(planDeadlineCase(i, total), actor);
  const problem = findInconsistency(c);
  if (problem) throw new Error(`fixture ${i}: ${problem.field}: ${problem.message}`);
  return c;
}

const closedStatuses = new Set(['paid', 'closed', 'withdrawn']);
export const isOpen = (c: Pick<Case, 'status'>) => !closedStatuses.has(c.status);

/**
 * `count` open cases (the calendar's), spread over the fixtures' 18 months: enough cases are
 * planned for that many to be open, and every k-th open one is taken.
 */
export function openDeadlineCases(count: number, actor: Actor = localOwner): Case[] {
  let total = Math.ceil(count * 1.15);
  for (;;) {
    const open: Case[] = [];
    for (let i = 0; i < total; i++) {
      const c = deadlineCase(i, total, actor);
      if (isOpen(c)) open.push(c);
    }
    if (open.length >= count) {
      return Array.from({ length: count }, (_, k) => open[Math.floor((k * open.length) / count)]!);
    }
    total = Math.ceil((total * count * 1.05) / Math.max(open.length, 1));
  }
}
