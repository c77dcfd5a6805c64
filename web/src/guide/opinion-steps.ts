import { guidePathOf, stepToResume, type GuidedPath } from './guided-path.js';

/**
 * The guided second opinion, one task per screen. The first two steps ("should I get one?" and
 * telling us about it) happen before the case exists, on the page that opens it; the rest happen
 * on the guide's page. As for the appeal, whether a step is done is read from the case itself;
 * only "seen" and "skipped" are remembered apart (guide-memory.ts).
 */
export const guidedOpinionSteps = [
  'coverage',
  'asking',
  'records',
  'questions',
  'opinions',
  'compare',
  'decide',
] as const;
export type OpinionStep = (typeof guidedOpinionSteps)[number];
export const opinionSteps = ['check', 'about', ...guidedOpinionSteps] as const;
export type AnyOpinionStep = (typeof opinionSteps)[number];

export const opinionGuidePath = guidePathOf<OpinionStep>('opinion');

/** Records, the question list and the comparison help, but the person may go on without them. */
export const opinionPath: GuidedPath<OpinionStep, AnyOpinionStep> = {
  all: opinionSteps,
  guided: guidedOpinionSteps,
  skippable: new Set(['records', 'questions', 'compare']),
  path: opinionGuidePath,
};

/** What the guide reads to know which steps are done. */
export interface OpinionStepFacts {
  readonly secondOpinion: {
    readonly status: string;
    readonly referral: { readonly status: string | null };
    readonly questions: readonly unknown[];
  };
  readonly opinions: readonly unknown[];
}

/** Opinions needed before they can be compared. */
export const opinionsToCompare = 2;

/** Done, read from the case; `seen` counts for the steps that are done by reading them. */
export function isOpinionStepDone(
  step: AnyOpinionStep,
  facts: OpinionStepFacts,
  seen: ReadonlySet<string>,
): boolean {
  const c = facts.secondOpinion;
  const decided = c.status === 'decided';
  const enough = facts.opinions.length >= opinionsToCompare;
  switch (step) {
    case 'check':
    case 'about':
      return true;
    case 'coverage':
      return c.referral.status !== null || seen.has(step) || decided;
    case 'asking':
    case 'records':
      return seen.has(step) || decided;
    case 'questions':
      return c.questions.length > 0 || decided;
    case 'opinions':
      return enough || decided;
    case 'compare':
      return (enough && seen.has(step)) || decided;
    case 'decide':
      return decided;
  }
}

/** Where to pick up: the first step neither done nor put off, else the first not done. */
export const opinionStepToResume = (
  facts: OpinionStepFacts,
  seen: ReadonlySet<string>,
  skipped: ReadonlySet<string>,
): OpinionStep =>
  stepToResume(opinionPath, (step) => isOpinionStepDone(step, facts, seen), skipped);
