import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError, type NewCase } from '../api.js';
import { caseFields, caseSections, controlId, fieldAt, type FieldDef } from '../case-fields.js';
import { FormField } from '../form-field.js';
import { fieldMessage } from '../format.js';
import { Link, navigate } from '../router.js';
import { useTitle } from '../use-title.js';

type Values = Readonly<Record<string, string>>;
type Errors = Readonly<Record<string, string>>;

/** What a person typed, as the API wants it: empty fields are left out ("not known"). */
function toNewCase(values: Values): NewCase {
  const body: Record<string, Record<string, unknown>> = {
    patient: {},
    plan: {},
    claim: {},
    denial: {},
  };
  for (const field of caseFields) {
    const raw = (values[field.path] ?? '').trim();
    const [section = '', key = ''] = field.path.split('.');
    if (raw && body[section]) body[section][key] = parse(field, raw);
  }
  // The API checks every field again; this shape is what it documents.
  return body as unknown as NewCase;
}

function parse(field: FieldDef, raw: string): unknown {
  switch (field.kind) {
    case 'codes':
      return raw.split(/[\s,;]+/).filter(Boolean);
    case 'days':
      return Number(raw);
    case 'money': // The API reads "$1,240.00" as people write it.
    case 'text':
    case 'long-text':
    case 'date':
    case 'choice':
      return raw;
  }
}

function missingRequired(values: Values): Errors {
  const errors: Record<string, string> = {};
  for (const field of caseFields) {
    if (field.required && !(values[field.path] ?? '').trim()) {
      errors[field.path] =
        field.kind === 'choice'
          ? `Choose the ${field.label.toLowerCase()}.`
          : `Enter the ${field.label.charAt(0).toLowerCase()}${field.label.slice(1)}.`;
    }
  }
  return errors;
}

export function NewCasePage() {
  useTitle('New case');
  const [values, setValues] = useState<Values>({});
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  // A second click before React re-renders must not open a second case.
  const sendingNow = useRef(false);
  const focusNext = useRef<string | null>(null);
  const formErrorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'form') formErrorRef.current?.focus();
    else if (target) document.getElementById(target)?.focus();
  }, [errors, formError]);

  const change = (path: string, value: string) => setValues((v) => ({ ...v, [path]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sendingNow.current) return;
    const missing = missingRequired(values);
    const firstMissing = caseFields.find((f) => missing[f.path]);
    if (firstMissing) {
      focusNext.current = controlId(firstMissing);
      setFormError(null);
      setErrors(missing);
      return;
    }
    sendingNow.current = true;
    setSending(true);
    try {
      const created = await api.createCase(toNewCase(values));
      navigate(`/cases/${encodeURIComponent(created.id)}`);
    } catch (error) {
      const field = error instanceof ApiError && error.field ? fieldAt(error.field) : undefined;
      if (field && error instanceof ApiError && error.field) {
        focusNext.current = controlId(field);
        setFormError(null);
        setErrors({ [field.path]: fieldMessage(field, error.field, error.message) });
      } else {
        focusNext.current = 'form';
        setErrors({});
        setFormError((error as Error).message);
      }
      sendingNow.current = false;
      setSending(false);
    }
  };

  return (
    <>
      <h1>New case</h1>
      <p className="lead">
        Copy in what your denial letter says. Fill in what you have: only the fields marked
        “(required)” are needed to open the case.
      </p>
      <form className="case-form" noValidate onSubmit={(event) => void submit(event)}>
        {caseSections.map((section) => (
          <fieldset key={section.id}>
            <legend>{section.title}</legend>
            {section.fields.map((field) => (
              <FormField
                key={field.path}
                field={field}
                value={values[field.path] ?? ''}
                error={errors[field.path]}
                onChange={change}
              />
            ))}
          </fieldset>
        ))}
        {formError && (
          <div ref={formErrorRef} tabIndex={-1} role="alert" className="problem">
            <p>The case was not opened. {formError}</p>
          </div>
        )}
        <div className="actions">
          <button type="submit" disabled={sending}>
            {sending ? 'Opening the case…' : 'Open the case'}
          </button>
          <Link href="/">Cancel</Link>
        </div>
      </form>
    </>
  );
}
