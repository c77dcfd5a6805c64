import type { Lang } from '../common/lang.js';
import type { Program } from './case-terms.js';

/**
 * The appeal ladder as an explicit state machine.
 *
 * A case climbs the levels of its program's ladder (internal appeal, external review, …). At each
 * level it moves through phases: drafted → submitted → decided (overturned, partly overturned or
 * upheld). After a loss it may go to the next level; after a win, to `paid`. Withdrawing, closing and
 * complaining to a regulator are branches off the ladder. Ladders are data (`program-ladders.ts`);
 * this file holds the one machine that runs all of them.
 */

export const levelIds = [
  // ERISA and ACA plans
  'internal-appeal',
  'second-internal-appeal',
  'external-review',
  // Medicare Advantage
  'reconsideration',
  'independent-review',
  'alj-hearing',
  'appeals-council',
  'federal-court',
  // Medicaid managed care
  'plan-appeal',
  'state-fair-hearing',
] as const;
export type LevelId = (typeof levelIds)[number];

export const phases = [
  'drafted',
  'submitted',
  'overturned',
  'partly-overturned',
  'upheld',
] as const;
export type Phase = (typeof phases)[number];
const phasesLongestFirst = [...phases].sort((a, b) => b.length - a.length);

export const branchStatuses = [
  'denied',
  'paid',
  'closed',
  'withdrawn',
  'regulator-complaint',
] as const;
export type BranchStatus = (typeof branchStatuses)[number];

export type LevelStatus = `${LevelId}-${Phase}`;
export type CaseStatus = BranchStatus | LevelStatus;

export interface LadderLevel {
  readonly id: LevelId;
  /** Plain name, e.g. "Internal appeal". */
  readonly name: string;
  /** `patient`: the person files it. `automatic`: the plan must forward the case itself. */
  readonly startedBy: 'patient' | 'automatic';
  /** A level the person may skip (a second internal appeal exists only where the plan offers one). */
  readonly optional: boolean;
  /** Who decides at this level, in plain words. */
  readonly decidedBy: string;
  /** The law that creates this level. */
  readonly citation: string;
}

export interface Ladder {
  readonly program: Program;
  readonly levels: readonly LadderLevel[];
}

const phaseLabels: Record<Phase, string> = {
  drafted: 'being prepared',
  submitted: 'sent, waiting for a decision',
  overturned: 'won',
  'partly-overturned': 'partly won',
  upheld: 'denied again',
};

const branchLabels: Record<BranchStatus, string> = {
  denied: 'Denied, not yet appealed',
  paid: 'Paid or approved',
  closed: 'Closed',
  withdrawn: 'Withdrawn',
  'regulator-complaint': 'Complaint filed with a regulator',
};

/** The same words in Spanish ("usted"); phases are worded to fit any level's name. */
const phaseLabelsEs: Record<Phase, string> = {
  drafted: 'en preparación',
  submitted: 'ya se envió, en espera de una decisión',
  overturned: 'usted ganó',
  'partly-overturned': 'usted ganó en parte',
  upheld: 'se denegó otra vez',
};

const branchLabelsEs: Record<BranchStatus, string> = {
  denied: 'Denegado, todavía sin apelar',
  paid: 'Pagado o aprobado',
  closed: 'Cerrado',
  withdrawn: 'Retirado',
  'regulator-complaint': 'Queja presentada ante un organismo regulador',
};

/** Each level's plain name in Spanish (the English names are the ladders' data, program-ladders.ts). */
export const levelNamesEs: Readonly<Record<LevelId, string>> = {
  'internal-appeal': 'Apelación interna',
  'second-internal-appeal': 'Segunda apelación interna',
  'external-review': 'Revisión externa',
  reconsideration: 'Reconsideración (apelación al plan)',
  'independent-review': 'Entidad de Revisión Independiente',
  'alj-hearing': 'Audiencia ante un juez de derecho administrativo',
  'appeals-council': 'Revisión del Consejo de Apelaciones de Medicare',
  'federal-court': 'Tribunal federal de distrito',
  'plan-appeal': 'Apelación al plan',
  'state-fair-hearing': 'Audiencia imparcial estatal',
};

const isBranch = (status: string): status is BranchStatus =>
  (branchStatuses as readonly string[]).includes(status);

const everyStatus = new Set<string>([
  ...branchStatuses,
  ...levelIds.flatMap((level) => phases.map((phase) => `${level}-${phase}`)),
]);

/** True for a status of any program's ladder. */
export const isCaseStatus = (status: string): status is CaseStatus => everyStatus.has(status);

/** Splits a level status into its level and phase; branch statuses have none. */
export function levelAndPhase(status: CaseStatus): { level: LevelId; phase: Phase } | null {
  if (isBranch(status)) return null;
  // Longest first: "partly-overturned" also ends in "-overturned".
  const phase = phasesLongestFirst.find((p) => status.endsWith(`-${p}`));
  if (!phase) return null;
  const level = status.slice(0, -(phase.length + 1)) as LevelId;
  return { level, phase };
}

const statusOf = (level: LadderLevel, phase: Phase): CaseStatus => `${level.id}-${phase}`;

/** Where a level starts: the person drafts it, or the plan forwards the case and it is at once "submitted". */
const entryOf = (level: LadderLevel): CaseStatus =>
  statusOf(level, level.startedBy === 'automatic' ? 'submitted' : 'drafted');

/** The levels a person may go to after losing at `index`: the next one, and past it while it is optional. */
function nextEntries(levels: readonly LadderLevel[], index: number): CaseStatus[] {
  const entries: CaseStatus[] = [];
  for (let i = index + 1; i < levels.length; i++) {
    const level = levels[i]!;
    entries.push(entryOf(level));
    if (!level.optional) break;
  }
  return entries;
}

function buildTransitions(ladder: Ladder): ReadonlyMap<CaseStatus, readonly CaseStatus[]> {
  const table = new Map<CaseStatus, CaseStatus[]>();
  table.set('denied', [...nextEntries(ladder.levels, -1), 'regulator-complaint', 'withdrawn']);
  ladder.levels.forEach((level, index) => {
    const onward = nextEntries(ladder.levels, index);
    if (level.startedBy === 'patient') {
      table.set(statusOf(level, 'drafted'), [statusOf(level, 'submitted'), 'withdrawn']);
    }
    table.set(statusOf(level, 'submitted'), [
      statusOf(level, 'overturned'),
      statusOf(level, 'partly-overturned'),
      statusOf(level, 'upheld'),
      'regulator-complaint',
      'withdrawn',
    ]);
    table.set(statusOf(level, 'overturned'), ['paid', 'closed']);
    table.set(statusOf(level, 'partly-overturned'), [
      'paid',
      ...onward,
      'regulator-complaint',
      'closed',
    ]);
    table.set(statusOf(level, 'upheld'), [...onward, 'regulator-complaint', 'closed']);
  });
  table.set('regulator-complaint', ['paid', 'closed', 'withdrawn']);
  table.set('paid', ['closed']);
  table.set('closed', []);
  table.set('withdrawn', []);
  return table;
}

const transitionCache = new WeakMap<Ladder, ReadonlyMap<CaseStatus, readonly CaseStatus[]>>();
function transitionsOf(ladder: Ladder): ReadonlyMap<CaseStatus, readonly CaseStatus[]> {
  let table = transitionCache.get(ladder);
  if (!table) {
    table = buildTransitions(ladder);
    transitionCache.set(ladder, table);
  }
  return table;
}

/** Every status a case on this ladder can have, in ladder order. */
export function statusesOf(ladder: Ladder): CaseStatus[] {
  return [...transitionsOf(ladder).keys()];
}

export function isStatusOf(ladder: Ladder, status: string): status is CaseStatus {
  return transitionsOf(ladder).has(status as CaseStatus);
}

/** The statuses a case may move to next. */
export function nextStatuses(ladder: Ladder, from: CaseStatus): readonly CaseStatus[] {
  return transitionsOf(ladder).get(from) ?? [];
}

/** A status from which nothing more can happen. */
export function isFinal(ladder: Ladder, status: CaseStatus): boolean {
  return nextStatuses(ladder, status).length === 0;
}

export type TransitionCheck =
  | { readonly ok: true; readonly to: CaseStatus }
  | { readonly ok: false; readonly reason: string; readonly allowed: readonly CaseStatus[] };

/** Whether `from → to` is a legal move on this ladder; when not, why and what is allowed instead. */
export function checkTransition(ladder: Ladder, from: CaseStatus, to: string): TransitionCheck {
  const allowed = nextStatuses(ladder, from);
  const legal = allowed.find((status) => status === to);
  if (legal) return { ok: true, to: legal };
  const fromLabel = statusLabel(ladder, from);
  const reason = !isStatusOf(ladder, to)
    ? `"${to}" is not a step on the ${ladder.program} appeal ladder.`
    : allowed.length === 0
      ? `The case is "${fromLabel}" and cannot change any more.`
      : `A case that is "${fromLabel}" cannot go to "${statusLabel(ladder, to)}" next.`;
  return { ok: false, reason, allowed };
}

/**
 * The plain-language name of a status, e.g. "Internal appeal: sent, waiting for a decision"
 * (in Spanish with `lang` 'es': "Apelación interna: ya se envió, en espera de una decisión").
 */
export function statusLabel(ladder: Ladder, status: CaseStatus, lang: Lang = 'en'): string {
  const es = lang === 'es';
  if (isBranch(status)) return (es ? branchLabelsEs : branchLabels)[status];
  const parts = levelAndPhase(status);
  const level = parts && ladder.levels.find((l) => l.id === parts.level);
  if (!parts || !level) return status;
  const name = es ? levelNamesEs[level.id] : level.name;
  if (parts.phase === 'submitted' && level.startedBy === 'automatic') {
    return es
      ? `${name}: el plan envió el caso, en espera de una decisión`
      : `${name}: sent by the plan, waiting for a decision`;
  }
  return `${name}: ${(es ? phaseLabelsEs : phaseLabels)[parts.phase]}`;
}
