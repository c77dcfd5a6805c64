import type { ReactNode } from 'react';
import { useT } from './i18n/messages.js';

/**
 * One labelled control of the second-opinion forms, with its hint and the server's error for it.
 * The case fields have `FormField` (driven by the case's field table); these forms are not case
 * fields, and their errors come back by name (`diagnosisCode`), so they carry their own.
 */
function Labelled({
  id,
  label,
  hint,
  error,
  required,
  children,
}: {
  id: string;
  label: string;
  hint: string | undefined;
  error: string | undefined;
  required: boolean;
  children: ReactNode;
}) {
  const t = useT().opinions.field;
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> {t.required}</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">{t.errorPrefix}</span>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

/** What ties a control to its hint and error, and says it is wrong. */
function described(id: string, hint: string | undefined, error: string | undefined) {
  const ids = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ');
  return { 'aria-describedby': ids || undefined, 'aria-invalid': error ? true : undefined };
}

/** A line, several lines (`lines`), or a day (`type="date"`) of the person's own words. */
export function InputField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  required = false,
  lines,
  type = 'text',
  className,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  required?: boolean;
  lines?: number;
  type?: 'text' | 'date';
  className?: string;
}) {
  const common = {
    id,
    value,
    required: required || undefined,
    className,
    ...described(id, hint, error),
  };
  return (
    <Labelled {...{ id, label, hint, error, required }}>
      {lines ? (
        <textarea
          {...common}
          dir="auto"
          rows={lines}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          {...common}
          type={type}
          dir={type === 'text' ? 'auto' : undefined}
          autoComplete="off"
          className={type === 'date' ? 'input-date' : className}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Labelled>
  );
}

/** One choice of a list, or none (`emptyLabel`; "Not sure" unless told). */
export function SelectField<T extends string>({
  id,
  label,
  choices,
  value,
  onChange,
  emptyLabel,
  hint,
  error,
}: {
  id: string;
  label: string;
  choices: Readonly<Record<T, string>>;
  value: T | '';
  onChange: (value: T | '') => void;
  emptyLabel?: string;
  hint?: string;
  error?: string;
}) {
  const t = useT().opinions.field;
  const isChoice = (v: string): v is T => Object.hasOwn(choices, v);
  return (
    <Labelled {...{ id, label, hint, error, required: false }}>
      <select
        id={id}
        value={value}
        {...described(id, hint, error)}
        onChange={(event) => onChange(isChoice(event.target.value) ? event.target.value : '')}
      >
        <option value="">{emptyLabel ?? t.notSure}</option>
        {(Object.entries(choices) as [T, string][]).map(([choice, words]) => (
          <option key={choice} value={choice}>
            {words}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

/** A yes-or-no box with its label beside it. */
export function CheckField({
  id,
  label,
  checked,
  onChange,
  hint,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  return (
    <div className="field check-field">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p id={`${id}-hint`} className="hint">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

/** The text the person typed, or null when the box is empty ("not known"). */
export const textOrNull = (value: string): string | null => value.trim() || null;
