import {
  goalIds,
  questionKindIds,
  type CheckAnswers,
  type ConditionKind,
  type Goal,
  type QuestionKind,
} from '../../src/opinions/second-opinion.js';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, type NewOpinionCase } from './api.js';
import { opinionCaseParts, partOfField } from './opinion-case-parts.js';
import {
  CoverageFields,
  coverageInputOf,
  coverageValuesOf,
  type CoverageValues,
} from './opinion-coverage-fields.js';
import { useT } from './i18n/messages.js';
import { fieldErrorOf, formProblemOf } from './opinion-errors.js';
import { CheckField, InputField, SelectField, textOrNull } from './opinion-field.js';
import { OpinionFields } from './opinion-fields.js';
import { firstOpinionOf, opinionValuesOf, type OpinionValues } from './opinion-values.js';
import { SubmitRow } from './submit-row.js';
import { useDraft } from './use-draft.js';
import { useSubmit } from './opinion-submit.js';

/** The case as the form holds it, each box as typed. */
interface CaseValues {
  readonly name: string;
  readonly dateOfBirth: string;
  readonly question: string;
  readonly questionKind: QuestionKind;
  readonly condition: string;
  readonly conditionKind: ConditionKind | '';
  readonly goals: readonly Goal[];
  readonly goalsNote: string;
}

const emptyCase: CaseValues = {
  name: '',
  dateOfBirth: '',
  question: '',
  questionKind: 'diagnosis',
  condition: '',
  conditionKind: '',
  goals: [],
  goalsNote: '',
};

/** Where the form's typed words wait in this browser until the case is opened. */
export const newOpinionDraftKey = 'new-opinion';

/** What the server is sent: only what the person filled in (and the check, if they took it). */
export function newOpinionCaseOf(
  v: CaseValues,
  plan: CoverageValues,
  first: OpinionValues,
  check: CheckAnswers | null,
): NewOpinionCase {
  const coverage = coverageInputOf(plan, 'new');
  const firstOpinion = firstOpinionOf(first);
  return {
    patient: { name: v.name.trim(), dateOfBirth: textOrNull(v.dateOfBirth) },
    question: v.question.trim(),
    questionKind: v.questionKind,
    condition: textOrNull(v.condition),
    conditionKind: v.conditionKind || null,
    goals: [...v.goals],
    goalsNote: textOrNull(v.goalsNote),
    ...(check && { check: { ...check, reasons: [...check.reasons] } }),
    ...(Object.keys(coverage).length > 0 && { coverage }),
    ...(firstOpinion && { firstOpinion }),
  };
}

/**
 * A new second-opinion case: who, the question, what matters most, the plan, and the first
 * doctor's view (opinion 1). Only the name and the question are needed to start. What was typed
 * is kept in this browser until the case is opened: leaving the page or a failed send loses none.
 */
export function OpinionCaseForm({
  check,
  onSubmit,
}: {
  check: CheckAnswers | null;
  onSubmit: (input: NewOpinionCase) => Promise<void>;
}) {
  const t = useT();
  const { caseForm: w, labels } = t.opinions;
  const [values, set, clear] = useDraft(newOpinionDraftKey, {
    ...emptyCase,
    plan: coverageValuesOf(null),
    first: opinionValuesOf(),
  });
  // A draft kept by an older version of the app may lack a box added since: it starts empty.
  const plan = { ...coverageValuesOf(null), ...values.plan };
  const first = { ...opinionValuesOf(), ...values.first };
  const { submit, sending, error } = useSubmit(async () => {
    await onSubmit(newOpinionCaseOf(values, plan, first, check));
    clear();
  });
  const errorOf = fieldErrorOf(error);
  const { part, all, shows, last, goTo, toggleAll, heading } = useParts(error);
  const [missing, setMissing] = useState(false);
  const names = [w.whoAndWhat, t.opinions.goals, w.plan, w.first];

  /** Enter or "Continue" goes to the next part; on the last one (or all at once) it opens the case. */
  const step = (event: FormEvent<HTMLFormElement>) => {
    if (all || last) return submit(event);
    event.preventDefault();
    if (part === 0 && (!values.name.trim() || !values.question.trim())) {
      setMissing(true);
      document
        .getElementById(values.name.trim() ? 'opinion-question' : 'opinion-patient-name')
        ?.focus();
      return;
    }
    setMissing(false);
    goTo(part + 1);
  };

  return (
    <form className="case-form opinion-case-form" onSubmit={step} noValidate>
      {!all && (
        <h3 ref={heading} tabIndex={-1} className="form-part">
          {w.partOf(part + 1, opinionCaseParts.length, names[part] ?? '')}
        </h3>
      )}
      <p className="no-print">
        <button type="button" className="link-button" onClick={toggleAll}>
          {all ? w.onePart : w.allParts}
        </button>
      </p>
      {shows(0) && (
        <fieldset>
          <legend>{w.whoAndWhat}</legend>
          <InputField
            id="opinion-patient-name"
            label={w.patientName}
            required
            value={values.name}
            error={errorOf('patient.name')}
            onChange={(name) => set({ name })}
          />
          <InputField
            id="opinion-patient-dob"
            label={w.patientDob}
            type="date"
            value={values.dateOfBirth}
            error={errorOf('patient.dateOfBirth')}
            onChange={(dateOfBirth) => set({ dateOfBirth })}
          />
          <InputField
            id="opinion-question"
            label={w.question}
            hint={w.questionHint}
            required
            lines={2}
            value={values.question}
            error={errorOf('question')}
            onChange={(question) => set({ question })}
          />
          <fieldset className="inner-fieldset">
            <legend>{w.questionKind}</legend>
            <ul className="choice-list">
              {questionKindIds.map((kind) => (
                <li key={kind}>
                  <input
                    type="radio"
                    id={`opinion-kind-${kind}`}
                    name="questionKind"
                    checked={values.questionKind === kind}
                    onChange={() => set({ questionKind: kind })}
                  />
                  <label htmlFor={`opinion-kind-${kind}`}>{labels.questionKinds[kind]}</label>
                </li>
              ))}
            </ul>
          </fieldset>
          <InputField
            id="opinion-condition"
            label={w.condition}
            hint={w.conditionHint}
            value={values.condition}
            error={errorOf('condition')}
            onChange={(condition) => set({ condition })}
          />
          <SelectField
            id="opinion-condition-kind"
            label={w.conditionKind}
            choices={labels.conditionKinds}
            value={values.conditionKind}
            onChange={(conditionKind) => set({ conditionKind })}
          />
        </fieldset>
      )}

      {shows(1) && (
        <fieldset>
          <legend>{t.opinions.goals}</legend>
          <p className="hint">{w.goalsHint}</p>
          {goalIds.map((goal) => (
            <CheckField
              key={goal}
              id={`opinion-goal-${goal}`}
              label={labels.goals[goal]}
              checked={values.goals.includes(goal)}
              onChange={(on) =>
                set({
                  goals: on ? [...values.goals, goal] : values.goals.filter((g) => g !== goal),
                })
              }
            />
          ))}
          <InputField
            id="opinion-goals-note"
            label={w.goalsNote}
            lines={3}
            value={values.goalsNote}
            error={errorOf('goalsNote')}
            onChange={(goalsNote) => set({ goalsNote })}
          />
        </fieldset>
      )}

      {shows(2) && (
        <fieldset>
          <legend>{w.plan}</legend>
          <p className="hint">{w.planHint}</p>
          <CoverageFields
            prefix="opinion"
            values={plan}
            onChange={(changes) => set({ plan: { ...plan, ...changes } })}
            errorOf={fieldErrorOf(error, 'coverage')}
          />
        </fieldset>
      )}

      {shows(3) && (
        <fieldset>
          <legend>{w.first}</legend>
          <p className="hint">{w.firstHint}</p>
          <OpinionFields
            prefix="first-opinion"
            values={first}
            onChange={(changes) => set({ first: { ...first, ...changes } })}
            errorOf={fieldErrorOf(error, 'firstOpinion')}
            full={false}
            first
          />
        </fieldset>
      )}

      {all || last ? (
        <>
          {!all && (
            <p>
              <button type="button" className="secondary" onClick={() => goTo(part - 1)}>
                {w.partBack}
              </button>
            </p>
          )}
          <SubmitRow problem={formProblemOf(error, t)} sending={sending} label={w.submit} />
        </>
      ) : (
        <>
          {missing && (
            <p role="alert" className="problem">
              {w.needNameAndQuestion}
            </p>
          )}
          <div className="actions">
            {part > 0 && (
              <button type="button" className="secondary" onClick={() => goTo(part - 1)}>
                {w.partBack}
              </button>
            )}
            <button type="submit">{w.partNext}</button>
          </div>
        </>
      )}
    </form>
  );
}

/**
 * Which part of the form shows: one at a time (the heading takes the focus when it changes, so a
 * screen reader starts there), or all at once for those who prefer one long form. A box the server
 * turns down brings its part back into view.
 */
function useParts(error: unknown) {
  const [view, setView] = useState({ part: 0, all: false });
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [view.part]);
  useEffect(() => {
    if (error instanceof ApiError && error.field !== undefined) {
      const part = partOfField(error.field);
      setView((v) => (v.all ? v : { ...v, part }));
    }
  }, [error]);
  const last = view.part === opinionCaseParts.length - 1;
  return {
    ...view,
    last,
    heading,
    shows: (index: number) => view.all || view.part === index,
    goTo: (part: number) => {
      moved.current = true;
      setView((v) => ({ ...v, part: Math.max(0, Math.min(part, opinionCaseParts.length - 1)) }));
    },
    toggleAll: () => setView((v) => ({ ...v, all: !v.all })),
  };
}
