import { useEffect, useRef, useState } from 'react';
import type { CheckAnswers } from '../../../src/opinions/second-opinion.js';
import { api, type Recommendation } from '../api.js';
import { useT } from '../i18n/messages.js';
import { OpinionCaseForm } from '../opinion-case-form.js';
import { OpinionCheck, RecommendationPanel } from '../opinion-check.js';
import { navigate } from '../router.js';
import { useTitle } from '../use-title.js';

/**
 * "Should I get a second opinion?" then the case: the check comes first (it can be skipped), its
 * answer stays on the page, and the case form below keeps the answers with the case.
 */
export function NewOpinionPage() {
  const w = useT().opinions.start;
  useTitle(w.title);
  const [checked, setChecked] = useState<{
    answers: CheckAnswers;
    recommendation: Recommendation;
  } | null>(null);
  const [formShown, setFormShown] = useState(false);
  const answer = useRef<HTMLDivElement>(null);

  // The answer is read out where it appears: the focus goes to its heading.
  useEffect(() => {
    if (checked) answer.current?.querySelector<HTMLElement>('#recommendation-title')?.focus();
  }, [checked]);

  return (
    <>
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
              navigate(`/opinions/${encodeURIComponent(created.secondOpinion.id)}`);
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
    </>
  );
}
