import { ratingKindIds, type Opinion } from '../../src/opinions/opinion.js';
import { formatDate } from './format.js';
import { useT, type Messages } from './i18n/messages.js';

/** "Opinion 2: Dr. Rivera" — opinion 1 is the first doctor's. */
export function opinionName(t: Messages, opinion: Opinion): string {
  return t.opinions.facts.name(opinion.position, opinion.doctor);
}

/**
 * What one doctor said, as a list of facts with "Not given" where the person left a box empty;
 * `ratings` adds how the visit felt. Everything the person typed is shown as text.
 */
export function OpinionFacts({ opinion, ratings = true }: { opinion: Opinion; ratings?: boolean }) {
  const { facts: w, labels } = useT().opinions;
  const diagnosis = [opinion.diagnosis, opinion.diagnosisCode && `(${opinion.diagnosisCode})`]
    .filter(Boolean)
    .join(' ');
  const rows: (readonly [string, string, string | null])[] = [
    ['where', w.where, [opinion.institution, opinion.specialty].filter(Boolean).join(' · ')],
    ['focus', w.focus, opinion.focus],
    ['visit', w.visit, opinion.date && formatDate(opinion.date)],
    ['diagnosis', w.diagnosis, diagnosis || null],
    ['recommends', w.recommends, opinion.treatment],
    ['alternatives', w.otherOptions, opinion.alternatives],
    ['risks', w.risksAndBenefits, opinion.risksAndBenefits],
    ['urgency', w.howSoon, opinion.urgency && labels.urgencies[opinion.urgency]],
    ['why', w.why, opinion.reasoning],
    ['tests', w.testsOrdered, opinion.testsOrdered],
    ['notes', w.yourNotes, opinion.notes],
  ];
  return (
    <>
      <dl className="details opinion-facts">
        {rows.map(([key, label, value]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd className={value ? undefined : 'unknown'} dir={value ? 'auto' : undefined}>
              {value || w.notGiven}
            </dd>
          </div>
        ))}
      </dl>
      {(opinion.sameGroupAsFirst || opinion.referredByFirst) && (
        <p className="hint">
          {opinion.sameGroupAsFirst && w.sameGroup}
          {opinion.referredByFirst && w.referredBy}
        </p>
      )}
      {ratings && <RatingsList opinion={opinion} />}
    </>
  );
}

/** The person's own ratings, "4 of 5", or "not rated". */
export function RatingsList({ opinion }: { opinion: Opinion }) {
  const { facts: w, labels } = useT().opinions;
  return (
    <dl className="details ratings">
      {ratingKindIds.map((kind) => {
        const score = opinion.ratings[kind];
        return (
          <div key={kind}>
            <dt>{labels.ratings[kind]}</dt>
            <dd className={score === null ? 'unknown' : undefined}>
              {score === null ? w.notRated : w.score(String(score))}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
