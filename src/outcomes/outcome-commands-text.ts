import type { CaseView } from '../cases/case-presenter.js';
import type { OutcomeView } from './outcome-presenter.js';

/** How outcomes read in a terminal. */

function outcomeLines(o: OutcomeView): string[] {
  return [
    o.summary,
    ...(o.reference ? [`  Reference: ${o.reference}`] : []),
    ...(o.note ? [`  Note: ${o.note}`] : []),
  ];
}

export function recordedOutcomeText(o: OutcomeView, c: CaseView): string {
  return [`Recorded: ${o.summary}`, `Status: ${c.statusLabel}`].join('\n');
}

export function outcomeListText(items: readonly OutcomeView[]): string {
  if (items.length === 0)
    return 'No outcome recorded yet. When a decision comes, record it with: overturn outcome add --help';
  return items.flatMap(outcomeLines).join('\n');
}
