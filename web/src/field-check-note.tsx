import type { DraftReview } from './api.js';

/**
 * What a person should know about one field read from their letter: whether it was found and how
 * sure the reader is, in words (never colour alone); a way to see where it was found; and, for the
 * reason for the denial, the phrase that decided it.
 */

/** Fields letters rarely give but deadlines need: asked for on their own. */
const askedAnyway: Readonly<Record<string, string>> = {
  'denial.receivedDate':
    'Letters rarely say this. Add the day the letter reached you — deadlines may count from it.',
  'plan.state':
    'Letters rarely say this. Add your state — its rules can add to your rights and deadlines.',
};

export function FieldCheckNote({
  path,
  review,
  found,
  marked,
  evidence,
  onShow,
}: {
  path: string;
  /** What the reader says of this field; undefined for fields a letter is not read for. */
  review: DraftReview | undefined;
  /** Whether the letter gave a value for it. */
  found: boolean;
  /** Whether the place it was found is marked in the text. */
  marked: boolean;
  /** The words in the letter that decided this field, if any. */
  evidence: string | null;
  onShow: (path: string) => void;
}) {
  const asked = askedAnyway[path];
  if (!review) return asked ? <p className="check-note">{asked}</p> : null;
  return (
    <div className="check-note">
      <Flag review={review} found={found} />
      {marked && (
        <button type="button" className="link-button" onClick={() => onShow(path)}>
          Show in the letter
        </button>
      )}
      {evidence && <p className="evidence">Why: “{evidence}”</p>}
    </div>
  );
}

function Flag({ review, found }: { review: DraftReview; found: boolean }) {
  switch (review.check) {
    case 'missing':
      return <span className="flag flag-missing">Not found — please fill in</span>;
    case 'unsure':
      return (
        <span className="flag flag-unsure">
          Check this<span className="flag-detail"> — we are not sure we read it right</span>
        </span>
      );
    case null:
      return found ? (
        <span className="flag flag-found">
          Found<span className="flag-detail"> ({Math.round(review.confidence * 100)}% sure)</span>
        </span>
      ) : (
        <span className="flag flag-absent">Not in the letter</span>
      );
  }
}
