import type { CaseView, EvidenceChecklist, LetterView } from '../api.js';
import { guidePathOf, stepToResume, type GuidedPath } from './guided-path.js';

/**
 * The guided appeal, one task per screen. The first two steps (add the letter, check what we
 * read) happen before the case exists, on the intake pages; the rest happen here. Whether a step
 * is done is read from the case itself — a saved letter, a status — so the guide and the whole-case
 * page never disagree; only "seen" and "skipped" are remembered apart (guide-memory.ts).
 */
export const guidedAppealSteps = [
  'questions',
  'deadlines',
  'gather',
  'write',
  'packet',
  'send',
  'follow-up',
] as const;
/** A step on the guide's own page (the first two are done by the time a case exists). */
export type AppealStep = (typeof guidedAppealSteps)[number];
/** Every step the progress list shows. */
export const appealSteps = ['letter', 'check', ...guidedAppealSteps] as const;
export type AnyAppealStep = (typeof appealSteps)[number];

/** The guide's address for a case: its step, or (none given) where the person left off. */
export const appealGuidePath = guidePathOf<AppealStep>('appeal');

/** The appeal's path; the packet may wait when only the letter is sent. */
export const appealPath: GuidedPath<AppealStep, AnyAppealStep> = {
  all: appealSteps,
  guided: guidedAppealSteps,
  skippable: new Set(['questions', 'gather', 'packet']),
  path: appealGuidePath,
};

/** What the guide reads to know which steps are done. */
export interface StepFacts {
  readonly case: { readonly status: string; readonly denial: { readonly urgency: string | null } };
  readonly letters: readonly { readonly kind: string }[];
  readonly evidence: { readonly missingEssential: number };
}

/** The case as the guide's page loads it (it shows more than it needs to decide). */
export interface AppealFacts extends StepFacts {
  readonly case: CaseView;
  readonly letters: readonly LetterView[];
  readonly evidence: EvidenceChecklist;
}

/** Letters that are the appeal itself (not the requests around it). */
const appealLetterKinds = new Set(['internal-appeal', 'expedited-appeal', 'second-level-appeal']);

/**
 * The appeal letter the "Your letter" step starts with: the fast one when the person said the care
 * is urgent. Null after the plan's final answer: the guide does not choose for the person there.
 */
export function firstAppealLetterOf(c: {
  readonly denial: Pick<CaseView['denial'], 'noticeStage' | 'noticeType' | 'urgency'>;
}): 'internal-appeal' | 'expedited-appeal' | null {
  // As the server reads the notice's stage (src/deadlines/case-deadlines.ts, noticeStageOf); the
  // case comes here with its terms as plain strings.
  const { noticeStage, noticeType } = c.denial;
  const afterTheAppeal = noticeStage
    ? noticeStage !== 'initial-denial'
    : noticeType === 'final-internal-appeal-denial';
  if (afterTheAppeal) return null;
  return c.denial.urgency === 'urgent' ? 'expedited-appeal' : 'internal-appeal';
}

const sentOrLater = (status: string) =>
  /-(submitted|overturned|partly-overturned|upheld)$/.test(status) ||
  ['paid', 'closed', 'withdrawn', 'regulator-complaint'].includes(status);

const decided = (status: string) =>
  /-(overturned|partly-overturned|upheld)$/.test(status) || ['paid', 'closed'].includes(status);

/** Done, read from the case; `seen` counts for the steps that are done by reading them. */
export function isStepDone(
  step: AnyAppealStep,
  facts: StepFacts,
  seen: ReadonlySet<string>,
): boolean {
  const c = facts.case;
  switch (step) {
    case 'letter':
    case 'check':
      return true;
    case 'questions':
      return c.denial.urgency !== null || sentOrLater(c.status);
    case 'deadlines':
      return seen.has(step) || sentOrLater(c.status);
    case 'gather':
      return facts.evidence.missingEssential === 0 || sentOrLater(c.status);
    case 'write':
      return (
        facts.letters.some((letter) => appealLetterKinds.has(letter.kind)) || sentOrLater(c.status)
      );
    case 'packet':
      return seen.has(step) || sentOrLater(c.status);
    case 'send':
      return sentOrLater(c.status);
    case 'follow-up':
      return decided(c.status);
  }
}

/** Where to pick up: the first step neither done nor put off, else the first not done. */
export const appealStepToResume = (
  facts: StepFacts,
  seen: ReadonlySet<string>,
  skipped: ReadonlySet<string>,
): AppealStep => stepToResume(appealPath, (step) => isStepDone(step, facts, seen), skipped);
