import { z } from 'zod';
import { limits } from '../common/limits.js';
import { bodyObject } from '../common/validation.js';

export const noteInput = z.strictObject(
  {
    body: z
      .string({ error: 'is required' })
      .trim()
      .min(1, 'is required: write the note')
      .max(limits.longText, `must be ${limits.longText} characters or fewer`),
  },
  bodyObject,
);
export type NoteInput = z.output<typeof noteInput>;
