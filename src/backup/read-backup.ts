import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { z } from 'zod';
import { invalidInput } from '../common/errors.js';
import {
  backupHeader,
  backupRowLine,
  backupTrailer,
  type BackupHeader,
  type BackupRowLine,
  type BackupTrailer,
} from './backup-format.js';

export type BackupEntry =
  | { readonly kind: 'header'; readonly header: BackupHeader }
  | { readonly kind: 'row'; readonly line: number; readonly row: BackupRowLine }
  | { readonly kind: 'end'; readonly trailer: BackupTrailer };

const notABackup = () =>
  invalidInput(
    'This is not an Overturn backup. Choose a file made by "overturn export" (overturn-backup-….ndjson.gz).',
  );
const incomplete = () =>
  invalidInput(
    'The backup is incomplete: the file ends too early (it may not have finished copying). Nothing was changed. Use the whole file, or make the backup again.',
  );
const damaged = (what: string) =>
  invalidInput(`The backup is damaged: ${what}. Nothing was changed. Make the backup again.`);

function parseLine<S extends z.ZodType>(schema: S, text: string): z.output<S> | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The decompressed lines of a gzip stream; gzip's own errors become clear messages. */
async function* gunzippedLines(source: Readable): AsyncGenerator<string> {
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  let first = true;
  gunzip.once('data', () => (first = false));
  const lines = createInterface({ input: source.pipe(gunzip), crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'Z_BUF_ERROR') throw first ? notABackup() : incomplete();
    if (code === 'Z_DATA_ERROR') throw first ? notABackup() : damaged('its compressed data');
    throw error;
  } finally {
    // Stopped early (a problem found, or the reader gave up): let go of the file, and of the
    // decompressor, whose complaint about a stream cut short nobody is listening for any more.
    gunzip.on('error', () => {});
    gunzip.destroy();
    source.destroy();
  }
}

function checkEnd(trailer: BackupTrailer, header: BackupHeader, seen: Record<string, number>) {
  const tables = new Set([...Object.keys(header.tables), ...Object.keys(seen)]);
  for (const table of tables) {
    const [promised, found, said] = [header.tables[table], seen[table], trailer.end.tables[table]];
    if ((promised ?? 0) !== (found ?? 0) || (said ?? 0) !== (found ?? 0))
      throw damaged(
        `table ${table} should have ${promised ?? 0} rows but has ${found ?? 0} (the end of the file says ${said ?? 0})`,
      );
  }
}

/**
 * Reads a backup line by line and checks it as it goes: the header first (else "not an Overturn
 * backup"), each row line well formed, then the trailer with matching counts and SHA-256 (a file
 * with no trailer is incomplete). Rows are yielded as they are read; a caller that writes them must
 * do so in a transaction it can roll back, since a problem may only show at the end.
 */
export async function* readBackup(source: Readable): AsyncGenerator<BackupEntry> {
  const hash = createHash('sha256');
  let header: BackupHeader | null = null;
  let trailer: BackupTrailer | null = null;
  const seen: Record<string, number> = {};
  let number = 0;
  for await (const text of gunzippedLines(source)) {
    number += 1;
    if (trailer) throw damaged(`line ${number} comes after the end of the backup`);
    if (!header) {
      header = parseLine(backupHeader, text);
      if (!header) throw notABackup();
      hash.update(`${text}\n`);
      yield { kind: 'header', header };
      continue;
    }
    const row = text.startsWith('{"end"') ? null : parseLine(backupRowLine, text);
    if (row) {
      hash.update(`${text}\n`);
      seen[row.t] = (seen[row.t] ?? 0) + 1;
      yield { kind: 'row', line: number, row };
      continue;
    }
    trailer = parseLine(backupTrailer, text);
    if (!trailer) throw damaged(`line ${number} is not a row of the backup`);
    if (trailer.end.sha256 !== hash.digest('hex'))
      throw damaged('its contents do not match its checksum');
    checkEnd(trailer, header, seen);
    yield { kind: 'end', trailer };
  }
  if (!header) throw notABackup();
  if (!trailer) throw incomplete();
}
