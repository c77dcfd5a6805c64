import { createHash } from 'node:crypto';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { BackupHeader, BackupRowLine, BackupTrailer } from './backup-format.js';

/** What was written: rows per table, as the trailer says. */
export interface WrittenBackup {
  readonly rows: number;
  readonly tables: Record<string, number>;
}

async function* backupLines(
  header: BackupHeader,
  rows: AsyncIterable<BackupRowLine>,
  written: { rows: number; tables: Record<string, number> },
): AsyncGenerator<string> {
  const hash = createHash('sha256');
  const line = (value: unknown) => {
    const text = `${JSON.stringify(value)}\n`;
    hash.update(text);
    return text;
  };
  yield line(header);
  for (const name of Object.keys(header.tables)) written.tables[name] = 0;
  for await (const row of rows) {
    written.rows += 1;
    written.tables[row.t] = (written.tables[row.t] ?? 0) + 1;
    yield line(row);
  }
  const trailer: BackupTrailer = {
    end: { rows: written.rows, tables: { ...written.tables }, sha256: hash.digest('hex') },
  };
  yield `${JSON.stringify(trailer)}\n`;
}

/**
 * Writes a backup to `sink` as gzip-compressed NDJSON, one row at a time (a row is read from the
 * database only when the gzip stream wants more), so a database of many large documents never
 * has to fit in memory. Ends `sink` when done.
 */
export async function writeBackup(
  header: BackupHeader,
  rows: AsyncIterable<BackupRowLine>,
  sink: Writable,
): Promise<WrittenBackup> {
  const written = { rows: 0, tables: {} as Record<string, number> };
  await pipeline(Readable.from(backupLines(header, rows, written)), createGzip(), sink);
  return written;
}
