import { useEffect, useState } from 'react';
import type { Opinion } from '../../src/opinions/opinion.js';
import { api, ApiError } from './api.js';
import { useT } from './i18n/messages.js';
import { fieldErrorOf, formProblemOf } from './opinion-errors.js';
import { OpinionFields } from './opinion-fields.js';
import { opinionInputOf, opinionValuesOf } from './opinion-values.js';
import { SubmitRow } from './submit-row.js';
import { useSubmit } from './opinion-submit.js';

/**
 * Adds a doctor's opinion to the case, or (`opinion`) changes one. A wrong ICD-10 code or a
 * missing doctor comes back from the server and shows under its box; the focus goes there.
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
  const [values, setValues] = useState(() => opinionValuesOf(opinion));
  const prefix = opinion ? `opinion-${opinion.id}` : 'new-opinion';
  const { submit, sending, error } = useSubmit(async () => {
    const input = opinionInputOf(values);
    const saved = opinion
      ? await api.opinions.changeOpinion(caseId, opinion.id, input)
      : await api.opinions.addOpinion(caseId, input);
    if (!opinion) setValues(opinionValuesOf());
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
        onChange={(changes) => setValues((v) => ({ ...v, ...changes }))}
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
          <button type="button" className="secondary" onClick={onCancel}>
            {t.common.cancel}
          </button>
        </p>
      )}
    </form>
  );
}
