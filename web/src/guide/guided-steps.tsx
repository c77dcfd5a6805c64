import { useEffect, type ReactNode } from 'react';
import { useT } from '../i18n/messages.js';
import { navigate } from '../router.js';
import { GuideFrame, type StepMark } from './guide-frame.js';
import type { GuideMemory } from './guide-memory.js';
import { isGuidedStep, type GuidedPath } from './guided-path.js';

/** A step's words: its short name in the list, its title, and why it matters. */
export interface StepWords {
  readonly name: string;
  readonly title: string;
  readonly why: string;
}

/**
 * Without a step in the address, goes (replacing the address) to where the person left off, once
 * the case has loaded and `resume` is known.
 */
export function useResume<S extends A, A extends string>(
  path: GuidedPath<S, A>,
  caseId: string,
  resume: S | null,
): void {
  useEffect(() => {
    if (resume) navigate(path.path(caseId, resume), { replace: true });
  }, [path, caseId, resume]);
}

/**
 * One step of a guided path in its frame: the progress list with each step's state, back, skip
 * (only where the path allows and the step is not done), continue (marks the step seen) and finish
 * on the last step. Every step saves as it goes, so "save and continue later" only goes home.
 */
export function GuidedSteps<S extends A, A extends string>({
  path,
  caseId,
  step,
  words,
  isDone,
  memory,
  wholeCase,
  announcement,
  advice,
  children,
}: {
  path: GuidedPath<S, A>;
  caseId: string;
  step: S;
  words: (step: A) => StepWords;
  isDone: (step: A) => boolean;
  memory: {
    readonly memory: GuideMemory;
    readonly markSeen: (step: string) => void;
    readonly skip: (step: string) => void;
  };
  wholeCase: string;
  announcement: string;
  advice: string;
  children: ReactNode;
}) {
  const t = useT().guide;
  const skipped = new Set(memory.memory.skipped);
  const index = path.guided.indexOf(step);
  const following = path.guided[index + 1];
  const before = path.guided[index - 1];
  const onward = following ? path.path(caseId, following) : '/';
  const marks: StepMark[] = path.all.map((s) => ({
    id: s,
    name: words(s).name,
    href: isGuidedStep(path, s) ? path.path(caseId, s) : null,
    current: s === step,
    state: isDone(s) ? 'done' : skipped.has(s) ? 'skipped' : 'to-do',
  }));
  return (
    <GuideFrame
      steps={marks}
      title={words(step).title}
      why={words(step).why}
      back={before ? path.path(caseId, before) : null}
      next={() => {
        memory.markSeen(step);
        navigate(onward);
      }}
      continueLabel={following ? undefined : t.finish}
      onSkip={
        path.skippable.has(step) && !isDone(step)
          ? () => {
              memory.skip(step);
              navigate(onward);
            }
          : null
      }
      wholeCase={{ href: wholeCase, label: t.wholeCase }}
      advice={advice}
    >
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {children}
    </GuideFrame>
  );
}
