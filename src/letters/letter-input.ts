import { z } from 'zod';
import { limits } from '../common/limits.js';
import { bodyObject } from '../common/validation.js';
import { caseLetterKinds, letterLangs } from './letter.js';

/**
 * What a person sends to write a letter or build a packet. One set of schemas for the HTTP API,
 * the CLI and the web app. Everything typed here is plain text: renderers escape it wherever it
 * lands.
 */

const line = (max: number) => z.string().trim().max(max, `must be ${max} characters or fewer`);

const lines = (maxLines: number, max: number) =>
  z.array(line(max)).max(maxLines, `must be ${maxLines} lines or fewer`);

export const senderInput = z.strictObject({
  name: line(limits.name).optional(),
  relationship: line(limits.name).optional(),
  addressLines: lines(6, limits.name).optional(),
  phone: line(40).optional(),
  email: line(limits.name).optional(),
});

/** The person's own changes to a letter before it is saved; each replaces the template's. */
export const letterEdits = z.strictObject({
  subject: line(limits.shortText).min(1, 'must not be empty').optional(),
  body: z
    .array(z.string().trim().min(1, 'must not be empty').max(limits.longText))
    .min(1, 'must have at least one paragraph')
    .max(60, 'must be 60 paragraphs or fewer')
    .optional(),
  enclosures: lines(40, limits.shortText).optional(),
  to: lines(8, limits.name).optional(),
});

export const letterRequest = z.strictObject(
  {
    kind: z.enum(caseLetterKinds, { error: `must be one of: ${caseLetterKinds.join(', ')}` }),
    /** Default: English (letters to plans, doctors and agencies go in English unless asked). */
    lang: z.enum(letterLangs, { error: 'must be en or es' }).default('en'),
    /** The language of the steps around the letter, for the person; default: the letter's. */
    guidanceLang: z.enum(letterLangs, { error: 'must be en or es' }).optional(),
    sender: senderInput.optional(),
    /** The plan's appeals address, one line each, when the person knows it. */
    appealsAddress: lines(6, limits.name).optional(),
    edits: letterEdits.optional(),
  },
  bodyObject,
);
export type LetterRequest = z.output<typeof letterRequest>;

export const packetRequest = z.strictObject(
  {
    /** The cover letter (a saved letter of the case); default: its newest appeal letter. */
    letterId: z.string().min(1).max(100).optional(),
    /** The case's documents to enclose, in order; default: all of them, oldest first. */
    documentIds: z.array(z.string().min(1).max(100)).max(100).optional(),
    /** Leave out exhibits that cannot be read (broken or locked PDFs) instead of stopping. */
    skipUnreadable: z.boolean().default(false),
    faxCover: z
      .strictObject({
        to: line(limits.name).min(1, 'is required'),
        fax: line(40).min(1, 'is required'),
        from: line(limits.name).optional(),
        phone: line(40).optional(),
        note: line(limits.shortText).optional(),
      })
      .optional(),
  },
  bodyObject,
);
export type PacketRequest = z.output<typeof packetRequest>;

/** `/api/cases/:id/letters/:letterId` */
export const letterParams = z.object({
  id: z.string().min(1).max(100),
  letterId: z.string().min(1).max(100),
});
