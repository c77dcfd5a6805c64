import { ratingKinds, type Opinion } from './opinion.js';
import type { comparisonView, SecondOpinionView } from './opinion-presenter.js';
import type { SecondOpinionSummary } from './second-opinion.js';
import type { Recommendation } from './should-i-get-one.js';
import type { z } from 'zod';
import { goals, questionKinds } from './second-opinion.js';

/** Second opinions as the terminal shows them: short lines, the citations beside the rules. */

export function recommendationText(r: Recommendation): string {
  return [r.headline, ...r.reasons.map((reason) => `  - ${reason}`), '', r.note].join('\n');
}

export function opinionText(o: Opinion): string {
  const line = (label: string, value: string | null) => (value ? [`  ${label}: ${value}`] : []);
  const ratings = Object.entries(ratingKinds)
    .map(([key, label]) => [label, o.ratings[key as keyof typeof ratingKinds]] as const)
    .filter(([, value]) => value !== null)
    .map(([label, value]) => `${label} ${value}/5`);
  return [
    `Opinion ${o.position}: ${o.doctor}, ${o.institution} (id ${o.id})`,
    ...line('Specialty', [o.specialty, o.focus].filter(Boolean).join(' — ') || null),
    ...line('Same group as the first doctor', o.sameGroupAsFirst ? 'yes' : null),
    ...line('Referred by the first doctor', o.referredByFirst ? 'yes' : null),
    ...line('Date', o.date),
    ...line(
      'Diagnosis',
      [o.diagnosis, o.diagnosisCode && `(${o.diagnosisCode})`].filter(Boolean).join(' ') || null,
    ),
    ...line('Treatment', o.treatment),
    ...line('Alternatives', o.alternatives),
    ...line('Risks and benefits', o.risksAndBenefits),
    ...line('Reasoning', o.reasoning),
    ...line('Tests ordered', o.testsOrdered),
    ...line('Your ratings', ratings.join(', ') || null),
  ].join('\n');
}

export function secondOpinionText(view: SecondOpinionView): string {
  const sc = view.secondOpinion;
  return [
    `Second opinion for ${sc.patient.name} (id ${sc.id})`,
    `Question: ${sc.question} — ${questionKinds[sc.questionKind]}`,
    ...(sc.goals.length ? [`What matters most: ${sc.goals.map((g) => goals[g]).join('; ')}`] : []),
    ...(view.recommendation ? ['', recommendationText(view.recommendation)] : []),
    '',
    'Getting it covered:',
    ...view.coverage.steps.map(
      (step, i) =>
        `  ${i + 1}. ${step.text}${step.citation ? ` [${step.citation}]` : ''}${step.verify ? ' (check this with your plan)' : ''}`,
    ),
    ...(view.coverage.thirdOpinion ? [`  ${view.coverage.thirdOpinion}`] : []),
    '',
    view.opinions.length
      ? view.opinions.map(opinionText).join('\n\n')
      : 'No opinions yet. Add the first doctor’s with: overturn opinions add ' + sc.id,
    '',
    'What to say:',
    ...view.scripts.flatMap((script) => [`  ${script.title}`, `    ${script.text}`]),
    '',
    'What to bring:',
    ...view.bringList.map((item) => `  - ${item}`),
    '',
    view.companionNote,
  ].join('\n');
}

export function secondOpinionListText(items: readonly SecondOpinionSummary[]): string {
  if (items.length === 0)
    return 'No second-opinion cases yet. Start one with: overturn opinions new --patient NAME --question TEXT';
  return items
    .map(
      (item) =>
        `${item.id}  ${item.patient.name} — ${item.question} (${item.opinionCount} opinion${item.opinionCount === 1 ? '' : 's'}, ${item.status})`,
    )
    .join('\n');
}

const agreement = (value: boolean | null) =>
  value === null ? 'cannot tell yet' : value ? 'agree' : 'differ';

export function comparisonText(view: z.infer<typeof comparisonView>): string {
  return [
    ...view.opinions.map(
      (o) =>
        `${o.position}. ${o.doctor}, ${o.institution}: ${o.diagnosis ?? 'no diagnosis recorded'}${o.diagnosisCode ? ` (${o.diagnosisCode})` : ''}; ${o.treatment ?? 'no treatment recorded'}`,
    ),
    '',
    `Diagnosis: ${agreement(view.diagnosisAgrees)}. Treatment: ${agreement(view.treatmentAgrees)}.`,
    ...(view.suggestThirdOpinion ? ['A third opinion may help.'] : []),
    ...view.reasons.map((reason) => `  - ${reason}`),
    ...view.warnings.map((warning) => `  ! ${warning}`),
  ].join('\n');
}
