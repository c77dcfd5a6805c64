import { useState } from 'react';
import {
  checkReasonIds,
  type CheckAnswers,
  type CheckReason,
} from '../../src/opinions/second-opinion.js';
import { api, type Recommendation } from './api.js';
import { useLang } from './i18n/language.js';
import { useT } from './i18n/messages.js';
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
  const t = useT();
  const { check: w, labels } = t.opinions;
  // The answer is worded in the language the app speaks.
  const lang = useLang();
  const [answers, setAnswers] = useState<CheckAnswers>(noAnswers);
  const { submit, sending, error } = useSubmit(async () =>
    onAnswered(
      answers,
      await api.opinions.check({ ...answers, reasons: [...answers.reasons], lang }),
    ),
  );
  const problem = formProblemOf(error, t);
  const toggle = (reason: CheckReason, on: boolean) =>
    setAnswers((a) => ({
      ...a,
      reasons: on ? [...a.reasons, reason] : a.reasons.filter((r) => r !== reason),
    }));

  return (
    <form className="opinion-check" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{w.reasons}</legend>
        <p className="hint">{w.reasonsHint}</p>
        {checkReasonIds.map((reason) => (
          <CheckField
            key={reason}
            id={`check-${reason}`}
            label={labels.checkReasons[reason]}
            checked={answers.reasons.includes(reason)}
            onChange={(on) => toggle(reason, on)}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{w.more}</legend>
        <CheckField
          id="check-emergency"
          label={w.emergency}
          hint={w.emergencyHint}
          checked={answers.emergency}
          onChange={(emergency) => setAnswers((a) => ({ ...a, emergency }))}
        />
        <CheckField
          id="check-wants-one"
          label={w.wantsOne}
          hint={w.wantsOneHint}
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
          {sending ? w.checking : w.submit}
        </button>
      </div>
    </form>
  );
}

/** The answer: care first in an emergency, how strongly, why, and what it is not. */
export function RecommendationPanel({
  recommendation: r,
  headingLevel = 2,
}: {
  recommendation: Recommendation;
  headingLevel?: 2 | 3;
}) {
  const { check: w, labels } = useT().opinions;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      className={`panel recommendation level-${r.level}`}
      aria-labelledby="recommendation-title"
    >
      <Heading id="recommendation-title" tabIndex={-1}>
        {w.answer(labels.levels[r.level])}
      </Heading>
      {r.emergencyFirst && (
        <p className="problem">
          <strong>
            <span aria-hidden="true">⚠ </span>
            {w.careFirst}
          </strong>{' '}
          {w.call911}
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
