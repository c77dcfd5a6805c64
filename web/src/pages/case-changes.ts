import type { CasePatch } from '../api.js';
import { caseFields, valueAt, type FieldShape } from '../case-fields.js';
import { caseBody, parseField, type FormValues } from './case-form.js';

/**
 * Case details as the form holds them, and what a person changed in the form: "Change details"
 * sends only the changed fields of a case, and checking a letter sends only the fields changed from
 * what was read.
 */

/** A value in a field's control: codes as "97110, 97140", dollars as "1240.50", null as "". */
function controlValue(field: FieldShape, value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'number') return field.kind === 'money' ? value.toFixed(2) : String(value);
  return typeof value === 'string' ? value : '';
}

/** The form's values for case details in the API's shape (a case, or the case a letter proposes). */
export function formValuesOf(details: object): FormValues {
  return Object.fromEntries(
    caseFields.map((field) => [field.path, controlValue(field, valueAt(details, field.path))]),
  );
}

/** Typed text compared as the API would read it: "97110,97140" is the same as "97110, 97140". */
export function sameValue(field: FieldShape, a: string, b: string): boolean {
  if (field.kind !== 'codes') return a.trim() === b.trim();
  const codes = (raw: string) => (parseField(field, raw) as string[]).join(',').toUpperCase();
  return codes(a) === codes(b);
}

/** The fields changed since `loaded` as a patch; an emptied field is cleared (codes: none left). */
export function changesFrom(loaded: FormValues, values: FormValues): CasePatch {
  return caseBody(values, (field, raw) => {
    if (sameValue(field, loaded[field.path] ?? '', raw)) return undefined;
    if (raw) return parseField(field, raw);
    return field.kind === 'codes' ? [] : null;
  });
}
