import { AppError } from '../common/errors.js';

/** Megabytes (MiB) as people read them: "25", "2.5". */
export const megabytes = (bytes: number) => String(Number((bytes / (1024 * 1024)).toPrecision(3)));

/**
 * The refusal of a file over the upload limit (config `OVERTURN_MAX_UPLOAD_MB`), naming the limit.
 * `size` is left out when the file was stopped before its end was read.
 */
export function uploadTooLarge(maxBytes: number, size?: number): AppError {
  const what =
    size === undefined
      ? `This file is larger than ${megabytes(maxBytes)} MB, the limit.`
      : `This file is ${megabytes(size)} MB; the limit is ${megabytes(maxBytes)} MB.`;
  return new AppError(
    'payload-too-large',
    `${what} Upload a smaller file: for example only the pages that matter, or a photo at a lower size.`,
    'file',
    { maxBytes },
  );
}
