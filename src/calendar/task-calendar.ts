import type { Task } from '../tasks/task.js';
import { reminderDaysBefore } from './deadline-calendar.js';
import type { CalendarEvent } from './ics-writer.js';

/**
 * Tasks as calendar events: follow-ups from calls, the person's own tasks, and the days to call if
 * the plan has not decided in time. UIDs are `<case>.task.<task id>`, so importing the file again
 * updates them; a task ticked done drops out at the next refresh.
 */

function description(task: Task): string {
  return [
    task.title,
    ...(task.citation
      ? [`Rule: ${task.citation} (confidence: ${task.confidence ?? 'unknown'}).`]
      : []),
    ...(task.verify ? ['Verify this date with your plan or your state.'] : []),
    `Case: ${task.patientName}.`,
    'Made by Overturn. Not legal advice: the dates on your own notice come first.',
  ].join('\n');
}

const summaryOf = (task: Task) =>
  task.kind === 'call-if-no-decision' ? task.title : `To do: ${task.title}`;

export function taskEvents(tasks: readonly Task[]): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const task of tasks) {
    if (task.done || task.kind === 'deadline') continue;
    events.push({
      uid: `${task.caseId}.task.${task.id}@overturn.local`,
      date: task.due,
      summary: `${summaryOf(task)} (${task.patientName})`,
      description: description(task),
      alarmDaysBefore: task.kind === 'call-if-no-decision' ? [1] : reminderDaysBefore,
      categories: ['Overturn', 'Task'],
    });
  }
  return events;
}
