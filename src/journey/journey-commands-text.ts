import type { NextStep } from './next-step.js';

/** The next step as a terminal shows it. */
export function nextStepText(next: NextStep): string {
  return [
    `Next: ${next.action}${next.due ? ` (by ${next.due})` : ''}${next.urgent ? ' — urgent' : ''}`,
    `Why: ${next.why}`,
    ...(next.citation
      ? [`Rule: ${next.citation}${next.verify ? ' (check it with your plan)' : ''}`]
      : []),
    ...next.also.map((line) => `Also: ${line}`),
    ...(next.command ? [`Do it: ${next.command}`] : []),
  ].join('\n');
}
