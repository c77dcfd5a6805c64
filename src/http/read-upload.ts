import type { FastifyRequest } from 'fastify';
import { AppError, invalidInput } from '../common/errors.js';
import { uploadTooLarge } from '../documents/upload-limit.js';

/** What a person asked to keep: one file and the form fields sent with it. */
export interface Upload {
  readonly bytes: Buffer;
  readonly name: string;
  /** The text fields of the form, by name (only those before or after the file). */
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * The limits for `@fastify/multipart`: one file per request, refused as soon as it passes the limit
 * (not after it is all in memory), and a handful of short fields.
 */
export const uploadLimits = (maxUploadBytes: number) => ({
  fileSize: maxUploadBytes,
  files: 1,
  fields: 10,
  fieldSize: 1024,
  parts: 11,
});

/** A file name as sent by a browser, without any folder part, and never empty. */
export function fileNameOf(sent: string | undefined): string {
  const base = (sent ?? '').split(/[\\/]/).pop()?.trim() ?? '';
  return base.slice(0, 200) || 'upload';
}

/**
 * The one uploaded file of a multipart request (field `file`) and its text fields, or a clear
 * error: too large, not a form, no file, or a body cut off before its end. The whole body is read
 * before anything is stored, so an interrupted upload leaves nothing behind.
 */
export async function readUpload(request: FastifyRequest, maxUploadBytes: number): Promise<Upload> {
  try {
    const fields: Record<string, string> = {};
    let file: { bytes: Buffer; name: string } | null = null;
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
      } else if (part.fieldname === 'file' && file === null) {
        file = { bytes: await part.toBuffer(), name: fileNameOf(part.filename) };
      } else {
        throw invalidInput('Send one document at a time, in a form field named "file".', 'file');
      }
    }
    if (!file) throw invalidInput('Attach the document in a form field named "file".', 'file');
    return { ...file, fields };
  } catch (error) {
    throw fromMultipart(error as { code?: string; message?: string }, maxUploadBytes) ?? error;
  }
}

/** Multipart errors from @fastify/multipart and busboy, in the project's words; null for others. */
function fromMultipart(
  error: { code?: string; message?: string },
  maxUploadBytes: number,
): AppError | null {
  switch (error.code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return uploadTooLarge(maxUploadBytes);
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError(
        'unsupported-file',
        'Send the document as a file upload (multipart/form-data) in a field named "file".',
        'file',
      );
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return invalidInput('Send one document at a time, in a form field named "file".', 'file');
    case undefined:
    default:
      // A body that stopped before its closing boundary: the file stream closes early, or busboy
      // says the form ended unexpectedly.
      return error.code === 'ERR_STREAM_PREMATURE_CLOSE' ||
        /unexpected end of (form|multipart data)/i.test(error.message ?? '')
        ? invalidInput(
            'The upload stopped before the whole file arrived. Nothing was saved: send the file again.',
            'file',
          )
        : null;
  }
}
