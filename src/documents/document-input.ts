import { z } from 'zod';
import { isoDate } from '../common/dates.js';
import { limits } from '../common/limits.js';
import { bodyObject } from '../common/validation.js';
import { oneOf } from '../cases/case-input.js';
import { documentTypeIds } from './document-types.js';

/**
 * What a person may send about a document: how to file it (type, title, the date on the paper) and
 * which earlier version it replaces. One set of schemas for the HTTP API (multipart fields and
 * JSON), the CLI flags and the web app.
 */

export const documentTypeInput = oneOf(documentTypeIds);

/** A form sends "" for a field left blank: that means "not given". */
const blankIsAbsent = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const titleText = z
  .string()
  .trim()
  .max(limits.name, `must be ${limits.name} characters or fewer`)
  .transform((v) => v || null);

const documentId = z.string().trim().min(1).max(100);

/** The fields sent with a new file (multipart form fields, or CLI flags). */
export const documentAddInput = z.strictObject({
  type: z.preprocess(blankIsAbsent, documentTypeInput.optional()),
  title: z.preprocess(blankIsAbsent, titleText.optional()),
  date: z.preprocess(blankIsAbsent, isoDate.optional()),
  replaces: z.preprocess(blankIsAbsent, documentId.optional()),
});
export type DocumentAddInput = z.output<typeof documentAddInput>;

/** A change to how a document is filed; `null` clears the title or the date. */
export const documentPatchInput = z
  .strictObject(
    {
      type: documentTypeInput.optional(),
      title: titleText.nullable().optional(),
      date: isoDate.nullable().optional(),
    },
    bodyObject,
  )
  .refine((patch) => Object.keys(patch).length > 0, {
    message: 'Send at least one of: type, title, date.',
  });
export type DocumentPatchInput = z.output<typeof documentPatchInput>;

const flag = z
  .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1')
  .optional();

/** `GET /api/cases/:id/documents?allVersions=true&deleted=true` */
export const documentListQuery = z.strictObject({ allVersions: flag, deleted: flag });
export type DocumentListQuery = z.output<typeof documentListQuery>;

/** `/api/cases/:id/documents/:documentId…` */
export const documentParams = z.object({
  id: z.string().min(1).max(100),
  documentId: z.string().min(1).max(100),
});
