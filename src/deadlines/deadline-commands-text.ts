import { textTable } from '../cli/text-table.js';
import type { z } from 'zod';
import type {
  caseDeadlinesView,
  deadlineOfCaseView,
  deadlineView,
  laterDeadlineView,
  scheduleView,
} from './deadline-presenter.js';

/** Deadlines as a person reads them in a terminal: a table, then the notes, then what comes later. */

type DeadlineView = z.infer<typeof deadlineView>;
const whoWords = { patient: 'You', plan: 'The plan', reviewer: 'The reviewer' } as const;

const dueWords = (due: string) => (due.includes('T') ? due.replace('T', ' ').slice(0, 16) : due);

function notesText(deadlines: readonly DeadlineView[]): string {
  return deadlines
    .map((d, i) => {
      const lines = [
        `[${i + 1}] ${d.action}: ${d.limit} from ${d.countedFrom}.`,
        `    Rule: ${d.citation} (confidence: ${d.confidence}).`,
      ];
      if (d.verify) lines.push('    VERIFY this date with your plan or your state.');
      if (d.note) lines.push(`    ${d.note}`);
      return lines.join('\n');
    })
    .join('\n');
}

function laterText(later: readonly z.infer<typeof laterDeadlineView>[]): string {
  if (later.length === 0) return '';
  return `\n\nLater, if needed:\n${later
    .map((l) => `- ${l.action}: ${l.limit} from ${l.startsWhen} (${l.citation}).`)
    .join('\n')}`;
}

function deadlineTable(deadlines: readonly DeadlineView[], extra?: (i: number) => string): string {
  return textTable(
    ['#', 'Due', 'Send by', 'Who', 'What', ...(extra ? ['State'] : [])],
    deadlines.map((d, i) => [
      String(i + 1),
      dueWords(d.due),
      d.sendBy ?? '—',
      whoWords[d.who],
      d.action,
      ...(extra ? [extra(i)] : []),
    ]),
  );
}

export function scheduleText(view: z.infer<typeof scheduleView>): string {
  const table =
    view.deadlines.length > 0 ? deadlineTable(view.deadlines) : 'No deadline can be counted yet.';
  return `${table}\n\n${notesText(view.deadlines)}${laterText(view.later)}\n\nTimes are in ${view.timeZone}. ${view.disclaimer}`;
}

export function caseDeadlinesText(view: z.infer<typeof caseDeadlinesView>): string {
  if (view.missing.length > 0)
    return `Overturn needs ${view.missing.join(' and ')} to count this case's deadlines. Add it with "overturn case update".`;
  const table = deadlineTable(view.deadlines, (i) => {
    const d = view.deadlines[i]!;
    if (d.state === 'done') return 'done';
    if (d.state === 'missed') return `MISSED ${-d.daysLeft} days ago`;
    return d.daysLeft === 0 ? 'due today' : `${d.daysLeft} days left`;
  });
  return `${table}\n\n${notesText(view.deadlines)}${laterText(view.later)}\n\nToday is ${view.today} (${view.timeZone}). ${view.disclaimer}`;
}

export function deadlinesAcrossCasesText(
  items: readonly z.infer<typeof deadlineOfCaseView>[],
): string {
  if (items.length === 0) return 'No open case has a deadline to meet.';
  return textTable(
    ['Due', 'Days left', 'Who', 'What', 'Patient', 'Case'],
    items.map(({ case: c, deadline: d }) => [
      dueWords(d.due),
      String(d.daysLeft),
      whoWords[d.who],
      d.action,
      c.patientName,
      c.id,
    ]),
  );
}
