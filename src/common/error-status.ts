import type { ErrorCode } from './errors.js';

/** The one place that decides how an error code looks to HTTP clients and to shell scripts. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'invalid-input':
      return 400;
    case 'forbidden':
      return 403;
    case 'not-found':
      return 404;
    case 'conflict':
    case 'illegal-transition':
      return 409;
    case 'payload-too-large':
      return 413;
    case 'unsupported-file':
      return 415;
    case 'internal':
      return 500;
  }
}

/** Exit code 2: the person asked for something wrong (they can fix it). Exit code 1: we failed. */
export function exitCodeOf(code: ErrorCode): 1 | 2 {
  return code === 'internal' ? 1 : 2;
}
