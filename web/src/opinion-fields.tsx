import { ratingKindIds, type Match } from '../../src/opinions/opinion.js';
import { useT, type Messages } from './i18n/messages.js';
import { CheckField, InputField, SelectField } from './opinion-field.js';
import type { OpinionText, OpinionValues } from './opinion-values.js';

/** Words for 1 to 5: the person's own rating of the visit (the ends are named). */
const ratingWordsOf = (w: Messages['opinions']['fields']) =>
  [w.ratingLowest, '2', '3', '4', w.ratingHighest] as const;

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
  const t = useT().opinions;
  const w = t.fields;
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
      {text('doctor', w.doctor, { required: true })}
      {text('institution', w.institution, { required: true })}
      {text('specialty', w.specialty, { hint: w.specialtyHint })}
      {full && text('focus', w.focus, { hint: w.focusHint })}
      {full && (
        <InputField
          id={`${prefix}-date`}
          label={w.date}
          type="date"
          value={values.date}
          error={errorOf('date')}
          onChange={(date) => onChange({ date })}
        />
      )}
      {text('diagnosis', w.diagnosis, { lines: 2 })}
      {text('diagnosisCode', w.diagnosisCode, { hint: w.diagnosisCodeHint })}
      {text('treatment', w.treatment, { lines: 3 })}
      {full && text('alternatives', w.alternatives, { lines: 2 })}
      {full && text('risksAndBenefits', w.risksAndBenefits, { lines: 2 })}
      {full && (
        <SelectField
          id={`${prefix}-urgency`}
          label={w.urgency}
          choices={t.labels.urgencies}
          value={values.urgency}
          error={errorOf('urgency')}
          onChange={(urgency) => onChange({ urgency })}
        />
      )}
      {text('reasoning', w.reasoning, { lines: 3, hint: w.reasoningHint })}
      {full && text('testsOrdered', w.testsOrdered, { lines: 2 })}
      {full && !first && <RelationToFirst prefix={prefix} values={values} onChange={onChange} />}
      {full && <VisitRatings prefix={prefix} values={values} onChange={onChange} />}
      {full && text('notes', w.notes, { lines: 3 })}
    </>
  );
}

const matches: readonly Match[] = ['same', 'different', null];

/** What each part of the opinion form is given. */
interface PartProps {
  readonly prefix: string;
  readonly values: OpinionValues;
  readonly onChange: (changes: Partial<OpinionValues>) => void;
}

/** How this doctor stands to the first one, and whether they said the same thing. */
function RelationToFirst({ prefix, values, onChange }: PartProps) {
  const w = useT().opinions.fields;
  const matchGroup = (name: 'diagnosisMatchesFirst' | 'treatmentMatchesFirst', legend: string) => (
    <fieldset className="inner-fieldset">
      <legend>{legend}</legend>
      <ul className="choice-list inline">
        {matches.map((match) => {
          const choice = match ?? 'unsure';
          const id = `${prefix}-${name}-${choice}`;
          return (
            <li key={choice}>
              <input
                type="radio"
                id={id}
                name={`${prefix}-${name}`}
                checked={values[name] === match}
                onChange={() => onChange({ [name]: match })}
              />
              <label htmlFor={id}>{w.match[choice]}</label>
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
        label={w.sameGroup}
        hint={w.sameGroupHint}
        checked={values.sameGroupAsFirst}
        onChange={(sameGroupAsFirst) => onChange({ sameGroupAsFirst })}
      />
      <CheckField
        id={`${prefix}-referredByFirst`}
        label={w.referredBy}
        checked={values.referredByFirst}
        onChange={(referredByFirst) => onChange({ referredByFirst })}
      />
      {matchGroup('diagnosisMatchesFirst', w.diagnosisSame)}
      {matchGroup('treatmentMatchesFirst', w.adviceSame)}
    </>
  );
}

/** The person's own ratings, each a group of radio buttons from 1 to 5, or not rated. */
function VisitRatings({ prefix, values, onChange }: PartProps) {
  const { fields: w, labels } = useT().opinions;
  const ratingWords = ratingWordsOf(w);
  return (
    <fieldset className="inner-fieldset">
      <legend>{w.visitFelt}</legend>
      <p className="hint">{w.visitFeltHint}</p>
      {ratingKindIds.map((kind) => (
        <fieldset key={kind} className="rating-group">
          <legend>{labels.ratings[kind]}</legend>
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
                  <label htmlFor={id}>{score === null ? w.notRated : ratingWords[score - 1]}</label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </fieldset>
  );
}
