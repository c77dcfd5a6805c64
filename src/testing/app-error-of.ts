import { AppError } from '../common/errors.js';

/** The AppError `run` throws; fails the test if it throws nothing or something else. */
export function appErrorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError, but nothing was thrown');
}

/** The AppError a promise rejects with; fails the test if it resolves or rejects with something else. */
export async function appErrorOfAsync(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}
