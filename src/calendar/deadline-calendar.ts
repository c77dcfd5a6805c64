import type { DeadlineOfCase } from '../deadlines/case-deadlines.js';
import type { CalendarEvent } from './ics-writer.js';

/**
 * The person's own deadlines as calendar events: one on the legal due date and one on the
 * "send by" date ahead of it, each with reminders a week and a day before. UIDs are built from the
 * case and the deadline id, so importing the file again updates the events instead of adding
 * copies; the case's version is the event's revision.
 */

export const reminderDaysBefore = [7, 1] as const;

/**
 * A deadline missed long ago stays on the case page, but no longer in the calendar: a subscribed
 * calendar downloads the whole file again every 12 hours.
 */
export const missedDaysKept = 30;

function description({ case: c, deadline: d }: DeadlineOfCase): string {
  return [
    `${d.action}: ${d.limit} from ${d.countedFrom}.`,
    `Due: ${d.due.slice(0, 10)}.${d.sendBy ? ` Send by: ${d.sendBy}.` : ''}`,
    `Rule: ${d.citation} (confidence: ${d.confidence}).`,
    ...(d.verify ? ['Verify this date with your plan or your state.'] : []),
    ...(d.note ? [d.note] : []),
    `Case: ${c.patient.name}, ${c.plan.insurer}${c.claim.claimNumber ? `, claim ${c.claim.claimNumber}` : ''}.`,
    'Made by Overturn. Not legal advice: the dates on your own notice come first.',
  ].join('\n');
}

export function deadlineEvents(items: readonly DeadlineOfCase[]): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const item of items) {
    const { case: c, deadline: d } = item;
    if (d.who !== 'patient' || d.state === 'done' || d.daysLeft < -missedDaysKept) continue;
    const base = `${c.id}.${d.id}`;
    const common = {
      description: description(item),
      alarmDaysBefore: reminderDaysBefore,
      categories: ['Overturn', 'Appeal deadline'],
      sequence: c.version,
    };
    events.push({
      ...common,
      uid: `${base}.due@overturn.local`,
      date: d.due.slice(0, 10),
      summary: `Deadline: ${d.action} (${c.patient.name})`,
    });
    if (d.sendBy && d.sendBy !== d.due.slice(0, 10))
      events.push({
        ...common,
        uid: `${base}.send-by@overturn.local`,
        date: d.sendBy,
        summary: `Send by today: ${d.action} (${c.patient.name})`,
      });
  }
  return events;
}
