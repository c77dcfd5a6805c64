import { useState } from 'react';
import {
  goalIds,
  questionKindIds,
  type CheckAnswers,
  type ConditionKind,
  type Goal,
  type QuestionKind,
} from '../../src/opinions/second-opinion.js';
import type { NewOpinionCase } from './api.js';
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
 * doctor's view (opinion 1). Only the name and the question are needed to start.
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
  const [values, setValues] = useState(emptyCase);
  const [plan, setPlan] = useState(() => coverageValuesOf(null));
  const [first, setFirst] = useState(() => opinionValuesOf());
  const { submit, sending, error } = useSubmit(() =>
    onSubmit(newOpinionCaseOf(values, plan, first, check)),
  );
  const set = (changes: Partial<CaseValues>) => setValues((v) => ({ ...v, ...changes }));
  const errorOf = fieldErrorOf(error);

  return (
    <form className="case-form opinion-case-form" onSubmit={submit} noValidate>
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
              set({ goals: on ? [...values.goals, goal] : values.goals.filter((g) => g !== goal) })
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

      <fieldset>
        <legend>{w.plan}</legend>
        <p className="hint">{w.planHint}</p>
        <CoverageFields
          prefix="opinion"
          values={plan}
          onChange={(changes) => setPlan((p) => ({ ...p, ...changes }))}
          errorOf={fieldErrorOf(error, 'coverage')}
        />
      </fieldset>

      <fieldset>
        <legend>{w.first}</legend>
        <p className="hint">{w.firstHint}</p>
        <OpinionFields
          prefix="first-opinion"
          values={first}
          onChange={(changes) => setFirst((f) => ({ ...f, ...changes }))}
          errorOf={fieldErrorOf(error, 'firstOpinion')}
          full={false}
          first
        />
      </fieldset>

      <SubmitRow problem={formProblemOf(error, t)} sending={sending} label={w.submit} />
    </form>
  );
}
