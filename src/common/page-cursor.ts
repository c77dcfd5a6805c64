import { z } from 'zod';
import { invalidInput } from './errors.js';
import { limits } from './limits.js';

/** Where a page ended: the sort value and the id of its last item (keyset pagination). */
export interface PageKey {
  readonly key: string;
  readonly id: string;
}

/** An opaque, URL-safe token for the next page. */
export const encodeCursor = (page: PageKey): string =>
  Buffer.from(JSON.stringify([page.key, page.id])).toString('base64url');

export function decodeCursor(cursor: string, field = 'cursor'): PageKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return { key: value[0] as string, id: value[1] as string };
    }
  } catch {
    // Falls through to the error below: the token was not made by encodeCursor.
  }
  throw invalidInput(
    `${field}: is not a cursor this server gave out; start again without it`,
    field,
  );
}

/** `limit` and `cursor` of a list request, as sent in a query string or by CLI flags. */
export const pageQuery = (defaultSize: number) => ({
  limit: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(limits.maxPageSize, `must be ${limits.maxPageSize} or fewer`)
    .default(defaultSize),
  cursor: z.string().trim().max(500, 'is not a cursor this server gave out').optional(),
});
