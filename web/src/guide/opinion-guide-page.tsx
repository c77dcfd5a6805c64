import { useCallback, useState } from 'react';
import { api, type OpinionCaseView } from '../api.js';
import { useLang } from '../i18n/language.js';
import { useT } from '../i18n/messages.js';
import { OpinionAsking } from '../opinion-asking.js';
import { OpinionCards } from '../opinion-cards.js';
import { OpinionCoverage } from '../opinion-coverage.js';
import { loadOpinionCase, OpinionNotReady } from '../opinion-load.js';
import { QuestionEditor } from '../opinion-question-editor.js';
import { OpinionRecords } from '../opinion-records.js';
import { useCaseLoad } from '../pages/case-load.js';
import { Link } from '../router.js';
import { useTitle } from '../use-title.js';
import { useGuideMemory } from './guide-memory.js';
import { GuidedSteps, useResume } from './guided-steps.js';
import { CompareStep } from './opinion-compare-step.js';
import { DecideStep } from './opinion-decide-step.js';
import {
  isOpinionStepDone,
  opinionPath,
  opinionStepToResume,
  type OpinionStep,
} from './opinion-steps.js';

/**
 * The guided second opinion for one case: having it covered, how to ask, the records, the
 * questions for the visit, the opinions, comparing them, and deciding — one task per screen, each
 * built from the same parts as the whole-case page, which stays one link away. Without a step in
 * the address it picks up where the person left off.
 */
export function OpinionGuidePage({ id, step }: { id: string; step: OpinionStep | null }) {
  const t = useT();
  // The server words the case's steps and scripts in the app's language: a change loads it again.
  const lang = useLang();
  const [state, setState] = useCaseLoad(id, loadOpinionCase[lang]);
  const guide = useGuideMemory(id);
  const [announcement, setAnnouncement] = useState('');
  const seen = new Set(guide.memory.seen);
  const resume =
    state.kind === 'ready' && step === null
      ? opinionStepToResume(state.view, seen, new Set(guide.memory.skipped))
      : null;
  useResume(opinionPath, id, resume);
  useTitle(step ? t.guide.opinion[step].title : t.guide.opinion.title);

  /** After a change on a step: the case as the server now has it. */
  const changed = useCallback(
    (message: string, updated?: OpinionCaseView) => {
      void (updated ? Promise.resolve(updated) : api.opinions.get(id, lang))
        .catch(() => null)
        .then((view) => {
          if (view) setState((s) => (s.kind === 'ready' ? { kind: 'ready', view } : s));
          setAnnouncement(message);
        });
    },
    [id, lang, setState],
  );

  if (state.kind !== 'ready')
    return <OpinionNotReady state={state} title={t.guide.opinion.title} />;
  if (step === null) return <p role="status">{t.common.loading}</p>;
  const { view } = state;

  return (
    <GuidedSteps
      path={opinionPath}
      caseId={id}
      step={step}
      words={(s) => t.guide.opinion[s]}
      isDone={(s) => isOpinionStepDone(s, view, seen)}
      memory={guide}
      wholeCase={`/opinions/${encodeURIComponent(id)}`}
      announcement={announcement}
      advice={t.guide.notMedicalAdvice}
    >
      <StepBody step={step} view={view} onChanged={changed} />
    </GuidedSteps>
  );
}

function StepBody({
  step,
  view,
  onChanged,
}: {
  step: OpinionStep;
  view: OpinionCaseView;
  onChanged: (message: string, updated?: OpinionCaseView) => void;
}) {
  const t = useT().guide.opinionSteps;
  const c = view.secondOpinion;
  const base = `/opinions/${encodeURIComponent(c.id)}`;
  switch (step) {
    case 'coverage':
      return <OpinionCoverage view={view} onChanged={onChanged} />;
    case 'asking':
      return <OpinionAsking view={view} questionsHref={null} />;
    case 'records':
      return <OpinionRecords caseId={c.id} bringList={view.bringList} onChanged={onChanged} />;
    case 'questions':
      return (
        <>
          <QuestionEditor
            key={c.version}
            view={view}
            onSaved={(saved, message) => onChanged(message, saved)}
          />
          <p>
            <Link href={`${base}/questions?from=guide`}>{t.printQuestions}</Link>
          </p>
        </>
      );
    case 'opinions':
      return (
        <section className="case-area" aria-labelledby="guide-opinions-title">
          <h2 id="guide-opinions-title">{t.opinionsTitle(view.opinions.length)}</h2>
          <OpinionCards caseId={c.id} opinions={view.opinions} onChanged={onChanged} />
        </section>
      );
    case 'compare':
      return <CompareStep view={view} />;
    case 'decide':
      return <DecideStep key={c.version} view={view} onChanged={onChanged} />;
  }
}
