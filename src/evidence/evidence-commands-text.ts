import type { ChecklistView } from './evidence-presenter.js';

const marks: Record<ChecklistView['items'][number]['state'], string> = {
  missing: '[ ]',
  have: '[x]',
  'marked-done': '[x]',
  'not-needed': '[-]',
};

/** The checklist for a terminal: missing essentials first, each with why it matters. */
export function checklistText(view: ChecklistView): string {
  const head =
    view.missingEssential > 0
      ? `Missing ${view.missingEssential} essential item${view.missingEssential === 1 ? '' : 's'}.`
      : 'You have every essential item.';
  const lines = view.items.flatMap((item) => {
    const have = item.documents.map((d) => d.title ?? d.originalName ?? d.id);
    const detail =
      item.state === 'have'
        ? `have: ${have.join(', ')}`
        : item.state === 'missing'
          ? item.why
          : `${item.state === 'not-needed' ? 'not needed' : 'done'}${item.mark?.note ? `: ${item.mark.note}` : ''}`;
    const source = item.source
      ? [`      ${item.source.citation}${item.source.note ? ` — ${item.source.note}` : ''}`]
      : [];
    return [
      `${marks[item.state]} ${item.label}${item.weight === 'essential' ? ' (essential)' : ''}  [${item.key}]`,
      `      ${detail}`,
      ...source,
    ];
  });
  return [head, '', ...lines].join('\n');
}
