import { randomUUID } from 'node:crypto';
import { rename, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { invalidInput } from '../common/errors.js';

/**
 * Writes `--out` whole or not at all (a half-written calendar imports half the deadlines; a
 * half-written PDF opens as broken), readable by this user only: the files name patients and plans.
 * `example` names a good file name for the message when `--out` is a folder.
 */
export async function writeOutFile(
  path: string,
  content: string | Uint8Array,
  example: string,
): Promise<string> {
  const target = resolve(path);
  const folder = await stat(dirname(target)).catch(() => null);
  if (!folder?.isDirectory())
    throw invalidInput(
      `--out: the folder ${dirname(target)} does not exist; create it or pick another`,
    );
  if ((await stat(target).catch(() => null))?.isDirectory())
    throw invalidInput(`--out: ${target} is a folder; give a file name such as ${example}`);
  const temporary = `${target}.${randomUUID()}.tmp`;
  await writeFile(temporary, content, { mode: 0o600 });
  await rename(temporary, target);
  return target;
}
