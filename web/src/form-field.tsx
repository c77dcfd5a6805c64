import type { ChangeEvent, ReactNode } from 'react';
import { controlId, type FieldDef } from './case-fields.js';
import { useT } from './i18n/messages.js';

/**
 * One labelled control of a case field, with its hint and its error. The error sits between the
 * label and the control, and both hint and error are tied to the control by aria-describedby. A page
 * may add a note of its own under the label (`extra`: where a value was read, how sure it is).
 */
export function FormField({
  field,
  value,
  error,
  onChange,
  extra,
}: {
  field: FieldDef;
  value: string;
  error: string | undefined;
  onChange: (path: string, value: string) => void;
  extra?: ReactNode;
}) {
  const words = useT().cases.form;
  const id = controlId(field);
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const extraId = extra ? `${id}-extra` : undefined;
  const describedBy = [errorId, extraId, hintId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: field.path,
    value,
    required: field.required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      onChange(field.path, event.target.value),
  };

  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>
        {field.label}
        {field.required && <span className="required">{words.required}</span>}
      </label>
      {extra && (
        <div id={extraId} className="field-extra">
          {extra}
        </div>
      )}
      {field.hint && (
        <p id={hintId} className="hint">
          {field.hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">{words.error}</span>
          {error}
        </p>
      )}
      <Control field={field} common={common} onValue={(v) => onChange(field.path, v)} />
    </div>
  );
}

type Common = {
  id: string;
  name: string;
  value: string;
  required: boolean | undefined;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
  onChange: (
    event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>,
  ) => void;
};

function Control({
  field,
  common,
  onValue,
}: {
  field: FieldDef;
  common: Common;
  onValue: (value: string) => void;
}) {
  const words = useT().cases.form;
  switch (field.kind) {
    case 'choice':
      return (
        <select {...common}>
          <option value="">{field.required ? words.chooseOne : words.notSure}</option>
          {Object.entries(field.choices ?? {}).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      );
    case 'long-text':
      return <textarea {...common} rows={4} maxLength={field.maxLength} />;
    case 'date':
      return <input {...common} type="date" className="input-date" />;
    case 'date-time':
      return <DayAndTime common={common} onValue={onValue} />;
    case 'days':
      return (
        <input
          {...common}
          type="number"
          inputMode="numeric"
          min={1}
          max={3650}
          step={1}
          className="input-short"
        />
      );
    case 'money':
      return (
        <input
          {...common}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="input-short"
        />
      );
    case 'codes':
      return <input {...common} type="text" autoComplete="off" spellCheck={false} />;
    case 'text':
      return <input {...common} type="text" maxLength={field.maxLength} autoComplete="off" />;
  }
}

/**
 * A day and, if known, a clock time, kept as one value: `2026-11-26` or `2026-11-26T09:30`. The
 * question's label names the day; the time has its own. Changing only the day keeps the rest of a
 * stored value (seconds, an offset) as it was.
 */
function DayAndTime({ common, onValue }: { common: Common; onValue: (value: string) => void }) {
  const words = useT().cases.form;
  const [day = '', rest = ''] = splitOnce(common.value, 'T');
  const timeId = `${common.id}-time`;
  const join = (d: string, t: string) => (t ? `${d}T${t}` : d);
  return (
    <div className="day-and-time">
      <input
        {...common}
        value={day}
        type="date"
        className="input-date"
        onChange={(event) => onValue(join(event.target.value, rest))}
      />
      <div>
        <label htmlFor={timeId} className="sub-label">
          {words.time}
        </label>
        <input
          id={timeId}
          name={`${common.name}.time`}
          type="time"
          className="input-time"
          value={rest.slice(0, 5)}
          aria-describedby={common['aria-describedby']}
          onChange={(event) => onValue(join(day, event.target.value))}
        />
      </div>
    </div>
  );
}

function splitOnce(value: string, separator: string): [string, string] {
  const at = value.indexOf(separator);
  return at < 0 ? [value, ''] : [value.slice(0, at), value.slice(at + 1)];
}
