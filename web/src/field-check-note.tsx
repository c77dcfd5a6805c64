import type { DraftReview } from './api.js';
import { useT, type Messages } from './i18n/messages.js';

/**
 * What a person should know about one field read from their letter: whether it was found and how
 * sure the reader is, in words (never colour alone); a way to see where it was found; and, for the
 * reason for the denial, the phrase that decided it.
 */

/** Fields letters rarely give but deadlines need: asked for on their own. */
function askedAnyway(path: string, words: Messages['cases']['check']): string | undefined {
  switch (path) {
    case 'denial.receivedDate':
      return words.receivedDate;
    case 'plan.state':
      return words.state;
    default:
      return undefined;
  }
}

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
  const words = useT().cases.check;
  const asked = askedAnyway(path, words);
  if (!review) return asked ? <p className="check-note">{asked}</p> : null;
  return (
    <div className="check-note">
      <Flag review={review} found={found} />
      {marked && (
        <button type="button" className="link-button" onClick={() => onShow(path)}>
          {words.show}
        </button>
      )}
      {evidence && <p className="evidence">{words.why(evidence)}</p>}
    </div>
  );
}

function Flag({ review, found }: { review: DraftReview; found: boolean }) {
  const words = useT().cases.check;
  switch (review.check) {
    case 'missing':
      return <span className="flag flag-missing">{words.missing}</span>;
    case 'unsure':
      return (
        <span className="flag flag-unsure">
          {words.unsure}
          <span className="flag-detail">{words.unsureDetail}</span>
        </span>
      );
    case null:
      return found ? (
        <span className="flag flag-found">
          {words.found}
          <span className="flag-detail">{words.sure(Math.round(review.confidence * 100))}</span>
        </span>
      ) : (
        <span className="flag flag-absent">{words.absent}</span>
      );
  }
}
