import { statusLabel } from '../cases/appeal-ladder.js';
import type { Case } from '../cases/case.js';
import { denialCategories, programs } from '../cases/case-terms.js';
import { ladderFor } from '../cases/program-ladders.js';
import {
  timeZoneOfCase,
  type CaseDeadline,
  type CaseDeadlines,
} from '../deadlines/case-deadlines.js';
import { dateInZone } from '../deadlines/zoned-time.js';
import { documentTypeLabel } from '../documents/document-types.js';
import type { StoredDocument } from '../documents/document.js';
import type { StoredLetter } from '../letters/stored-letter.js';
import type { Outcome } from '../outcomes/outcome.js';
import { describeOutcome, dollarsText } from '../outcomes/outcome-wording.js';
import type { TimelineEvent } from '../timeline/timeline-event.js';
import { describeEvent } from '../timeline/timeline-wording.js';

/**
 * A case on paper, as data: the facts, where it stands, its deadlines with their citations, what
 * was decided, the documents and letters kept, and the whole timeline in plain words. The PDF
 * renderer lays these sections out; nothing here knows about pages or fonts.
 */

/** One line of a section: a label and its text, and an optional smaller note under it. */
export interface SummaryRow {
  readonly label: string | null;
  readonly text: string;
  readonly note?: string | null;
}

export interface SummarySection {
  readonly title: string;
  readonly rows: readonly SummaryRow[];
  /** What to say when there are no rows. */
  readonly empty: string;
}

export interface CaseSummary {
  readonly title: string;
  /** "Made by Overturn on 2026-11-27. Not legal advice." */
  readonly madeBy: string;
  readonly sections: readonly SummarySection[];
}

export interface CaseSummaryFacts {
  readonly case: Case;
  readonly deadlines: CaseDeadlines;
  readonly outcomes: readonly Outcome[];
  readonly documents: readonly StoredDocument[];
  readonly letters: readonly StoredLetter[];
  /** Oldest first. */
  readonly timeline: readonly TimelineEvent[];
  /** The day it is made, `YYYY-MM-DD`. */
  readonly madeOn: string;
}

const known = (label: string, value: string | null | undefined): SummaryRow[] =>
  value ? [{ label, text: value }] : [];
const money = (cents: number | null) => (cents === null ? null : dollarsText(cents));

function factRows(c: Case): SummaryRow[] {
  return [
    ...known('Patient', c.patient.name),
    ...known('Date of birth', c.patient.dateOfBirth),
    ...known('Insurance company', c.plan.insurer),
    ...known('Plan', c.plan.planName),
    ...known('Kind of plan', programs[c.plan.program]),
    ...known('State', c.plan.state),
    ...known('Member ID', c.plan.memberId),
    ...known('Group number', c.plan.groupNumber),
    ...known('Claim number', c.claim.claimNumber),
    ...known('Date of service', c.claim.serviceDate),
    ...known('Provider', c.claim.provider),
    ...known('Care denied', c.claim.serviceDescription),
    ...known('Procedure codes', c.claim.procedureCodes.join(', ')),
    ...known('Diagnosis codes', c.claim.diagnosisCodes.join(', ')),
    ...known('Amount billed', money(c.claim.amountBilledCents)),
    ...known('You may owe', money(c.claim.patientResponsibilityCents)),
    ...known('Date of the denial notice', c.denial.noticeDate),
    ...known('Date you got it', c.denial.receivedDate),
    ...known('Why the plan said no', c.denial.category && denialCategories[c.denial.category]),
    ...known('In the plan’s words', c.denial.statedReason),
    ...known('Appeal filed', c.denial.appealFiledAt),
  ];
}

const stateWords: Record<CaseDeadline['state'], string> = {
  open: 'Open',
  done: 'Done',
  missed: 'Missed',
};

/** A rule not confirmed is shown with a note to check it (appeal-rules.md: low confidence). */
const verifyNote = 'Not sure: verify this date with your plan.';

function deadlineRows(deadlines: CaseDeadlines): SummaryRow[] {
  return [
    ...deadlines.deadlines.map((d) => ({
      label: stateWords[d.state],
      text: `${d.action}: by ${d.due}${d.sendBy && d.state === 'open' ? ` (send by ${d.sendBy})` : ''}`,
      note: [`Rule: ${d.citation}`, d.verify ? verifyNote : null].filter(Boolean).join(' '),
    })),
    ...deadlines.later.map((d) => ({
      label: 'Later',
      text: `${d.action}: ${d.limit} from ${d.startsWhen}`,
      note: [`Rule: ${d.citation}`, d.confidence === 'low' ? verifyNote : null]
        .filter(Boolean)
        .join(' '),
    })),
    ...(deadlines.missing.length > 0
      ? [{ label: 'Missing', text: `To count the deadlines, add: ${deadlines.missing.join(', ')}` }]
      : []),
  ];
}

function documentRows(documents: readonly StoredDocument[]): SummaryRow[] {
  return documents.map((d) => ({
    label: d.documentDate ?? d.createdAt.slice(0, 10),
    text: `${d.title ?? d.originalName ?? 'Untitled'} (${documentTypeLabel(d.docType)})`,
    note: `SHA-256 ${d.sha256.slice(0, 16)}…`,
  }));
}

export function buildCaseSummary(facts: CaseSummaryFacts): CaseSummary {
  const c = facts.case;
  const program = c.plan.program;
  /** The day of an instant where the person lives, as the rest of the case counts days. */
  const dayOf = (instant: string) => dateInZone(Date.parse(instant), timeZoneOfCase(c));
  return {
    title: 'Case summary',
    madeBy: `Made by Overturn on ${facts.madeOn}. Not legal advice.`,
    sections: [
      { title: 'The case', rows: factRows(c), empty: '' },
      {
        title: 'Where it stands',
        rows: [{ label: 'Status', text: statusLabel(ladderFor(program), c.status) }],
        empty: '',
      },
      {
        title: 'Deadlines',
        rows: deadlineRows(facts.deadlines),
        empty: 'No deadline can be counted yet.',
      },
      {
        title: 'Decisions and payments',
        rows: facts.outcomes.map((o) => ({
          label: o.decidedOn,
          text: describeOutcome(o, program),
          note: [o.reference && `Reference ${o.reference}`, o.note].filter(Boolean).join('. '),
        })),
        empty: 'No decision recorded yet.',
      },
      { title: 'Documents', rows: documentRows(facts.documents), empty: 'No documents kept yet.' },
      {
        title: 'Letters saved',
        rows: facts.letters.map((l) => ({
          label: dayOf(l.createdAt),
          text: `${l.document.title} (version ${l.version})`,
        })),
        empty: 'No letters saved yet.',
      },
      {
        title: 'Timeline',
        rows: facts.timeline.map((e) => ({
          label: dayOf(e.at),
          text: describeEvent(e.data, program),
          note: `By ${e.actor.name}`,
        })),
        empty: 'Nothing has happened on this case yet.',
      },
    ],
  };
}

/** Every piece of text the summary prints (to choose fonts that can print it). */
export function summaryTexts(summary: CaseSummary): string[] {
  return [
    summary.title,
    summary.madeBy,
    ...summary.sections.flatMap((s) => [
      s.title,
      s.empty,
      ...s.rows.flatMap((r) => [r.label ?? '', r.text, r.note ?? '']),
    ]),
  ];
}
