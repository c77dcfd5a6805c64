import type { z } from 'zod';
import { invalidInput } from './errors.js';

/**
 * Parses input from outside (an HTTP body, CLI flags, a config variable) with a zod schema.
 * The first problem becomes one clear `invalid-input` error that names the field path.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix = '',
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  const message = issue?.message ?? 'Invalid input.';
  throw invalidInput(path ? `${path}: ${message}` : message, path || undefined);
}

/** For a whole request body: a clear word when it is not an object at all (other issues keep theirs). */
export const bodyObject = {
  error: (issue: { code: string }) =>
    issue.code === 'invalid_type' ? 'The request body must be a JSON object.' : undefined,
};
