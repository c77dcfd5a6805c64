/**
 * The new second-opinion case form's parts, one screen each: who and what, what matters most, the
 * plan, the first doctor's view. Only the first part has boxes that are needed.
 */
export const opinionCaseParts = ['who', 'matters', 'plan', 'first'] as const;
export type OpinionCasePart = (typeof opinionCaseParts)[number];

/** The part that holds a box the server named (`coverage.memberId` → the plan). */
export function partOfField(field: string): number {
  const [head = ''] = field.split('.');
  if (head === 'coverage') return opinionCaseParts.indexOf('plan');
  if (head === 'firstOpinion') return opinionCaseParts.indexOf('first');
  if (head === 'goals' || head === 'goalsNote') return opinionCaseParts.indexOf('matters');
  return opinionCaseParts.indexOf('who');
}
