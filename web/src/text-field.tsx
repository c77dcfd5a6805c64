import { useT } from './i18n/messages.js';

/**
 * One labelled text box that is not a case field (those use `FormField`): a line, or several
 * lines. A hint is tied to the box; `dir="auto"` lets right-to-left text read the right way.
 */
export function TextField({
  id,
  label,
  hint,
  value,
  onChange,
  lines,
  type = 'text',
  autoComplete,
  className,
  required = false,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  /** Rows of a multi-line box; a one-line box when not given. */
  lines?: number;
  type?: 'text' | 'tel' | 'email';
  autoComplete?: string;
  className?: string;
  required?: boolean;
}) {
  const words = useT().cases.form;
  const hintId = hint ? `${id}-hint` : undefined;
  const common = {
    id,
    dir: 'auto',
    value,
    className,
    required: required || undefined,
    'aria-describedby': hintId,
  } as const;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span className="required">{words.required}</span>}
      </label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {lines ? (
        <textarea {...common} rows={lines} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          autoComplete={autoComplete}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}
