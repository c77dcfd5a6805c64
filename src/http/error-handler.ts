import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { httpStatusOf } from '../common/error-status.js';
import { AppError, isAppError, type ErrorCode } from '../common/errors.js';
import type { Lang } from '../common/lang.js';
import { spanishErrorMessage } from './error-words-es.js';

/**
 * The one place errors become HTTP responses: `{ error: { code, message, field?, details? } }`.
 * Expected errors keep their message; anything else is logged (without the request body) and the
 * client gets a short message without internals. The message is in the request's language
 * (`Accept-Language`); `code`, `field` and `details` are the same in every language.
 */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string; details?: Record<string, unknown> };
}

/**
 * The language of error messages: the first tag of `Accept-Language` (`es`, `es-MX`, `es-419` →
 * Spanish); anything else, or no header, is English. Only the first tag counts: the web app
 * sends the one language it shows, and a browser's own list should not switch an English page.
 */
export function errorLangOf(acceptLanguage: string | string[] | undefined): Lang {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage[0] : acceptLanguage;
  const first = (header ?? '').split(',')[0]!.split(';')[0]!.trim().toLowerCase();
  return first === 'es' || first.startsWith('es-') ? 'es' : 'en';
}

/** The message in the asked language; English when a message has no Spanish yet. */
function messageIn(lang: Lang, message: string): string {
  return lang === 'es' ? (spanishErrorMessage(message) ?? message) : message;
}

export function sendError(reply: FastifyReply, error: AppError): FastifyReply {
  const lang = errorLangOf(reply.request.headers['accept-language']);
  const body: ErrorBody = {
    error: {
      code: error.code,
      message: messageIn(lang, error.message),
      ...(error.field !== undefined && { field: error.field }),
      ...(error.details !== undefined && { details: error.details }),
    },
  };
  return reply
    .code(httpStatusOf(error.code))
    .header('vary', 'Accept-Language')
    .type('application/json')
    .send(body);
}

/** Schema validation failures: the first problem, named by its field path. */
function fromValidation(error: FastifyError & { validation: unknown[] }): AppError {
  const first = (hasZodFastifySchemaValidationErrors(error) ? error.validation : [])[0];
  const path = (first?.instancePath ?? '').split('/').filter(Boolean).join('.');
  const message = first?.message ?? 'is not valid';
  const field = path || undefined;
  return new AppError('invalid-input', field ? `${field}: ${message}` : message, field);
}

/** Errors Fastify raises itself (bad JSON, too large, wrong content type). */
function fromFastify(error: FastifyError): AppError | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload-too-large', 'The request is too large. Send less at a time.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(
        'unsupported-file',
        'This kind of request body is not accepted here; send JSON (Content-Type: application/json).',
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('invalid-input', 'The request body is empty; send a JSON object.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('invalid-input', 'The request body is not valid JSON.');
    default:
      break;
  }
  if (error.statusCode === 400 && error.message.includes('JSON')) {
    return new AppError('invalid-input', 'The request body is not valid JSON.');
  }
  return null;
}

/**
 * Errors the router raises before any route runs (Fastify's `frameworkErrors`): an address with a
 * broken %-escape, or a part longer than an id can be. Same body as every other error, and the
 * address is not echoed back.
 */
export function sendFrameworkError(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const message =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'A part of this address is too long: an id is at most 100 characters. Check the link.'
      : 'This address is not valid. Check the link.';
  void sendError(reply, new AppError('invalid-input', message));
}

/**
 * What an unexpected error may leave in the log: its kind, its code and where it happened — not
 * its message or details, which can quote what a person typed (a name in a database error's
 * `detail`, a line of a file in a parse error). Health data stays out of logs.
 */
export function safeErrorFields(error: Error & { code?: unknown }) {
  return {
    name: error.name,
    code: typeof error.code === 'string' ? error.code : undefined,
    at: error.stack
      ?.split('\n')
      .slice(1, 6)
      .map((line) => line.trim()),
  };
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isAppError(error)) return sendError(reply, error);
    if (error.validation)
      return sendError(reply, fromValidation(error as FastifyError & { validation: unknown[] }));
    const known = fromFastify(error);
    if (known) return sendError(reply, known);
    request.log.error(
      { error: safeErrorFields(error), route: request.routeOptions.url },
      'request failed',
    );
    return sendError(
      reply,
      new AppError(
        'internal',
        'Something went wrong on our side. Your last change may not have been saved: reload and check.',
      ),
    );
  });
}
