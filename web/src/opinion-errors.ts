import { ApiError } from './api.js';
import type { Messages } from './i18n/messages.js';

/**
 * The server's message for one field, by the field's name: an error on `diagnosisCode` (or on
 * `firstOpinion.diagnosisCode`, when the case form sends the first opinion) shows under that box.
 * `within` names the group the form sends its fields in (`firstOpinion`, `coverage`).
 */
export function fieldErrorOf(error: unknown, within?: string) {
  return (name: string): string | undefined => {
    if (!(error instanceof ApiError) || error.field === undefined) return undefined;
    const path = within ? `${within}.${name}` : name;
    if (error.field !== path) return undefined;
    // The server may say "diagnosisCode: is not …"; next to the box the name is already shown.
    return error.message.startsWith(`${error.field}: `)
      ? error.message.slice(error.field.length + 2)
      : error.message;
  };
}

/** The message to show above the button when the error is not about one box of this form. */
export function formProblemOf(error: unknown, t: Messages): string | null {
  if (error === null || error === undefined) return null;
  if (error instanceof ApiError && error.field !== undefined) return t.opinions.field.fixBox;
  return (error as Error).message;
}
