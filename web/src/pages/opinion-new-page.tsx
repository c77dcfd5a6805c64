import { useEffect, useRef, useState } from 'react';
import type { CheckAnswers } from '../../../src/opinions/second-opinion.js';
import { api, type Recommendation } from '../api.js';
import { OpinionCaseForm } from '../opinion-case-form.js';
import { OpinionCheck, RecommendationPanel } from '../opinion-check.js';
import { navigate } from '../router.js';
import { useTitle } from '../use-title.js';

/**
 * "Should I get a second opinion?" then the case: the check comes first (it can be skipped), its
 * answer stays on the page, and the case form below keeps the answers with the case.
 */
export function NewOpinionPage() {
  useTitle('Should I get a second opinion?');
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
      <h1>Should I get a second opinion?</h1>
      <p className="lead">
        Another doctor can confirm a diagnosis or show you other options. Answer a few questions to
        see what we suggest. Then open a case to plan your visit.
      </p>
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
        <h2 id="new-opinion-case-title">Open a second-opinion case</h2>
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
              Skip the questions and open a case
            </button>
          </p>
        )}
      </section>
    </>
  );
}
