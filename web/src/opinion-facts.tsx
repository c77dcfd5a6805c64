import { ratingKindIds, ratingKinds, urgencies, type Opinion } from '../../src/opinions/opinion.js';
import { formatDate } from './format.js';

/** "Opinion 2: Dr. Rivera" — opinion 1 is the first doctor's. */
export function opinionName(opinion: Opinion): string {
  return opinion.position === 1
    ? `Opinion 1 (first doctor): ${opinion.doctor}`
    : `Opinion ${opinion.position}: ${opinion.doctor}`;
}

/**
 * What one doctor said, as a list of facts with "Not given" where the person left a box empty;
 * `ratings` adds how the visit felt. Everything the person typed is shown as text.
 */
export function OpinionFacts({ opinion, ratings = true }: { opinion: Opinion; ratings?: boolean }) {
  const diagnosis = [opinion.diagnosis, opinion.diagnosisCode && `(${opinion.diagnosisCode})`]
    .filter(Boolean)
    .join(' ');
  const rows: (readonly [string, string | null])[] = [
    ['Where', [opinion.institution, opinion.specialty].filter(Boolean).join(' · ')],
    ['Focus', opinion.focus],
    ['Visit', opinion.date && formatDate(opinion.date)],
    ['Diagnosis', diagnosis || null],
    ['Recommends', opinion.treatment],
    ['Other options', opinion.alternatives],
    ['Risks and benefits', opinion.risksAndBenefits],
    ['How soon', opinion.urgency && urgencies[opinion.urgency]],
    ['Why', opinion.reasoning],
    ['Tests ordered', opinion.testsOrdered],
    ['Your notes', opinion.notes],
  ];
  return (
    <>
      <dl className="details opinion-facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className={value ? undefined : 'unknown'} dir={value ? 'auto' : undefined}>
              {value || 'Not given'}
            </dd>
          </div>
        ))}
      </dl>
      {(opinion.sameGroupAsFirst || opinion.referredByFirst) && (
        <p className="hint">
          {opinion.sameGroupAsFirst && 'Same group as the first doctor. '}
          {opinion.referredByFirst && 'Sent by the first doctor.'}
        </p>
      )}
      {ratings && <RatingsList opinion={opinion} />}
    </>
  );
}

/** The person's own ratings, "4 of 5", or "not rated". */
export function RatingsList({ opinion }: { opinion: Opinion }) {
  return (
    <dl className="details ratings">
      {ratingKindIds.map((kind) => {
        const score = opinion.ratings[kind];
        return (
          <div key={kind}>
            <dt>{ratingKinds[kind]}</dt>
            <dd className={score === null ? 'unknown' : undefined}>
              {score === null ? 'Not rated' : `${score} of 5`}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
