import type { CorrectionView, StateHelpView } from './state-help-presenter.js';

/** State help as a person reads it in a terminal: who to call first, then everything else. */

type Contact = NonNullable<StateHelpView['consumerAssistance']>;

const reach = (phone: string | null, url: string | null) =>
  [phone && `call ${phone}`, url && `visit ${url}`].filter(Boolean).join(', ') ||
  'no phone or site on file';

function contactText(label: string, c: Contact | null, extra: string[] = []): string[] {
  if (!c) return [`${label}: none on file.`, ''];
  return [
    `${label}: ${c.name}`,
    `    ${reach(c.phone, c.url)}.`,
    ...extra.map((line) => `    ${line}`),
    `    Source: ${c.source}, as of ${c.asOf}.`,
    ...c.corrections.map((m) => `    ${m.field}: ${m.words}${m.note ? ` (${m.note})` : ''}`),
    '',
  ];
}

function reviewText(review: StateHelpView['externalReview']): string[] {
  return [
    `Outside review (external review): ${review.who}`,
    `    Law: ${review.citation} (confidence: ${review.confidence}).`,
    ...(review.verify ? ['    VERIFY this with your plan or your state.'] : []),
    ...(review.note ? [`    ${review.note}`] : []),
    ...(review.infoUrl ? [`    More: ${review.infoUrl}`] : []),
    `    Source: ${review.source}, as of ${review.asOf}.`,
    '',
  ];
}

export function stateHelpText(help: StateHelpView): string {
  const department = help.insuranceDepartment;
  const medicaid = help.medicaid;
  return [
    `Help in ${help.stateName}`,
    '',
    'For this case, contact first:',
    ...help.forThisCase.flatMap((p, i) => [
      `  ${i + 1}. ${p.name}: ${reach(p.phone, p.url)}.`,
      `     ${p.why}`,
    ]),
    '',
    ...reviewText(help.externalReview),
    ...contactText('Insurance department', department, [
      ...(department?.officePhone ? [`Office line: ${department.officePhone}.`] : []),
      ...(department?.complaintUrl ? [`Complaints: ${department.complaintUrl}`] : []),
    ]),
    ...help.regulators
      .filter((r) => r.id !== 'insurance-department')
      .flatMap((r) => contactText('Also', r, [`Oversees: ${r.covers}.`, `Law: ${r.citation}.`])),
    ...contactText('Free consumer help', help.consumerAssistance),
    ...contactText('Medicaid', medicaid),
    ...(medicaid ? contactText('Medicaid plan ombudsman', medicaid.ombudsman) : []),
    ...(medicaid ? contactText('Free legal help (Medicaid)', medicaid.legalHelp) : []),
    ...contactText('Medicare counseling (SHIP)', help.ship),
    ...contactText('Medicare', help.medicare),
    ...help.notes,
    '',
    help.attribution,
  ].join('\n');
}

export const correctionText = (c: CorrectionView, removed = false) =>
  removed
    ? `Removed correction ${c.id} (${c.key} in ${c.state}). The directory's value shows again.`
    : `Saved: ${c.key} in ${c.state} is now ${c.value} on this computer (correction ${c.id}). To undo: overturn help-for ${c.state} --remove-correction ${c.id}`;
