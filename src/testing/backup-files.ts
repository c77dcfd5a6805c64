import { Readable, Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import { describeTables, readPage, untyped } from '../backup/backup-repository.js';
import {
  backupHeader,
  backupRowLine,
  type BackupHeader,
  type BackupRowLine,
} from '../backup/backup-format.js';
import { writeBackup } from '../backup/render-backup.js';
import type { Services } from '../app/services.js';
import { localOwner } from '../common/actor.js';
import type { Database } from '../storage/schema.js';
import type { TestDatabase } from './test-databases.js';

/** Test helpers for backups: make one in memory, take it apart, put it back together. */

class Collect extends Writable {
  readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void) {
    this.chunks.push(chunk);
    done();
  }
}

/** A whole backup of the services' database, as the bytes of the file. */
export async function exportBytes(services: Services): Promise<Buffer> {
  const sink = new Collect();
  await services.backup.prepareExport(localOwner).writeTo(sink);
  return Buffer.concat(sink.chunks);
}

/** Bytes as a source the restore can open (and open again). */
export const sourceOf = (bytes: Uint8Array) => () => Readable.from([Buffer.from(bytes)]);

/** The decompressed lines of a backup (the last one is the trailer). */
export const backupLines = (bytes: Uint8Array) =>
  gunzipSync(bytes).toString('utf8').trimEnd().split('\n');

/**
 * A backup taken apart, changed, and written again with a correct trailer (counts and SHA-256),
 * so a test can make a well-formed file that is wrong in one way.
 */
export async function rewriteBackup(
  bytes: Uint8Array,
  change: (backup: { header: BackupHeader; rows: BackupRowLine[] }) => void,
): Promise<Buffer> {
  const lines = backupLines(bytes);
  const header = backupHeader.parse(JSON.parse(lines[0]!));
  const rows = lines.slice(1, -1).map((line) => backupRowLine.parse(JSON.parse(line)));
  const backup = { header, rows };
  change(backup);
  const sink = new Collect();
  await writeBackup(backup.header, Readable.from(backup.rows), sink);
  return Buffer.concat(sink.chunks);
}

/** Every row of every table, bytes as hex, in a stable order: for comparing two databases. */
export async function allRows(db: Kysely<Database>): Promise<Record<string, unknown[]>> {
  const tables = (await describeTables(untyped(db))).sort((a, b) => (a.name < b.name ? -1 : 1));
  const result: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows = await readPage(untyped(db), table, { after: null, offset: 0, limit: 1_000_000 });
    result[table.name] = rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [
          k,
          v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v,
        ]),
      ),
    );
  }
  return result;
}

/** Rows per table, for "nothing changed" checks. */
export async function rowCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const rows = await allRows(db);
  return Object.fromEntries(Object.entries(rows).map(([name, list]) => [name, list.length]));
}

/**
 * Closes a test database after its connections have really gone: node-postgres' pool reports "ended"
 * before its sockets close, and dropping the database at once kills them mid-goodbye (57P01).
 */
export async function closeQuietly(database: TestDatabase): Promise<void> {
  await database.db.destroy();
  await new Promise((resolve) => setTimeout(resolve, 100));
  await database.close();
}
