import { useEffect, useRef, useState } from 'react';
import type { CheckAnswers } from '../../../src/opinions/second-opinion.js';
import { api, type Recommendation } from '../api.js';
import { GuideStrip } from '../guide/guide-strip.js';
import { SaveForLater } from '../guide/save-for-later.js';
import { opinionGuidePath, opinionSteps } from '../guide/opinion-steps.js';
import { useT } from '../i18n/messages.js';
import { newOpinionDraftKey, OpinionCaseForm } from '../opinion-case-form.js';
import { OpinionCheck, RecommendationPanel } from '../opinion-check.js';
import { navigate } from '../router.js';
import { hasDraft } from '../use-draft.js';
import { useTitle } from '../use-title.js';

/**
 * "Should I get a second opinion?" then the case: the check comes first (it can be skipped), its
 * answer stays on the page, and the case form below keeps the answers with the case.
 */
export function NewOpinionPage() {
  const t = useT();
  const w = t.opinions.start;
  useTitle(w.title);
  const [checked, setChecked] = useState<{
    answers: CheckAnswers;
    recommendation: Recommendation;
  } | null>(null);
  // Words typed into the case form earlier (and not sent) bring the form back at once.
  const [formShown, setFormShown] = useState(() => hasDraft(newOpinionDraftKey));
  const answer = useRef<HTMLDivElement>(null);

  // The answer is read out where it appears: the focus goes to its heading.
  useEffect(() => {
    if (checked) answer.current?.querySelector<HTMLElement>('#recommendation-title')?.focus();
  }, [checked]);

  return (
    <>
      <GuideStrip
        all={opinionSteps}
        current={formShown ? 'about' : 'check'}
        name={(step) => t.guide.opinion[step].name}
      />
      <h1>{w.title}</h1>
      <p className="lead">{w.lead}</p>
      <OpinionCheck
        onAnswered={(answers, recommendation) => {
          setChecked({ answers, recommendation });
          setFormShown(true);
        }}
      />
      <div ref={answer}>
        {checked && <RecommendationPanel recommendation={checked.recommendation} />}
      </div>
      <section aria-labelledby="new-opinion-case-title" className="new-opinion-case">
        <h2 id="new-opinion-case-title">{w.openCase}</h2>
        {formShown ? (
          <OpinionCaseForm
            check={checked?.answers ?? null}
            onSubmit={async (input) => {
              const created = await api.opinions.create(input);
              navigate(opinionGuidePath(created.secondOpinion.id));
            }}
          />
        ) : (
          <p>
            <button type="button" className="secondary" onClick={() => setFormShown(true)}>
              {w.skip}
            </button>
          </p>
        )}
      </section>
      {formShown && <SaveForLater note={t.guide.laterOpinion} />}
    </>
  );
}
