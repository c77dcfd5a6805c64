import { v7 as uuidv7 } from 'uuid';
import type { CaseStatus } from '../src/cases/appeal-ladder.js';
import { nextStatuses } from '../src/cases/appeal-ladder.js';
import type { Case } from '../src/cases/case.js';
import { detailsFromInput } from '../src/cases/case-details.js';
import { caseCreateInput, type CaseCreateInput } from '../src/cases/case-input.js';
import {
  denialCategoryIds,
  fundingIds,
  networkTypeIds,
  noticeTypeIds,
  type Program,
} from '../src/cases/case-terms.js';
import { ladderFor } from '../src/cases/program-ladders.js';
import type { Actor } from '../src/common/actor.js';
import { addDays } from '../src/common/dates.js';
import { usStateCodes } from '../src/common/us-states.js';
import type { TimelineEvent, TimelineEventData } from '../src/timeline/timeline-event.js';

/**
 * Realistic, reproducible cases for the benchmark. One seeded generator gives, for case number i,
 * the same case input and the same history (status changes and notes) every run, whichever way
 * it is written: through the services, or in bulk as rows.
 */

/** mulberry32: small, fast, good enough to spread fixtures. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
function weighted<T>(r: Random, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let x = r() * total;
  for (const [value, w] of entries) {
    x -= w;
    if (x < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

const firstNames = [
  'Ana',
  'Luis',
  'Maria',
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'John',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'William',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Carlos',
  'Nguyen',
  'Aisha',
  'Wei',
  'Priya',
  'Dmitri',
  'Fatima',
  'Kenji',
];
const lastNames = [
  'Ruiz',
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Tran',
  'Patel',
  'Kim',
  'Okafor',
  'Cohen',
];
const insurers = [
  'Acme Health',
  'UnitedHealthcare',
  'Aetna',
  'Cigna',
  'Blue Cross Blue Shield of Texas',
  'Anthem',
  'Humana',
  'Kaiser Permanente',
  'Centene',
  'Molina Healthcare',
  'Oscar Health',
  'Highmark',
  'Florida Blue',
  'Wellcare',
];
const planNames = ['Gold PPO 500', 'Silver HMO', 'Bronze EPO 7000', 'Choice Plus', 'Open Access'];
const providers = [
  'Riverside Physical Therapy',
  'St. Mary Medical Center',
  'Lakeside Imaging',
  'Dr. Helen Park',
  'Northside Orthopedics',
  'City Pharmacy',
  'Valley Behavioral Health',
  'Mercy Hospital',
];
const services: readonly (readonly [string, string, string])[] = [
  // description, CPT/HCPCS, ICD-10
  ['Physical therapy, 12 sessions', '97110', 'M54.16'],
  ['MRI of the lumbar spine', '72148', 'M51.26'],
  ['Humira (adalimumab) injection', 'J0135', 'K50.90'],
  ['Sleep study', '95810', 'G47.33'],
  ['Continuous glucose monitor', 'E2103', 'E11.65'],
  ['Outpatient psychotherapy', '90837', 'F33.1'],
  ['Knee arthroscopy', '29881', 'M23.21'],
  ['Emergency room visit', '99285', 'R07.9'],
  ['Genetic testing, BRCA1/2', '81162', 'Z80.3'],
  ['Ozempic (semaglutide)', 'J3490', 'E66.01'],
];
const reasons = [
  'The records sent do not show that the service is medically necessary under our clinical policy.',
  'Prior authorization was required for this service and was not obtained before the date of service.',
  'This provider is not in your plan network, and no exception applies.',
  'The claim was received after the filing deadline in your plan documents.',
  'The drug is not on the formulary; the plan requires a trial of a preferred alternative first.',
  'This service is considered experimental or investigational for your diagnosis.',
];
const notes = [
  'Called the plan; the representative said the appeal form is on the member portal.',
  'Asked Dr. Park for a letter of medical necessity.',
  'Requested the claim file and the clinical criteria used for the decision.',
  'Faxed the appeal; kept the confirmation page.',
  'The plan says a decision is due within 30 days.',
];

/** Deadlines notices state, by program (the common figures; some notices state none). */
const statedDays: Record<Program, readonly number[]> = {
  'employer-group': [180, 180, 180, 60],
  'individual-market': [180, 180, 60],
  'medicare-advantage': [65, 60],
  'medicaid-managed-care': [60, 60, 90],
};

/**
 * Cases are opened one after another over the 18 months before this day, case 0 first: the app
 * makes ids from the clock (UUIDv7), so ids and creation times rise together, as they would have.
 */
const today = '2026-11-27';
const historyMs = 540 * 86_400_000;
const endMs = Date.parse(`${today}T00:00:00Z`);

export interface PlannedCase {
  readonly input: CaseCreateInput;
  /** When the case was opened (ms since epoch). */
  readonly createdMs: number;
  /** What happened after "case-created", in order. */
  readonly steps: readonly PlannedStep[];
}

export type PlannedStep =
  | { readonly kind: 'status'; readonly to: CaseStatus; readonly note: string | null }
  | { readonly kind: 'note'; readonly body: string };

/**
 * Case number `i` of `total`: its input (validated as the API would) and its history. The same
 * `i` and `total` give the same case every run.
 */
export function planCase(i: number, total: number): PlannedCase {
  const r = rng(0x5eed ^ Math.imul(i + 1, 0x9e3779b1));
  const program = weighted<Program>(r, [
    ['employer-group', 45],
    ['individual-market', 20],
    ['medicare-advantage', 25],
    ['medicaid-managed-care', 10],
  ]);
  const [description, procedure, diagnosis] = pick(r, services);
  const createdMs = endMs - historyMs + Math.floor((i * historyMs) / total);
  const openedOn = new Date(createdMs).toISOString().slice(0, 10);
  const noticeDate = addDays(openedOn, -int(r, 3, 20));
  const received = r() < 0.7 ? addDays(noticeDate, int(r, 1, 3)) : null;
  const rawInput = {
    patient: {
      name: `${pick(r, firstNames)} ${pick(r, lastNames)}`,
      dateOfBirth: r() < 0.8 ? addDays('1940-01-01', int(r, 0, 70 * 365)) : null,
    },
    plan: {
      insurer: pick(r, insurers),
      planName: r() < 0.6 ? pick(r, planNames) : null,
      program,
      funding: program === 'employer-group' && r() < 0.8 ? pick(r, fundingIds) : null,
      networkType: r() < 0.7 ? pick(r, networkTypeIds) : null,
      state: r() < 0.9 ? pick(r, usStateCodes) : null,
      memberId: `M${int(r, 10_000_000, 99_999_999)}`,
      groupNumber: program === 'employer-group' ? `G${int(r, 1000, 99_999)}` : null,
    },
    claim: {
      claimNumber: r() < 0.85 ? `C${int(r, 100_000_000, 999_999_999)}` : null,
      serviceDate: addDays(noticeDate, -int(r, 5, 60)),
      provider: pick(r, providers),
      serviceDescription: description,
      procedureCodes: [procedure],
      diagnosisCodes: r() < 0.3 ? [diagnosis, 'Z79.899'] : [diagnosis],
      amountBilled: int(r, 5_000, 5_000_000) / 100,
      patientResponsibility: r() < 0.8 ? int(r, 0, 500_000) / 100 : null,
    },
    denial: {
      noticeType: pick(r, noticeTypeIds),
      noticeDate,
      receivedDate: received,
      category: pick(r, denialCategoryIds),
      statedReason: r() < 0.75 ? pick(r, reasons) : null,
      statedDeadlineDays: r() < 0.85 ? pick(r, statedDays[program]) : null,
    },
  };
  const input = caseCreateInput.parse(rawInput);

  // History: how far up the ladder the case has gone (most are still at the start) and some notes.
  const moves = weighted(r, [
    [0, 40],
    [1, 20],
    [2, 25],
    [3, 15],
  ]);
  const ladder = ladderFor(program);
  const steps: PlannedStep[] = [];
  let status: CaseStatus = 'denied';
  for (let m = 0; m < moves; m++) {
    const next = nextStatuses(ladder, status);
    if (next.length === 0) break;
    // Mostly onward along the ladder; sometimes a branch (a complaint, withdrawing, a decision).
    status = r() < 0.8 ? next[0]! : pick(r, next);
    steps.push({ kind: 'status', to: status, note: r() < 0.3 ? pick(r, notes) : null });
  }
  const extraNotes = Math.min(3 - steps.length, steps.length === 0 ? int(r, 1, 2) : int(r, 0, 1));
  for (let n = 0; n < extraNotes; n++) {
    steps.splice(int(r, 0, steps.length), 0, { kind: 'note', body: pick(r, notes) });
  }
  return { input, createdMs, steps };
}

/** Events per case, planned: "case-created" plus the steps. */
export const eventsOf = (plan: PlannedCase) => 1 + plan.steps.length;

/**
 * The case and its timeline as they would stand after the planned history, built with the domain
 * code (`detailsFromInput`) for bulk writing. Events follow a few days apart (closer for the
 * newest cases, so that none is in the future); ids are UUIDv7 made at those times, as the app
 * makes them.
 */
export function materialize(
  plan: PlannedCase,
  actor: Actor,
): { case: Case; events: TimelineEvent[] } {
  const caseId = uuidv7({ msecs: plan.createdMs });
  const who = { id: actor.id, name: actor.name };
  let at = plan.createdMs;
  const events: TimelineEvent[] = [
    {
      id: uuidv7({ msecs: at }),
      caseId,
      at: new Date(at).toISOString(),
      actor: who,
      data: { type: 'case-created' },
    },
  ];
  let status: CaseStatus = 'denied';
  let version = 1;
  const room = (endMs - plan.createdMs) / (plan.steps.length + 1);
  for (const [index, step] of plan.steps.entries()) {
    at += Math.floor(Math.min((2 + ((index * 7 + plan.createdMs) % 12)) * 86_400_000, room));
    let data: TimelineEventData;
    if (step.kind === 'status') {
      data = { type: 'status-changed', from: status, to: step.to, note: step.note };
      status = step.to;
      version += 1;
    } else {
      data = { type: 'note-added', body: step.body };
    }
    events.push({
      id: uuidv7({ msecs: at }),
      caseId,
      at: new Date(at).toISOString(),
      actor: who,
      data,
    });
  }
  const lastStatusChange = [...events].reverse().find((e) => e.data.type !== 'note-added')!;
  const c: Case = {
    id: caseId,
    ownerId: actor.id,
    status,
    ...detailsFromInput(plan.input),
    version,
    createdAt: events[0]!.at,
    updatedAt: lastStatusChange.at,
  };
  return { case: c, events };
}
