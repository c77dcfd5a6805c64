import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../api.js';
import {
  caseFields,
  caseFieldsIn,
  caseSectionsIn,
  controlId,
  fieldAt,
  type FieldDef,
  type FieldShape,
} from '../case-fields.js';
import { FormField } from '../form-field.js';
import { fieldMessage } from '../format.js';
import { useT, type Messages } from '../i18n/messages.js';
import { Link } from '../router.js';
import { useDraft, versionOf } from '../use-draft.js';
import { useSendOnce } from '../use-send-once.js';

/**
 * The form of a case's details, shared by "New case" and "Change details": its fieldsets, the
 * required-field checks, the server's field errors (at the field, with the focus), a guard against
 * a double submit, a problem for the form as a whole, and the typed draft kept until it is sent.
 * What the values are for is the page's.
 */

/** What is in each field's control, by dotted path (`plan.memberId`), as typed. */
export type FormValues = Readonly<Record<string, string>>;
type Errors = Readonly<Record<string, string>>;

/** A field's typed text as the API wants it (the API checks and normalizes every field again). */
export function parseField(field: FieldShape, raw: string): unknown {
  switch (field.kind) {
    case 'codes':
      return raw.split(/[\s,;]+/).filter(Boolean);
    case 'days':
      return Number(raw);
    case 'money': // The API reads "$1,240.00" as people write it.
    case 'text':
    case 'long-text':
    case 'date':
    case 'date-time':
    case 'choice':
      return raw;
  }
}

/**
 * The API's nested shape (`{ plan: { memberId: … } }`) of the fields `valueOf` gives a value for;
 * a field whose value is undefined is left out.
 */
export function caseBody(
  values: FormValues,
  valueOf: (field: FieldShape, raw: string) => unknown,
): Record<string, Record<string, unknown>> {
  const body: Record<string, Record<string, unknown>> = {};
  for (const field of caseFields) {
    const value = valueOf(field, (values[field.path] ?? '').trim());
    if (value === undefined) continue;
    const [section = '', key = ''] = field.path.split('.');
    body[section] = { ...body[section], [key]: value };
  }
  return body;
}

function missingRequired(values: FormValues, t: Messages): Errors {
  const errors: Record<string, string> = {};
  for (const field of caseFieldsIn(t)) {
    if (field.required && !(values[field.path] ?? '').trim()) {
      errors[field.path] =
        field.kind === 'choice'
          ? t.cases.form.chooseField(field.label)
          : t.cases.form.enterField(field.label);
    }
  }
  return errors;
}

export function CaseForm({
  initial,
  draftKey,
  submitLabel,
  sendingLabel,
  cancelHref,
  onSubmit,
  problem,
  fieldExtra,
}: {
  initial: FormValues;
  /** Where what was typed waits in this browser until it is sent (`new-case`, `edit-case:ID`…). */
  draftKey: string;
  submitLabel: string;
  sendingLabel: string;
  cancelHref: string;
  /** Sends the values; an `ApiError` naming a field is shown at that field. */
  onSubmit: (values: FormValues) => Promise<void>;
  /** What to say when sending failed for the form as a whole (the values are what was typed). */
  problem: (error: Error, values: FormValues) => ReactNode;
  /** A page's own note under a field's label, if any. */
  fieldExtra?: (field: FieldDef) => ReactNode;
}) {
  const t = useT();
  // What was typed stays in this browser until it is sent (a reload, leaving the page, a server
  // error never loses it), kept with the version of the details it was typed over: if the case
  // changed on the server since, the draft is dropped rather than bringing old values back.
  const [values, changeValues, clearValues] = useDraft<FormValues>(draftKey, initial, {
    version: versionOf(initial),
  });
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<Error | null>(null);
  const { sending, send } = useSendOnce();
  const focusNext = useRef<string | null>(null);
  const formErrorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'form') formErrorRef.current?.focus();
    else if (target) document.getElementById(target)?.focus();
  }, [errors, formError]);

  const change = (path: string, value: string) => changeValues({ [path]: value });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = missingRequired(values, t);
    const firstMissing = caseFields.find((f) => missing[f.path]);
    if (firstMissing) {
      focusNext.current = controlId(firstMissing);
      setFormError(null);
      setErrors(missing);
      return;
    }
    void send(async () => {
      try {
        await onSubmit(values);
        clearValues();
      } catch (error) {
        const field =
          error instanceof ApiError && error.field ? fieldAt(error.field, t) : undefined;
        if (field && error instanceof ApiError && error.field) {
          focusNext.current = controlId(field);
          setFormError(null);
          setErrors({ [field.path]: fieldMessage(field, error.field, error.message) });
        } else {
          focusNext.current = 'form';
          setErrors({});
          setFormError(error instanceof Error ? error : new Error(String(error)));
        }
      }
    });
  };

  return (
    <form className="case-form" noValidate onSubmit={submit}>
      {caseSectionsIn(t).map((section) => (
        <fieldset key={section.id}>
          <legend>{section.title}</legend>
          {section.fields.map((field) => (
            <FormField
              key={field.path}
              field={field}
              value={values[field.path] ?? ''}
              error={errors[field.path]}
              onChange={change}
              extra={fieldExtra?.(field)}
            />
          ))}
        </fieldset>
      ))}
      {formError && (
        <div ref={formErrorRef} tabIndex={-1} role="alert" className="problem">
          {problem(formError, values)}
        </div>
      )}
      <div className="actions">
        <button type="submit" disabled={sending}>
          {sending ? sendingLabel : submitLabel}
        </button>
        {/* Cancelling throws the typed changes away, as the person asked. */}
        <Link href={cancelHref} onClick={clearValues}>
          {t.common.cancel}
        </Link>
      </div>
    </form>
  );
}
