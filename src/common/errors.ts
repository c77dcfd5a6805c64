/**
 * One error vocabulary for the whole program (after Medplum's `outcomes.ts`).
 * Every expected failure carries a stable code; one mapper (`error-status.ts`) turns a code into an
 * HTTP status and a CLI exit code. Messages are written for the person who made the request: they say
 * what went wrong and what to do, and never contain stack traces or personal data.
 */
export const errorCodes = [
  'invalid-input',
  'not-found',
  'forbidden',
  'conflict',
  'illegal-transition',
  'payload-too-large',
  'unsupported-file',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Where the problem is, as a dotted path into the input (`plan.program`), when it is one field. */
    readonly field?: string,
    /** Extra facts a client may act on (for example the statuses that are allowed). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const invalidInput = (message: string, field?: string, details?: Record<string, unknown>) =>
  new AppError('invalid-input', message, field, details);

export const notFound = (what: string, id: string) =>
  new AppError('not-found', `No ${what} with id "${id}" was found.`, undefined, { id });

export const forbidden = (message = 'You do not have access to this.') =>
  new AppError('forbidden', message);

export const conflict = (message: string, details?: Record<string, unknown>) =>
  new AppError('conflict', message, undefined, details);

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/** A write over a version someone else changed since it was read. */
export const staleVersion = (currentVersion: number) =>
  conflict(
    'Someone changed this case since you opened it. Reload it to see the change, then make yours again.',
    { currentVersion },
  );
