import { z } from 'zod';
import { limits } from '../common/limits.js';
import { bodyObject } from '../common/validation.js';
import { oneOf } from '../cases/case-input.js';

export const markStates = ['done', 'not-needed'] as const;

/** `POST /api/cases/:id/evidence/:itemKey`: tick an item by hand, with a note saying why. */
export const evidenceMarkInput = z.strictObject(
  {
    state: oneOf(markStates),
    note: z
      .string()
      .trim()
      .max(limits.shortText, `must be ${limits.shortText} characters or fewer`)
      .transform((v) => v || null)
      .nullable()
      .default(null),
  },
  bodyObject,
);
export type EvidenceMarkInput = z.output<typeof evidenceMarkInput>;

/** `/api/cases/:id/evidence/:itemKey` */
export const evidenceItemParams = z.object({
  id: z.string().min(1).max(100),
  itemKey: z.string().min(1).max(100),
});
