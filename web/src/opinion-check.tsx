import { useState } from 'react';
import {
  checkReasonIds,
  checkReasons,
  type CheckAnswers,
  type CheckReason,
} from '../../src/opinions/second-opinion.js';
import { api, type Recommendation } from './api.js';
import { CheckField } from './opinion-field.js';
import { formProblemOf } from './opinion-errors.js';
import { useSubmit } from './opinion-submit.js';

export const noAnswers: CheckAnswers = { reasons: [], emergency: false, wantsOne: false };

/**
 * "Should I get a second opinion?": what fits the person's situation, whether care is needed right
 * now, and "I want one anyway" (never talked out of it) → the server's reasoned answer.
 */
export function OpinionCheck({
  onAnswered,
}: {
  onAnswered: (answers: CheckAnswers, recommendation: Recommendation) => void;
}) {
  const [answers, setAnswers] = useState<CheckAnswers>(noAnswers);
  const { submit, sending, error } = useSubmit(async () =>
    onAnswered(
      answers,
      await api.opinions.check({ ...answers, reasons: [...answers.reasons], lang: 'en' }),
    ),
  );
  const problem = formProblemOf(error);
  const toggle = (reason: CheckReason, on: boolean) =>
    setAnswers((a) => ({
      ...a,
      reasons: on ? [...a.reasons, reason] : a.reasons.filter((r) => r !== reason),
    }));

  return (
    <form className="opinion-check" onSubmit={submit} noValidate>
      <fieldset>
        <legend>What fits your situation?</legend>
        <p className="hint">Tick all that apply. You can skip any.</p>
        {checkReasonIds.map((reason) => (
          <CheckField
            key={reason}
            id={`check-${reason}`}
            label={checkReasons[reason]}
            checked={answers.reasons.includes(reason)}
            onChange={(on) => toggle(reason, on)}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>Two more questions</legend>
        <CheckField
          id="check-emergency"
          label="I need care right now (an emergency)"
          hint="If so, get care first. A second opinion must not delay it."
          checked={answers.emergency}
          onChange={(emergency) => setAnswers((a) => ({ ...a, emergency }))}
        />
        <CheckField
          id="check-wants-one"
          label="I want a second opinion anyway"
          hint="That is reason enough. Doctors expect patients to ask."
          checked={answers.wantsOne}
          onChange={(wantsOne) => setAnswers((a) => ({ ...a, wantsOne }))}
        />
      </fieldset>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={sending}>
          {sending ? 'Checking…' : 'See what we suggest'}
        </button>
      </div>
    </form>
  );
}

const levelWords: Readonly<Record<Recommendation['level'], string>> = {
  'strongly-recommended': 'Strongly recommended',
  recommended: 'Recommended',
  'your-choice': 'Your choice',
};

/** The answer: care first in an emergency, how strongly, why, and what it is not. */
export function RecommendationPanel({
  recommendation: r,
  headingLevel = 2,
}: {
  recommendation: Recommendation;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      className={`panel recommendation level-${r.level}`}
      aria-labelledby="recommendation-title"
    >
      <Heading id="recommendation-title" tabIndex={-1}>
        A second opinion: {levelWords[r.level]}
      </Heading>
      {r.emergencyFirst && (
        <p className="problem">
          <strong>
            <span aria-hidden="true">⚠ </span>Get care first.
          </strong>{' '}
          Call 911 or go to the emergency room if you need to.
        </p>
      )}
      <p className="recommendation-headline">{r.headline}</p>
      {r.reasons.length > 0 && (
        <ul>
          {r.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <p className="disclaimer">{r.note}</p>
    </section>
  );
}
