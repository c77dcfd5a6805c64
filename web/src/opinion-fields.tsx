import { ratingKindIds, ratingKinds, urgencies, type Match } from '../../src/opinions/opinion.js';
import { CheckField, InputField, SelectField } from './opinion-field.js';
import type { OpinionText, OpinionValues } from './opinion-values.js';

/** Words for 1 to 5: the person's own rating of the visit. */
const ratingWords = ['1 – not at all', '2', '3', '4', '5 – completely'] as const;

/**
 * The boxes of one doctor's opinion: who, what they found and advise and why, and (`full`) how it
 * compares with the first doctor's and how the visit felt. `prefix` keeps ids apart when two forms
 * are on one page; `errorOf` gives the server's message for a field by its name.
 */
export function OpinionFields({
  prefix,
  values,
  onChange,
  errorOf,
  full,
  first,
}: {
  prefix: string;
  values: OpinionValues;
  onChange: (changes: Partial<OpinionValues>) => void;
  errorOf: (name: string) => string | undefined;
  /** All the boxes; else only the essentials (when a case opens with the first doctor's view). */
  full: boolean;
  /** This is the first doctor's opinion: nothing to compare it with. */
  first: boolean;
}) {
  const text = (
    name: OpinionText,
    label: string,
    more: { hint?: string; lines?: number; required?: boolean } = {},
  ) => (
    <InputField
      id={`${prefix}-${name}`}
      label={label}
      value={values[name]}
      error={errorOf(name)}
      onChange={(value) => onChange({ [name]: value })}
      {...more}
    />
  );
  return (
    <>
      {text('doctor', 'Doctor’s name', { required: true })}
      {text('institution', 'Hospital, clinic or practice', { required: true })}
      {text('specialty', 'Specialty', { hint: 'For example: orthopedic surgery, oncology.' })}
      {full &&
        text('focus', 'What this doctor focuses on', {
          hint: 'For example: knee surgery in older adults. A doctor who sees many cases like yours may notice more.',
        })}
      {full && (
        <InputField
          id={`${prefix}-date`}
          label="Day of the visit"
          type="date"
          value={values.date}
          error={errorOf('date')}
          onChange={(date) => onChange({ date })}
        />
      )}
      {text('diagnosis', 'What the doctor thinks you have (the diagnosis)', { lines: 2 })}
      {text('diagnosisCode', 'Diagnosis code (ICD-10), if you have it', {
        hint: 'A letter and numbers, like M17.11. It is on visit notes and bills. You can leave it empty.',
      })}
      {text('treatment', 'What the doctor recommends', { lines: 3 })}
      {full && text('alternatives', 'Other options the doctor talked about', { lines: 2 })}
      {full && text('risksAndBenefits', 'Risks and benefits the doctor told you', { lines: 2 })}
      {full && (
        <SelectField
          id={`${prefix}-urgency`}
          label="How soon the doctor says to act"
          choices={urgencies}
          value={values.urgency}
          error={errorOf('urgency')}
          onChange={(urgency) => onChange({ urgency })}
        />
      )}
      {text('reasoning', 'Why the doctor thinks so', {
        lines: 3,
        hint: 'The reasons they gave: test results, what they saw, what studies show.',
      })}
      {full && text('testsOrdered', 'Tests the doctor ordered', { lines: 2 })}
      {full && !first && <RelationToFirst prefix={prefix} values={values} onChange={onChange} />}
      {full && <VisitRatings prefix={prefix} values={values} onChange={onChange} />}
      {full && text('notes', 'Your own notes', { lines: 3 })}
    </>
  );
}

const matchWords: readonly (readonly [Match, string])[] = [
  ['same', 'The same'],
  ['different', 'Different'],
  [null, 'Not sure'],
];

/** What each part of the opinion form is given. */
interface PartProps {
  readonly prefix: string;
  readonly values: OpinionValues;
  readonly onChange: (changes: Partial<OpinionValues>) => void;
}

/** How this doctor stands to the first one, and whether they said the same thing. */
function RelationToFirst({ prefix, values, onChange }: PartProps) {
  const matchGroup = (name: 'diagnosisMatchesFirst' | 'treatmentMatchesFirst', legend: string) => (
    <fieldset className="inner-fieldset">
      <legend>{legend}</legend>
      <ul className="choice-list inline">
        {matchWords.map(([match, words]) => {
          const id = `${prefix}-${name}-${match ?? 'unsure'}`;
          return (
            <li key={words}>
              <input
                type="radio"
                id={id}
                name={`${prefix}-${name}`}
                checked={values[name] === match}
                onChange={() => onChange({ [name]: match })}
              />
              <label htmlFor={id}>{words}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
  return (
    <>
      <CheckField
        id={`${prefix}-sameGroupAsFirst`}
        label="Works in the same practice, group or health system as the first doctor"
        hint="A doctor from another group is more likely to give a fresh view."
        checked={values.sameGroupAsFirst}
        onChange={(sameGroupAsFirst) => onChange({ sameGroupAsFirst })}
      />
      <CheckField
        id={`${prefix}-referredByFirst`}
        label="The first doctor sent me to this doctor"
        checked={values.referredByFirst}
        onChange={(referredByFirst) => onChange({ referredByFirst })}
      />
      {matchGroup('diagnosisMatchesFirst', 'Is the diagnosis the same as the first doctor’s?')}
      {matchGroup('treatmentMatchesFirst', 'Is the advice the same as the first doctor’s?')}
    </>
  );
}

/** The person's own ratings, each a group of radio buttons from 1 to 5, or not rated. */
function VisitRatings({ prefix, values, onChange }: PartProps) {
  return (
    <fieldset className="inner-fieldset">
      <legend>How the visit felt to you</legend>
      <p className="hint">Only you see these. They help you compare the visits later.</p>
      {ratingKindIds.map((kind) => (
        <fieldset key={kind} className="rating-group">
          <legend>{ratingKinds[kind]}</legend>
          <ul className="choice-list inline">
            {[1, 2, 3, 4, 5, null].map((score) => {
              const id = `${prefix}-rating-${kind}-${score ?? 'none'}`;
              return (
                <li key={score ?? 'none'}>
                  <input
                    type="radio"
                    id={id}
                    name={`${prefix}-rating-${kind}`}
                    checked={values.ratings[kind] === score}
                    onChange={() => onChange({ ratings: { ...values.ratings, [kind]: score } })}
                  />
                  <label htmlFor={id}>
                    {score === null ? 'Not rated' : ratingWords[score - 1]}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </fieldset>
  );
}
