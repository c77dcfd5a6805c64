import { z } from 'zod';

/**
 * The backup file, as data: gzip-compressed NDJSON. Line 1 is the header (what made it, which
 * migrations its schema had, how many rows of each table follow); then one line per row; then a
 * trailer with the counts again and the SHA-256 of every line before it, so a cut or changed file
 * is found before anything is written. Bytes (documents, packets) travel as base64.
 * This file is pure: the gzip stream and the hash live in `render-backup.ts` and `read-backup.ts`.
 */
export const backupFormat = 'overturn-backup';
export const backupVersion = 1;

const tableName = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'is not a table name');
const counts = z.record(tableName, z.number().int().nonnegative());

export const backupHeader = z.strictObject({
  format: z.literal(backupFormat),
  version: z.literal(backupVersion),
  createdAt: z.iso.datetime(),
  app: z.string().max(100),
  migrations: z.array(z.string().max(200)),
  tables: counts,
});
export type BackupHeader = z.infer<typeof backupHeader>;

/** A value in a row: what both databases store (text, numbers, nulls), and bytes as base64. */
export const bytesValue = z.strictObject({ $bytes: z.base64() });
export const cellValue = z.union([z.string(), z.number(), z.boolean(), z.null(), bytesValue]);
export type CellValue = z.infer<typeof cellValue>;

export const backupRowLine = z.strictObject({
  t: tableName,
  r: z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/, 'is not a column name'), cellValue),
});
export type BackupRowLine = z.infer<typeof backupRowLine>;

export const backupTrailer = z.strictObject({
  end: z.strictObject({
    rows: z.number().int().nonnegative(),
    tables: counts,
    /** Hex SHA-256 over every line before the trailer (the header and the rows), each with its `\n`. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});
export type BackupTrailer = z.infer<typeof backupTrailer>;

/** A value read from either database → its place in a row line. */
export function encodeCell(value: unknown): CellValue {
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  )
    return value;
  // JSON columns a driver parsed for us (PostgreSQL json/jsonb) go back as their text.
  return JSON.stringify(value);
}

/** A row line's value → what the database is given. */
export function decodeCell(value: CellValue): string | number | boolean | null | Buffer {
  if (value !== null && typeof value === 'object') return Buffer.from(value.$bytes, 'base64');
  return value;
}

/**
 * The backup's schema must be one this program has had: its migrations a prefix of (or equal to)
 * ours. A backup from a newer Overturn holds tables or columns this one does not know.
 * Returns the problem in words, or null.
 */
export function migrationProblem(
  backup: readonly string[],
  app: readonly string[],
  backupApp: string,
): string | null {
  const firstDifference = backup.findIndex((name, i) => app[i] !== name);
  if (firstDifference === -1) return null;
  const name = backup[firstDifference];
  return app.length < backup.length && backup.slice(0, app.length).every((n, i) => app[i] === n)
    ? `This backup was made by a newer Overturn (version ${backupApp}, schema ${backup.at(-1)}) than this one (schema ${app.at(-1) ?? 'none'}). Update Overturn, then import it again.`
    : `This backup's database schema (${name}) is not one this Overturn knows. It may come from another program.`;
}

/** A table and the tables its rows point at (foreign keys). */
export interface TableLinks {
  readonly name: string;
  readonly references: readonly string[];
}

/**
 * Tables in an order where every row's parents are written before it: `cases` first, then each
 * table after the tables it references (a topological sort; ties by name, so the order is stable).
 * A reference to itself or a cycle cannot be ordered by table, so those are left where they fall.
 */
export function parentsFirst(tables: readonly TableLinks[]): string[] {
  const names = new Set(tables.map((t) => t.name));
  const pending = new Map(
    tables.map((t) => [t.name, new Set(t.references.filter((r) => r !== t.name && names.has(r)))]),
  );
  const ordered: string[] = [];
  while (pending.size > 0) {
    const ready = [...pending]
      .filter(([, refs]) => [...refs].every((r) => !pending.has(r)))
      .map(([name]) => name)
      .sort((a, b) => (a === 'cases' ? -1 : b === 'cases' ? 1 : a < b ? -1 : a > b ? 1 : 0));
    const next = ready[0] ?? [...pending.keys()].sort()[0]!;
    ordered.push(next);
    pending.delete(next);
  }
  return ordered;
}
