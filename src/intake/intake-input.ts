import { z } from 'zod';
import { langField } from '../common/lang-field.js';

/** Options of an intake request (`POST /api/intake?denial=2`, `--denial 2` on the command line). */
export const intakeQuery = z.strictObject({
  /** Which denied claim of a FHIR file holding several to read, counting from 1. */
  denial: z.coerce
    .number({ error: 'must be a number, such as 2' })
    .int('must be a whole number')
    .min(1, 'must be 1 or more')
    .optional(),
  /** Keep a document that does not read as a denial (the person says it is one). */
  anyway: z.stringbool({ error: 'must be true or false' }).optional(),
  /** The language of the draft's plain-language explanation (`?lang=es`); English when absent. */
  lang: langField,
});
export type IntakeQuery = z.output<typeof intakeQuery>;

/** Options of reading a draft back (`GET /api/intake/:id?lang=es`). */
export const draftQuery = z.strictObject({
  /** The language of the draft's plain-language explanation; English when absent. */
  lang: langField,
});
