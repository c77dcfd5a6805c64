import { useEffect } from 'react';
import type { Opinion } from '../../src/opinions/opinion.js';
import { api, ApiError } from './api.js';
import { useT } from './i18n/messages.js';
import { fieldErrorOf, formProblemOf } from './opinion-errors.js';
import { OpinionFields } from './opinion-fields.js';
import { opinionInputOf, opinionValuesOf } from './opinion-values.js';
import { SubmitRow } from './submit-row.js';
import { useDraft, versionOf } from './use-draft.js';
import { useSubmit } from './opinion-submit.js';

/**
 * Adds a doctor's opinion to the case, or (`opinion`) changes one. A wrong ICD-10 code or a
 * missing doctor comes back from the server and shows under its box; the focus goes there. What
 * was typed is kept in this browser until it is saved (or cancelled).
 */
export function OpinionForm({
  caseId,
  opinion,
  first,
  onSaved,
  onCancel,
}: {
  caseId: string;
  opinion?: Opinion;
  first: boolean;
  onSaved: (opinion: Opinion) => void;
  onCancel?: () => void;
}) {
  const t = useT();
  const start = opinionValuesOf(opinion);
  // Changes to an opinion are kept with the version of it they were typed over: if it changed
  // since, the draft is dropped rather than bringing old values back.
  const [values, change, clear] = useDraft(
    opinion ? `opinion:${caseId}:${opinion.id}` : `opinion:${caseId}`,
    start,
    opinion ? { version: versionOf(start) } : {},
  );
  const prefix = opinion ? `opinion-${opinion.id}` : 'new-opinion';
  const { submit, sending, error } = useSubmit(async () => {
    const input = opinionInputOf(values);
    const saved = opinion
      ? await api.opinions.changeOpinion(caseId, opinion.id, input)
      : await api.opinions.addOpinion(caseId, input);
    clear();
    onSaved(saved);
  });
  const errorOf = fieldErrorOf(error);
  // The box the server found wrong gets the cursor, under its message.
  useEffect(() => {
    if (error instanceof ApiError && error.field)
      document.getElementById(`${prefix}-${error.field}`)?.focus();
  }, [error, prefix]);

  return (
    <form className="opinion-form" onSubmit={submit} noValidate>
      <OpinionFields
        prefix={prefix}
        values={values}
        onChange={change}
        errorOf={errorOf}
        full
        first={first}
      />
      <SubmitRow
        problem={formProblemOf(error, t)}
        sending={sending}
        label={opinion ? t.opinions.cards.saveChanges : t.opinions.cards.add}
      />
      {onCancel && (
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              // Cancelling throws the typed changes away, as the person asked.
              clear();
              onCancel();
            }}
          >
            {t.common.cancel}
          </button>
        </p>
      )}
    </form>
  );
}
