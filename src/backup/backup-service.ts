import { createHash } from 'node:crypto';
import type { Readable, Writable } from 'node:stream';
import type { ServiceContext } from '../app/context.js';
import { packageVersion } from '../app/paths.js';
import { caseListScope } from '../cases/case-policy.js';
import type { Actor } from '../common/actor.js';
import { AppError, conflict, forbidden, invalidInput } from '../common/errors.js';
import { dialectOf } from '../storage/dialect.js';
import { migrateTo, migrateToLatest } from '../storage/migrate.js';
import { migrations } from '../storage/migrations/index.js';
import {
  backupFormat,
  backupVersion,
  decodeCell,
  encodeCell,
  migrationProblem,
  parentsFirst,
  type BackupHeader,
  type BackupRowLine,
} from './backup-format.js';
import {
  appliedMigrations,
  countRows,
  describeTables,
  insertRows,
  readPage,
  untyped,
  type AnyDb,
  type TableInfo,
} from './backup-repository.js';
import { readBackup } from './read-backup.js';
import { writeBackup } from './render-backup.js';

/** Rows read or written per query; tables with bytes go a few rows at a time (documents are large). */
const pageRows = 500;
const binaryPageRows = 4;

export interface BackupCounts {
  readonly rows: number;
  /** Rows per table, parents first. */
  readonly tables: Record<string, number>;
}

export interface RestoreSummary extends BackupCounts {
  /** When the backup was made, and by which Overturn. */
  readonly createdAt: string;
  readonly app: string;
}

/** Re-opens the backup from its start: it is read twice, once to check it and once to write it. */
export type BackupSource = () => Readable;

const isBinaryTable = (t: TableInfo) => t.columns.some((c) => c.binary);

function assertMayBackUp(actor: Actor): void {
  // A backup holds every case: only someone who may see every case may make or restore one.
  if (caseListScope(actor).ownerId !== null)
    throw forbidden('Only the owner of this Overturn may back up or restore all its data.');
}

async function orderedTables(db: AnyDb): Promise<TableInfo[]> {
  const tables = await describeTables(db);
  const byName = new Map(tables.map((t) => [t.name, t]));
  return parentsFirst(tables).map((name) => byName.get(name)!);
}

/** A table's rows, a page at a time in key order (tables with bytes a few rows per page). */
async function* tableRows(db: AnyDb, table: TableInfo): AsyncGenerator<Record<string, unknown>> {
  const limit = isBinaryTable(table) ? binaryPageRows : pageRows;
  let after: unknown[] | null = null;
  for (let offset = 0; ; offset += limit) {
    const rows: Record<string, unknown>[] = await readPage(db, table, { after, offset, limit });
    yield* rows;
    const last: Record<string, unknown> | undefined = rows.at(-1);
    if (rows.length < limit || !last) return;
    after = table.primaryKey.map((k) => last[k]);
  }
}

async function* rowLines(db: AnyDb, tables: readonly TableInfo[]): AsyncGenerator<BackupRowLine> {
  for (const table of tables)
    for await (const row of tableRows(db, table))
      yield {
        t: table.name,
        r: Object.fromEntries(Object.entries(row).map(([k, v]) => [k, encodeCell(v)])),
      };
}

async function assertEmpty(db: AnyDb, tables: readonly TableInfo[]): Promise<void> {
  for (const table of tables)
    if ((await countRows(db, table.name)) > 0)
      throw conflict(
        'This Overturn already holds data, and a backup is only restored into an empty one, so nothing is overwritten. Start Overturn on a new, empty data folder (set OVERTURN_HOME to an empty folder) or a new PostgreSQL database (set DATABASE_URL), then import again.',
      );
}

function checkRowShape(
  row: BackupRowLine,
  line: number,
  tables: ReadonlyMap<string, TableInfo>,
): void {
  const table = tables.get(row.t);
  if (!table)
    throw invalidInput(
      `This backup has a table this Overturn does not know ("${row.t}", line ${line}). Nothing was changed.`,
    );
  const columns = new Map(table.columns.map((c) => [c.name, c]));
  const unknown = Object.keys(row.r).find((c) => !columns.has(c));
  if (unknown !== undefined)
    throw invalidInput(
      `This backup has a column this Overturn does not know ("${row.t}.${unknown}", line ${line}). Nothing was changed.`,
    );
  const misplaced = Object.entries(row.r).find(
    ([c, v]) => v !== null && typeof v === 'object' && !columns.get(c)?.binary,
  );
  if (misplaced)
    throw invalidInput(
      `The backup is damaged: line ${line} puts bytes in "${row.t}.${misplaced[0]}", which holds text. Nothing was changed.`,
    );
}

/** The file's first line, read alone: which schema the backup was made at. */
async function headerOf(source: Readable): Promise<BackupHeader> {
  // Leaving the loop early ends the reader, which lets go of the file.
  for await (const entry of readBackup(source)) {
    if (entry.kind === 'header') {
      const known = Object.keys(migrations).sort();
      const problem = migrationProblem(entry.header.migrations, known, entry.header.app);
      if (problem) throw invalidInput(`${problem} Nothing was changed.`);
      return entry.header;
    }
  }
  throw new AppError('internal', 'The backup was read without a header.');
}

/** Pass one: the whole file is read and checked, and nothing is written. */
async function checkBackup(
  source: Readable,
  tables: ReadonlyMap<string, TableInfo>,
): Promise<BackupHeader> {
  let header: BackupHeader | null = null;
  for await (const entry of readBackup(source)) {
    if (entry.kind === 'header') {
      header = entry.header;
      const known = Object.keys(migrations).sort();
      const problem = migrationProblem(header.migrations, known, header.app);
      if (problem) throw invalidInput(`${problem} Nothing was changed.`);
    } else if (entry.kind === 'row') checkRowShape(entry.row, entry.line, tables);
  }
  if (!header) throw new AppError('internal', 'The backup was read without a header.');
  return header;
}

function refused(table: string, line: number, error: unknown): AppError {
  const why = error instanceof Error ? error.message : String(error);
  return invalidInput(
    `The backup could not be restored: the database refused a row of table "${table}" (line ${line}: ${why}). Nothing was changed.`,
  );
}

/** Pass two, inside the caller's transaction: every row, in the file's order, a batch at a time. */
async function writeRows(
  trx: AnyDb,
  source: Readable,
  tables: ReadonlyMap<string, TableInfo>,
): Promise<void> {
  type Batch = { table: string; line: number; rows: Record<string, unknown>[] };
  let batch: Batch | null = null as Batch | null;
  const flush = async () => {
    if (!batch) return;
    const { table, line, rows } = batch;
    batch = null;
    await insertRows(trx, table, rows).catch((error: unknown) => {
      throw refused(table, line, error);
    });
  };
  for await (const entry of readBackup(source)) {
    if (entry.kind !== 'row') continue;
    const { t, r } = entry.row;
    checkRowShape(entry.row, entry.line, tables);
    if (batch?.table !== t) await flush();
    batch ??= { table: t, line: entry.line, rows: [] };
    batch.rows.push(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, decodeCell(v)])));
    if (batch.rows.length >= (isBinaryTable(tables.get(t)!) ? 1 : 100)) await flush();
  }
  await flush();
}

/** After writing: every stored file's bytes still hash to the SHA-256 kept beside them. */
async function verifyStoredFiles(trx: AnyDb, tables: readonly TableInfo[]): Promise<void> {
  for (const table of tables) {
    const bytes = table.columns.find((c) => c.binary);
    if (!bytes || !table.columns.some((c) => c.name === 'sha256')) continue;
    for await (const row of tableRows(trx, table)) {
      const content = row[bytes.name];
      const hex =
        content instanceof Uint8Array ? createHash('sha256').update(content).digest('hex') : null;
      if (hex !== row.sha256)
        throw invalidInput(
          `The backup is damaged: a file in "${table.name}" (id ${JSON.stringify(row.id)}) does not match its SHA-256. Nothing was changed.`,
        );
    }
  }
}

/**
 * Backup and restore of the whole data set: every table the migrations made, every row (deleted
 * ones too: a backup is complete), documents byte for byte. Works across SQLite and PostgreSQL in
 * either direction. Only an actor who may see every case may use it.
 */
export function backupService(ctx: ServiceContext) {
  return {
    /** Refuses anyone who may not back up or restore (before a large upload is even read). */
    authorize: assertMayBackUp,

    /** Checks who asks, and names the file; `writeTo` then streams the backup into `sink`. */
    prepareExport(actor: Actor) {
      assertMayBackUp(actor);
      const createdAt = ctx.clock().toISOString();
      return {
        fileName: `overturn-backup-${createdAt.slice(0, 10)}.ndjson.gz`,
        writeTo: (sink: Writable): Promise<BackupCounts> => {
          const run = async (trx: AnyDb) => {
            const tables = await orderedTables(trx);
            const counts: Record<string, number> = {};
            for (const t of tables) counts[t.name] = await countRows(trx, t.name);
            const header: BackupHeader = {
              format: backupFormat,
              version: backupVersion,
              createdAt,
              app: packageVersion(),
              migrations: await appliedMigrations(trx),
              tables: counts,
            };
            return writeBackup(header, rowLines(trx, tables), sink);
          };
          // One snapshot: rows written while the backup runs are either all in it or not at all.
          const transaction = ctx.db.transaction();
          return (
            dialectOf(ctx.db) === 'postgres'
              ? transaction.setIsolationLevel('repeatable read')
              : transaction
          ).execute((trx) => run(untyped(trx)));
        },
      };
    },

    /**
     * Restores a backup into this (empty) database: the file is checked whole first, then every row
     * is written in one transaction, and the stored files' SHA-256 checked, so any problem leaves
     * the database as it was.
     */
    async importFrom(actor: Actor, open: BackupSource): Promise<RestoreSummary> {
      assertMayBackUp(actor);
      const db = untyped(ctx.db);
      await assertEmpty(db, await orderedTables(db));
      // A backup from an older Overturn is restored at its own schema, then upgraded, so the
      // upgrades that change data run on its rows. The database is empty, so stepping its schema
      // back loses nothing; any failure steps it forward again.
      const level = (await headerOf(open())).migrations.at(-1);
      const older = level !== undefined && level !== Object.keys(migrations).sort().at(-1);
      if (older) await migrateTo(ctx.db, level);
      let ordered: TableInfo[];
      let header: BackupHeader;
      try {
        ordered = await orderedTables(db);
        const tables = new Map(ordered.map((t) => [t.name, t]));
        header = await checkBackup(open(), tables);
        await db.transaction().execute(async (trx) => {
          await assertEmpty(trx, ordered);
          await writeRows(trx, open(), tables);
          await verifyStoredFiles(trx, ordered);
        });
      } finally {
        if (older) await migrateToLatest(ctx.db);
      }
      const counts = Object.fromEntries(ordered.map((t) => [t.name, header.tables[t.name] ?? 0]));
      return {
        createdAt: header.createdAt,
        app: header.app,
        rows: Object.values(counts).reduce((a, b) => a + b, 0),
        tables: counts,
      };
    },
  };
}

export type BackupService = ReturnType<typeof backupService>;
