import type { z } from 'zod';
import type { callLogView, CallView, loggedCallView, supervisorView } from './call-presenter.js';

/** How calls read in a terminal. */

const followUpLine = (followUp: CallView['followUp']) =>
  followUp
    ? `  Follow-up ${followUp.due}: ${followUp.title}${followUp.done ? ' (done)' : followUp.overdue ? ' — OVERDUE' : ''}`
    : null;

export function supervisorText(s: z.infer<typeof supervisorView>): string {
  return [
    `Ask for a supervisor. ${s.why}`,
    'What to say:',
    ...s.script.map((line) => `  “${line}”`),
    `Tip: ${s.tip.text} (${s.tip.citation})`,
  ].join('\n');
}

export function callText(call: CallView): string {
  const who = [call.personName, call.personId && `ID ${call.personId}`].filter(Boolean).join(', ');
  return [
    `${call.at.slice(0, 16).replace('T', ' ')} UTC  ${call.directionLabel}: ${call.with}${who ? ` (${who})` : ''}`,
    `  Reference: ${call.reference ?? '— none given'}   Topic: ${call.topic}${call.outcomeLabel ? `   ${call.outcomeLabel}` : ''}`,
    `  ${call.summary}`,
    ...(call.promised
      ? [`  Promised: ${call.promised}${call.promisedBy ? ` by ${call.promisedBy}` : ''}`]
      : []),
    ...[followUpLine(call.followUp)].filter((line) => line !== null),
  ].join('\n');
}

export function loggedCallText(logged: z.infer<typeof loggedCallView>): string {
  return [
    `Logged the call with ${logged.with} (call ${logged.id}).`,
    ...(logged.followUp
      ? [`Follow-up added for ${logged.followUp.due}: ${logged.followUp.title}`]
      : []),
    ...logged.reminders.map((reminder) => `Next time: ${reminder}`),
    ...(logged.supervisor ? ['', supervisorText(logged.supervisor)] : []),
  ].join('\n');
}

export function callLogText(log: z.infer<typeof callLogView>): string {
  if (log.items.length === 0) return 'No calls logged on this case yet.';
  return [
    ...log.items.map(callText),
    ...log.supervisor.flatMap((s) => ['', supervisorText(s)]),
  ].join('\n');
}
