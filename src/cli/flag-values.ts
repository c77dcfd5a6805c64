import path from 'node:path';
import { AppError, invalidInput, isAppError } from '../common/errors.js';

/** Reading command-line flags: commander gives strings, booleans or nothing. */

export const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** `--address "12 Oak St; Austin, TX 78701"`: lines separated by semicolons or new lines. */
export const linesOf = (value: unknown) =>
  typeof value === 'string'
    ? value
        .split(/[;\n]/)
        .map((line) => line.trim())
        .filter(Boolean)
    : undefined;

/** The format `--out` asks for, by its extension: .pdf, .docx (Word) or .txt. */
export function formatOf(out: string): 'pdf' | 'docx' | 'txt' {
  const extension = path.extname(out).toLowerCase();
  if (extension === '.txt' || extension === '.pdf' || extension === '.docx')
    return extension.slice(1) as 'pdf' | 'docx' | 'txt';
  throw invalidInput(
    '--out: end the file name with .pdf, .docx or .txt, such as appeal.pdf',
    '--out',
  );
}

/**
 * Runs a parse whose errors name input fields, and names the flag instead (`doctor:` → `--doctor:`),
 * so the person sees what to type.
 */
export function withFlagNames<T>(flagOf: Readonly<Record<string, string>>, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!isAppError(error) || !error.field || !(error.field in flagOf)) throw error;
    const flag = flagOf[error.field] ?? error.field;
    throw new AppError(error.code, error.message.replace(`${error.field}:`, `${flag}:`), flag);
  }
}
