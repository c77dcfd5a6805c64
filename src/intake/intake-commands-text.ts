import { textTable } from '../cli/text-table.js';
import type { DenialExplanation } from './denial-explanation.js';
import type { DenialSummary } from './extraction.js';

/** How intake's commands print what they read, for a terminal. */

/** A denial's explanation as plain text for a terminal: what it means, what to do, each code. */
export function explanationText(explanation: DenialExplanation): string {
  const lines = [
    'What this denial means',
    explanation.summary,
    '',
    `What the plan seems to want: ${explanation.planWants}`,
    '',
    'How people usually answer it:',
    ...explanation.howToAnswer.map((step, index) => `  ${index + 1}. ${step}`),
  ];
  if (explanation.codes.length > 0) {
    lines.push('', 'The codes on the notice:');
    for (const code of explanation.codes) {
      const name = `${code.kind === 'carc' ? 'Reason code' : 'Remark code'} ${code.code}`;
      lines.push(`  ${name}: ${code.meaning}`);
      if (code.howToAnswer) lines.push(`    What to do: ${code.howToAnswer}`);
    }
  }
  lines.push('', explanation.notLegalAdvice);
  return lines.join('\n');
}

/** A payer export's denied claims as a table for a terminal, in file order. */
export function denialListText(denials: readonly DenialSummary[]): string {
  return `${denials.length} denied claims found in this file:\n${textTable(
    ['#', 'Claim', 'Service date', 'Provider', 'Billed', 'Reason'],
    denials.map((d, index) => [
      String(index + 1),
      d.claimNumber ?? '—',
      d.serviceDate ?? '—',
      d.providerName ?? '—',
      d.amountBilled === null ? '—' : `$${d.amountBilled.toFixed(2)}`,
      d.denialCategory ?? (d.carcCodes.length > 0 ? `codes ${d.carcCodes.join(', ')}` : '—'),
    ]),
  )}`;
}
