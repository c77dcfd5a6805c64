import { useCallback, useEffect, useState } from 'react';
import { api, type CaseView } from '../api.js';
import { DeadlinesPanel } from '../deadlines-panel.js';
import { useT } from '../i18n/messages.js';
import { CaseEvidence } from '../pages/case-evidence.js';
import { CaseNotReady, useCaseLoad } from '../pages/case-load.js';
import { navigate } from '../router.js';
import { useTitle } from '../use-title.js';
import {
  appealGuidePath,
  appealSteps,
  guidedAppealSteps,
  isAppealStep,
  isStepDone,
  skippableSteps,
  stepToResume,
  type AppealFacts,
  type AppealStep,
} from './appeal-steps.js';
import { FollowUpStep } from './follow-up-step.js';
import { GuideFrame, type StepMark } from './guide-frame.js';
import { useGuideMemory } from './guide-memory.js';
import { LetterStep, PacketStep } from './letter-steps.js';
import { QuestionsStep } from './questions-step.js';
import { SendStep } from './send-step.js';

const loadFacts = async (id: string): Promise<AppealFacts> => {
  const [c, letters, evidence] = await Promise.all([
    api.getCase(id),
    api.letters(id),
    api.evidence(id),
  ]);
  return { case: c, letters: letters.items, evidence };
};

/**
 * The guided appeal for one case: one task per screen, from "a few questions" to "wait and follow
 * up". Without a step in the address it picks up where the person left off. Every step saves as it
 * goes, so "save and continue later" only has to go home; the whole case stays one link away.
 */
export function AppealGuidePage({ id, step }: { id: string; step: AppealStep | null }) {
  const t = useT();
  const [state, setState] = useCaseLoad(id, loadFacts);
  const { memory, markSeen, skip } = useGuideMemory(id);
  const [announcement, setAnnouncement] = useState('');
  const seen = new Set(memory.seen);
  const skipped = new Set(memory.skipped);
  const ready = state.kind === 'ready';
  const resume = ready && step === null ? stepToResume(state, seen, skipped) : null;
  useEffect(() => {
    if (resume) navigate(appealGuidePath(id, resume), { replace: true });
  }, [id, resume]);
  useTitle(step ? t.guide.appeal[step].title : t.guide.appeal.title);

  /** After a change on a step: the case, letters and checklist as the server now has them. */
  const refresh = useCallback(
    async (message: string, updated?: CaseView) => {
      const facts = await loadFacts(id).catch(() => null);
      setState((s) =>
        s.kind === 'ready' ? { kind: 'ready', ...(facts ?? { ...s, case: updated ?? s.case }) } : s,
      );
      setAnnouncement(message);
    },
    [id, setState],
  );
  const refreshHere = useCallback((message: string) => void refresh(message), [refresh]);

  if (state.kind !== 'ready') return <CaseNotReady state={state} title={t.guide.appeal.title} />;
  if (step === null) return <p role="status">{t.common.loading}</p>;

  const words = t.guide.appeal;
  const index = guidedAppealSteps.indexOf(step);
  const following = guidedAppealSteps[index + 1];
  const before = guidedAppealSteps[index - 1];
  const marks: StepMark[] = appealSteps.map((s) => ({
    id: s,
    name: words[s].name,
    href: isAppealStep(s) ? appealGuidePath(id, s) : null,
    current: s === step,
    state: isStepDone(s, state, seen) ? 'done' : skipped.has(s) ? 'skipped' : 'to-do',
  }));
  const goOn = () => {
    markSeen(step);
    navigate(following ? appealGuidePath(id, following) : '/');
  };

  return (
    <GuideFrame
      steps={marks}
      title={words[step].title}
      why={words[step].why}
      back={before ? appealGuidePath(id, before) : null}
      next={goOn}
      continueLabel={following ? undefined : t.guide.finish}
      onSkip={
        skippableSteps.has(step) && !isStepDone(step, state, seen)
          ? () => {
              skip(step);
              navigate(following ? appealGuidePath(id, following) : '/');
            }
          : null
      }
      onSaveForLater={() => {
        navigate('/');
      }}
      wholeCase={{ href: `/cases/${encodeURIComponent(id)}`, label: t.guide.wholeCase }}
    >
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <StepBody step={step} facts={state} onChanged={refresh} onChangedHere={refreshHere} />
    </GuideFrame>
  );
}

function StepBody({
  step,
  facts,
  onChanged,
  onChangedHere,
}: {
  step: AppealStep;
  facts: AppealFacts;
  onChanged: (message: string, updated?: CaseView) => Promise<void>;
  onChangedHere: (message: string) => void;
}) {
  const c = facts.case;
  switch (step) {
    case 'questions':
      return <QuestionsStep case={c} onChanged={onChanged} />;
    case 'deadlines':
      return <DeadlinesPanel caseId={c.id} version={c.version} />;
    case 'gather':
      return <CaseEvidence caseId={c.id} version={c.version} onChanged={onChangedHere} />;
    case 'write':
      return <LetterStep facts={facts} />;
    case 'packet':
      return <PacketStep facts={facts} />;
    case 'send':
      return <SendStep key={c.version} case={c} onChanged={onChanged} />;
    case 'follow-up':
      return <FollowUpStep case={c} onChanged={onChanged} onChangedHere={onChangedHere} />;
  }
}
