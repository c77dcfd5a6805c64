import { useCallback, useState } from 'react';
import { api, type CaseView } from '../api.js';
import { DeadlinesPanel } from '../deadlines-panel.js';
import { useT } from '../i18n/messages.js';
import { CaseEvidence } from '../pages/case-evidence.js';
import { CaseNotReady, useCaseLoad } from '../pages/case-load.js';
import { useTitle } from '../use-title.js';
import {
  appealPath,
  appealStepToResume,
  isStepDone,
  type AppealFacts,
  type AppealStep,
} from './appeal-steps.js';
import { FollowUpStep } from './follow-up-step.js';
import { useGuideMemory } from './guide-memory.js';
import { GuidedSteps, useResume } from './guided-steps.js';
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
  const guide = useGuideMemory(id);
  const [announcement, setAnnouncement] = useState('');
  const seen = new Set(guide.memory.seen);
  const resume =
    state.kind === 'ready' && step === null
      ? appealStepToResume(state, seen, new Set(guide.memory.skipped))
      : null;
  useResume(appealPath, id, resume);
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

  return (
    <GuidedSteps
      path={appealPath}
      caseId={id}
      step={step}
      words={(s) => t.guide.appeal[s]}
      isDone={(s) => isStepDone(s, state, seen)}
      memory={guide}
      wholeCase={`/cases/${encodeURIComponent(id)}`}
      announcement={announcement}
      advice={t.guide.notLegalAdvice}
    >
      <StepBody step={step} facts={state} onChanged={refresh} onChangedHere={refreshHere} />
    </GuidedSteps>
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
