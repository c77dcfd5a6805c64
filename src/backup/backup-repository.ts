import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../storage/dialect.js';
import type { Database } from '../storage/schema.js';

/**
 * The database as a backup sees it: whatever tables the migrations made, found by looking (not
 * listed by hand), so tables added later are backed up without a change here. Table and column
 * names come from the database itself or are checked against it before they reach SQL.
 */
export type AnyRow = Record<string, unknown>;
/** The database with tables known only at run time (or a transaction on it). */
export type AnyDb = Kysely<Record<string, AnyRow>>;

/** The typed database seen as tables found by looking. */
export const untyped = (db: Kysely<Database>): AnyDb => db as unknown as AnyDb;

export interface ColumnInfo {
  readonly name: string;
  /** Raw bytes: `blob` in SQLite, `bytea` in PostgreSQL. */
  readonly binary: boolean;
}

export interface TableInfo {
  readonly name: string;
  readonly columns: readonly ColumnInfo[];
  /** The primary key's columns, in order (empty when the table has none). */
  readonly primaryKey: readonly string[];
  /** The tables this one's foreign keys point at. */
  readonly references: readonly string[];
}

async function primaryKeyOf(db: AnyDb, table: string): Promise<string[]> {
  if (dialectOf(db) === 'sqlite') {
    const { rows } = await sql<{ name: string; pk: number }>`
      select name, pk from pragma_table_info(${table}) where pk > 0 order by pk`.execute(db);
    return rows.map((r) => r.name);
  }
  const { rows } = await sql<{ name: string }>`
    select kcu.column_name as name
    from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu
      on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
    where tc.constraint_type = 'PRIMARY KEY' and tc.table_schema = current_schema()
      and tc.table_name = ${table}
    order by kcu.ordinal_position`.execute(db);
  return rows.map((r) => r.name);
}

async function referencesOf(db: AnyDb, table: string): Promise<string[]> {
  if (dialectOf(db) === 'sqlite') {
    const { rows } = await sql<{ name: string }>`
      select distinct "table" as name from pragma_foreign_key_list(${table})`.execute(db);
    return rows.map((r) => r.name);
  }
  const { rows } = await sql<{ name: string }>`
    select distinct ccu.table_name as name
    from information_schema.table_constraints tc
    join information_schema.constraint_column_usage ccu
      on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
    where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()
      and tc.table_name = ${table}`.execute(db);
  return rows.map((r) => r.name);
}

/** Every table the migrations made (Kysely's own bookkeeping tables and views left out). */
export async function describeTables(db: AnyDb): Promise<TableInfo[]> {
  const dialect = dialectOf(db);
  const found = await db.introspection.getTables();
  const tables = found.filter(
    (t) => !t.isView && (dialect === 'sqlite' || t.schema === undefined || t.schema === 'public'),
  );
  return Promise.all(
    tables.map(async (t) => ({
      name: t.name,
      columns: t.columns.map((c) => ({
        name: c.name,
        binary: ['blob', 'bytea'].includes(c.dataType.toLowerCase()),
      })),
      primaryKey: await primaryKeyOf(db, t.name),
      references: await referencesOf(db, t.name),
    })),
  );
}

/** The migrations applied to this database, in the order they apply. */
export async function appliedMigrations(db: AnyDb): Promise<string[]> {
  const rows = await db.selectFrom('kysely_migration').select('name').orderBy('name').execute();
  return rows.map((r) => String(r.name));
}

export async function countRows(db: AnyDb, table: string): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * One page of a table's rows in primary-key order, after the key of the last row seen (keyset
 * paging, so each page costs the same however deep). A table with no primary key is paged by
 * offset over all its columns.
 */
export async function readPage(
  db: AnyDb,
  table: TableInfo,
  { after, offset, limit }: { after: readonly unknown[] | null; offset: number; limit: number },
): Promise<AnyRow[]> {
  const key = table.primaryKey.length > 0 ? table.primaryKey : null;
  let query = db.selectFrom(table.name).selectAll();
  if (key && after) {
    const columns = sql.join(key.map((c) => sql.ref(c)));
    const values = sql.join(after.map((v) => sql`${v}`));
    query = query.where(sql<boolean>`(${columns}) > (${values})`);
  }
  const order = key ?? table.columns.filter((c) => !c.binary).map((c) => c.name);
  for (const column of order) query = query.orderBy(column);
  if (!key) query = query.offset(offset);
  return query.limit(limit).execute();
}

export async function insertRows(db: AnyDb, table: string, rows: AnyRow[]): Promise<void> {
  if (rows.length > 0) await db.insertInto(table).values(rows).execute();
}

/** The rows of a table that belong to one case (its `case_id`), in primary-key order. */
export async function rowsOfCase(db: AnyDb, table: TableInfo, caseId: string): Promise<AnyRow[]> {
  let query = db.selectFrom(table.name).selectAll().where('case_id', '=', caseId);
  for (const column of table.primaryKey) query = query.orderBy(column);
  return query.execute();
}
