import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { serviceContext } from '../app/context.js';
import { createServices, type Services } from '../app/services.js';
import { localOwner } from '../common/actor.js';
import { insertDocument } from '../documents/document-repository.js';
import type { DialectName } from '../storage/dialect.js';
import { appErrorOfAsync } from '../testing/app-error-of.js';
import {
  allRows,
  backupLines,
  exportBytes,
  rewriteBackup,
  rowCounts,
  sourceOf,
} from '../testing/backup-files.js';
import { buildCaseInput } from '../testing/case-factory.js';
import { buildOpinionInput, buildSecondOpinionInput } from '../testing/opinion-factory.js';
import { medicaidDenialLetter } from '../testing/denial-letters.js';
import { migrateTo } from '../storage/migrate.js';
import { closeQuietly } from '../testing/backup-files.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-databases.js';
import { describeOnEachDatabase, steppingClock } from '../testing/test-env.js';

/** Every byte value, twice: a document that any text conversion on the way would damage. */
const everyByte = Uint8Array.from({ length: 512 }, (_, i) => i % 256);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const other = (dialect: DialectName): DialectName => (dialect === 'sqlite' ? 'postgres' : 'sqlite');

describeOnEachDatabase('backup and restore', (env) => {
  const opened: TestDatabase[] = [];
  /** A fresh, empty Overturn on the given database kind, with its services. */
  async function fresh(dialect: DialectName): Promise<{ db: TestDatabase; services: Services }> {
    const db = await createTestDatabase(dialect);
    opened.push(db);
    return { db, services: createServices(serviceContext(db.db, { clock: steppingClock() })) };
  }
  afterEach(async () => {
    for (const db of opened.splice(0)) await closeQuietly(db);
  });

  let backup: Buffer;
  let caseId = '';
  beforeAll(async () => {
    const { services, ctx } = env();
    const created = await services.cases.create(localOwner, buildCaseInput());
    caseId = created.id;
    await services.timeline.addNote(localOwner, caseId, { body: 'Called the plan: ref 12 “ok”' });
    for (let i = 0; i < 6; i++)
      await insertDocument(
        ctx.db,
        {
          id: ctx.newId(),
          caseId,
          mediaType: 'application/octet-stream',
          originalName: `bytes-${i}.bin`,
          createdAt: ctx.clock().toISOString(),
          createdBy: localOwner.id,
        },
        i === 0 ? everyByte : Uint8Array.of(i, 0, 255),
      );
    await services.letters.save(localOwner, caseId, { kind: 'internal-appeal', lang: 'en' });
    // A second opinion, with its opinions, beside the appeals.
    const second = await services.opinions.create(localOwner, buildSecondOpinionInput());
    await services.opinions.addOpinion(localOwner, second.secondOpinion.id, buildOpinionInput());
    // A deleted case is still in a backup: a backup is complete.
    const gone = await services.cases.create(localOwner, buildCaseInput());
    await ctx.db
      .updateTable('cases')
      .set({ deleted_at: '2026-11-27T13:00:00.000Z' })
      .where('id', '=', gone.id)
      .execute();
    backup = await exportBytes(services);
  });

  it('starts with a header naming the format, the app and every migration, and ends with a checksum', () => {
    const lines = backupLines(backup);
    const header = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(header).toMatchObject({ format: 'overturn-backup', version: 1 });
    expect(header.migrations).toContain('2026-11-27-01-cases-timeline-documents');
    expect(header.tables).toMatchObject({
      cases: 3,
      documents: 6,
      letters: 1,
      second_opinions: 1,
      opinions: 2,
    });
    const tableOrder = lines.slice(1, -1).map((l) => (JSON.parse(l) as { t: string }).t);
    // Parents first: every case before the documents and letters that point at it.
    expect(tableOrder[0]).toBe('cases');
    expect(tableOrder.lastIndexOf('cases')).toBeLessThan(tableOrder.indexOf('documents'));
    expect(tableOrder.lastIndexOf('cases')).toBeLessThan(tableOrder.indexOf('letters'));
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ end: { rows: lines.length - 2 } });
  });

  it(`round-trips ${'sqlite → postgres → sqlite'} with every row equal and documents byte for byte`, async () => {
    const { dialect, database } = env();
    const there = await fresh(other(dialect));
    const restored = await there.services.backup.importFrom(localOwner, sourceOf(backup));
    expect(restored.tables).toMatchObject({
      cases: 3,
      documents: 6,
      letters: 1,
      second_opinions: 1,
      opinions: 2,
    });
    const back = await fresh(dialect);
    await back.services.backup.importFrom(localOwner, sourceOf(await exportBytes(there.services)));

    const original = await allRows(database.db);
    expect(await allRows(there.db.db)).toEqual(original);
    expect(await allRows(back.db.db)).toEqual(original);
    const document = await back.db.db
      .selectFrom('documents')
      .select(['content', 'sha256'])
      .where('original_name', '=', 'bytes-0.bin')
      .executeTakeFirstOrThrow();
    expect(sha256(document.content)).toBe(sha256(everyByte));
    expect(document.sha256).toBe(sha256(everyByte));
    const deleted = await back.db.db
      .selectFrom('cases')
      .select('id')
      .where('deleted_at', 'is not', null)
      .execute();
    expect(deleted).toHaveLength(1);
  });

  it('refuses to restore into a database that holds data, and changes nothing', async () => {
    const { services, database } = env();
    const before = await rowCounts(database.db);
    const error = await appErrorOfAsync(services.backup.importFrom(localOwner, sourceOf(backup)));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/empty/);
    expect(error.message).toContain('OVERTURN_HOME');
    expect(error.message).toContain('DATABASE_URL');
    expect(await rowCounts(database.db)).toEqual(before);
  });

  const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
  const foreign: [string, () => Promise<Buffer> | Buffer][] = [
    ['a gzip of something else', () => gzipSync(Buffer.from('id,name\n1,Ana\n'))],
    ['plain JSON', () => Buffer.from('{"format":"overturn-backup","version":1}')],
    ['a PDF', () => pdf],
    ['an empty file', () => Buffer.alloc(0)],
    [
      'a backup of version 2',
      () => rewriteBackup(backup, ({ header }) => Object.assign(header, { version: 2 })),
    ],
  ];
  it.each(foreign)('says %s is not an Overturn backup, and changes nothing', async (_, make) => {
    const target = await fresh(env().dialect);
    const error = await appErrorOfAsync(
      target.services.backup.importFrom(localOwner, sourceOf(await make())),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('not an Overturn backup');
    expect(Object.values(await rowCounts(target.db.db)).every((n) => n === 0)).toBe(true);
  });

  const broken: [string, () => Promise<Buffer> | Buffer, RegExp][] = [
    ['cut in the middle', () => backup.subarray(0, Math.floor(backup.length / 2)), /incomplete/],
    [
      'without its last lines',
      () => gzipSync(`${backupLines(backup).slice(0, -2).join('\n')}\n`),
      /incomplete/,
    ],
    [
      'with one changed line',
      () => gzipSync(`${backupLines(backup).join('\n').replace('Ana Ruiz', 'Ana Ruíz')}\n`),
      /damaged.*checksum/,
    ],
    [
      'from a newer Overturn',
      () =>
        rewriteBackup(backup, ({ header }) => {
          header.migrations.push('2099-01-01-01-from-the-future');
          header.app = '9.0.0';
        }),
      /newer Overturn \(version 9\.0\.0.*2099-01-01-01-from-the-future/,
    ],
    [
      'with an unknown table',
      () =>
        rewriteBackup(backup, ({ header, rows }) => {
          header.tables.secrets = 1;
          rows.push({ t: 'secrets', r: { id: 'x' } });
        }),
      /table this Overturn does not know \("secrets"/,
    ],
    [
      'with an unknown column',
      () => rewriteBackup(backup, ({ rows }) => Object.assign(rows[0]!.r, { shoe_size: 9 })),
      /column this Overturn does not know \("cases.shoe_size"/,
    ],
    [
      'with bytes where text belongs',
      () =>
        rewriteBackup(backup, ({ rows }) =>
          Object.assign(rows[0]!.r, { status: { $bytes: 'AA==' } }),
        ),
      /puts bytes in "cases.status"/,
    ],
    [
      'whose last row breaks a rule of the database',
      () =>
        rewriteBackup(backup, ({ header, rows }) => {
          rows.push({ ...rows[0]!, r: { ...rows[0]!.r } });
          header.tables.cases! += 1;
        }),
      /refused a row of table "cases"/,
    ],
    [
      'whose document does not match its SHA-256',
      () =>
        rewriteBackup(backup, ({ rows }) => {
          const document = rows.find((r) => r.t === 'documents')!;
          document.r.sha256 = '0'.repeat(64);
        }),
      /damaged: a file in "documents"/,
    ],
  ];
  it.each(broken)(
    'refuses a backup %s with a clear message, and changes nothing',
    async (_, make, message) => {
      const target = await fresh(env().dialect);
      const error = await appErrorOfAsync(
        target.services.backup.importFrom(localOwner, sourceOf(await make())),
      );
      expect(error.code).toBe('invalid-input');
      expect(error.message).toMatch(message);
      expect(error.message).toContain('Nothing was changed');
      expect(Object.values(await rowCounts(target.db.db)).every((n) => n === 0)).toBe(true);
    },
  );

  it('restores a backup from an older Overturn at its own schema, then upgrades it with its rows', async () => {
    const old = await fresh(env().dialect);
    const opened = await old.services.intake.open(
      localOwner,
      Buffer.from(medicaidDenialLetter),
      'denial.txt',
      {},
    );
    // The schema as an Overturn before the evidence vault had it: documents without a type.
    await migrateTo(old.db.db, '2026-11-27-06-calls-tasks');
    const olderBackup = await exportBytes(old.services);
    const header = JSON.parse(backupLines(olderBackup)[0]!) as { migrations: string[] };
    expect(header.migrations.at(-1)).toBe('2026-11-27-06-calls-tasks');

    const target = await fresh(other(env().dialect));
    await target.services.backup.importFrom(localOwner, sourceOf(olderBackup));
    // The vault's upgrade ran on the restored rows: the letter read at intake is a denial letter.
    const document = await target.db.db
      .selectFrom('documents')
      .select(['id', 'doc_type'])
      .executeTakeFirstOrThrow();
    expect(document).toEqual({ id: opened.document.id, doc_type: 'denial-letter' });
    expect((await target.services.cases.get(localOwner, opened.case.id)).id).toBe(opened.case.id);
    expect(await target.services.outcomes.list(localOwner, opened.case.id)).toMatchObject({
      outcomes: [],
    });

    // A damaged older backup changes nothing, and leaves the schema as new as it was.
    const empty = await fresh(env().dialect);
    const damaged = await rewriteBackup(olderBackup, ({ rows }) => {
      // A document of a case the backup does not have: the database refuses it.
      const row = rows.find((line) => line.t === 'documents')!;
      (row.r as Record<string, unknown>).case_id = 'no-such-case';
    });
    const error = await appErrorOfAsync(
      empty.services.backup.importFrom(localOwner, sourceOf(damaged)),
    );
    expect(error.code).toBe('invalid-input');
    expect(await rowCounts(empty.db.db)).toMatchObject({ cases: 0, documents: 0 });
    // The outcomes table (made after the backup's schema) is there again.
    expect(await rowCounts(empty.db.db)).toHaveProperty('outcomes', 0);
  });

  it('lets only someone who sees every case back up or restore', async () => {
    const { services, newActor } = env();
    const advocate = newActor();
    expect(() => services.backup.prepareExport(advocate)).toThrow(/Only the owner/);
    const target = await fresh(env().dialect);
    const error = await appErrorOfAsync(
      target.services.backup.importFrom(advocate, sourceOf(backup)),
    );
    expect(error.code).toBe('forbidden');
  });

  it('backs up a table it was never told about', async () => {
    const source = await fresh(env().dialect);
    await sql`create table backup_probe (id text primary key, note text)`.execute(source.db.db);
    await sql`insert into backup_probe (id, note) values ('p1', 'hello')`.execute(source.db.db);
    const lines = backupLines(await exportBytes(source.services));
    expect(lines.slice(1, -1).map((l) => JSON.parse(l) as unknown)).toContainEqual({
      t: 'backup_probe',
      r: { id: 'p1', note: 'hello' },
    });
  });
});
