import { z } from 'zod';
import { fundingIds, programIds } from '../cases/case-terms.js';
import { langField } from '../common/lang-field.js';
import { limits } from '../common/limits.js';
import { usStateCodes } from '../common/us-states.js';
import { bodyObject } from '../common/validation.js';
import { correctionKeys, splitCorrectionKey, type FieldKind } from './state-help-corrections.js';
import { helpNetworkTypeIds } from './state-help.js';

/** What people send to ask for state help or to correct it: one set of schemas for HTTP and CLI. */

export const stateCodeMessage = `must be a two-letter US state code, such as CA, TX or DC (one of ${usStateCodes.join(', ')})`;

export const helpState = z
  .string()
  .trim()
  .toUpperCase()
  .pipe(z.enum(usStateCodes, { error: stateCodeMessage }));

export const stateHelpParams = z.object({ state: helpState });

const oneOf = <T extends readonly [string, ...string[]]>(ids: T) =>
  z.enum(ids, { error: `must be one of: ${ids.join(', ')}` });

/** `?network=hmo&program=employer-group&funding=self-funded&lang=es`; each may be left out. */
export const stateHelpQuery = z.strictObject({
  network: oneOf(helpNetworkTypeIds).optional(),
  program: oneOf(programIds).optional(),
  funding: oneOf(fundingIds).optional(),
  lang: langField,
});
export type StateHelpQuery = z.output<typeof stateHelpQuery>;

/** `?lang=es` on a case's state help, whose facts come from the case. */
export const caseStateHelpQuery = z.strictObject({ lang: langField });

/** `555-555-5555`, from any way of writing a 10-digit US number (a leading 1 is dropped). */
export function normalizedPhone(value: string): string | null {
  if (!/^[\d\s().+-]+$/.test(value)) return null;
  const digits = value.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  return digits.length === 10
    ? `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`
    : null;
}

function webLink(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

const kindMessages: Record<FieldKind, string> = {
  text: `must be 1 to ${limits.name} characters`,
  phone: 'must be a 10-digit US phone number, such as 800-555-0100',
  url: 'must be a web address starting with https:// or http://',
};

function normalized(kind: FieldKind, value: string): string | null {
  switch (kind) {
    case 'phone':
      return normalizedPhone(value);
    case 'url':
      return webLink(value);
    case 'text':
      return value.length <= limits.name ? value : null;
  }
}

/** A correction: which field, the right value (checked for its kind), and an optional note. */
export const correctionRequest = z
  .strictObject(
    {
      key: z.enum(correctionKeys, {
        error: `must be one of: ${correctionKeys.join(', ')}`,
      }),
      value: z.string().trim().min(1, 'must not be empty').max(limits.shortText),
      note: z.string().trim().max(limits.shortText).optional(),
    },
    bodyObject,
  )
  .transform((input, ctx) => {
    const kind = splitCorrectionKey(input.key)?.kind ?? 'text';
    const value = normalized(kind, input.value);
    if (value === null) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: kindMessages[kind] });
      return z.NEVER;
    }
    return { key: input.key, value, note: input.note || null };
  });
export type CorrectionRequest = z.output<typeof correctionRequest>;

export const correctionParams = z.object({ id: z.string().min(1).max(100) });
