import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serviceContext } from '../app/context.js';
import { createServices } from '../app/services.js';
import { localOwner } from '../common/actor.js';
import { limits } from '../common/limits.js';
import { insertDocument } from '../documents/document-repository.js';
import { allRows, closeQuietly, rowCounts } from '../testing/backup-files.js';
import { buildCaseInput } from '../testing/case-factory.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-databases.js';
import { describeOnEachDatabase } from '../testing/test-env.js';
import { buildTestServer, injector } from '../testing/test-server.js';

describeOnEachDatabase('backups and case exports over HTTP', (env) => {
  let app: FastifyInstance;
  let caseId = '';
  beforeAll(async () => {
    app = await buildTestServer(env());
    const { services, ctx } = env();
    caseId = (await services.cases.create(localOwner, buildCaseInput())).id;
    await services.timeline.addNote(localOwner, caseId, { body: 'Asked for the claim file' });
    await insertDocument(
      ctx.db,
      {
        id: ctx.newId(),
        caseId,
        mediaType: 'text/plain',
        originalName: 'denial.txt',
        createdAt: ctx.clock().toISOString(),
        createdBy: localOwner.id,
      },
      Buffer.from('We denied your claim.'),
    );
    await services.letters.save(localOwner, caseId, { kind: 'internal-appeal', lang: 'en' });
    // A table some later capability adds: its rows that belong to the case come with the case.
    await sql`create table backup_probe_marks (id text primary key, case_id text references cases(id), label text, picture ${sql.raw(env().dialect === 'sqlite' ? 'blob' : 'bytea')})`.execute(
      ctx.db,
    );
    await sql`insert into backup_probe_marks (id, case_id, label, picture) values ('m1', ${caseId}, 'flagged', ${Buffer.from([0, 1, 2])})`.execute(
      ctx.db,
    );
  });
  afterAll(async () => {
    await app.close();
  });
  const http = () => injector(app);

  it('downloads the whole data set as a gzip file named for the day', async () => {
    const response = await http().get('/api/backup');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/gzip');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="overturn-backup-\d{4}-\d{2}-\d{2}\.ndjson\.gz"$/,
    );
    const lines = gunzipSync(response.rawPayload).toString('utf8').trimEnd().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({
      format: 'overturn-backup',
      tables: { cases: 1, documents: 1, letters: 1, backup_probe_marks: 1 },
    });
    expect(JSON.parse(lines.at(-1)!)).toHaveProperty('end.sha256');
  });

  it('restores an uploaded backup into an empty Overturn, and refuses one that holds data', async () => {
    const backup = (await http().get('/api/backup')).rawPayload;
    // The probe table is this test's own; the empty Overturn gets it too, as a newer app would.
    const target: TestDatabase = await createTestDatabase(env().dialect);
    await sql`create table backup_probe_marks (id text primary key, case_id text references cases(id), label text, picture ${sql.raw(env().dialect === 'sqlite' ? 'blob' : 'bytea')})`.execute(
      target.db,
    );
    const restoreApp = await buildTestServer(env(), {
      services: createServices(serviceContext(target.db)),
    });
    try {
      const post = (payload: Buffer, type = 'application/gzip') =>
        restoreApp.inject({
          method: 'POST',
          url: '/api/backup',
          payload,
          headers: { host: '127.0.0.1', 'content-type': type },
        });
      const foreign = await post(Buffer.from('{"hello":"world"}'));
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json<{ error: { message: string } }>().error.message).toContain(
        'not an Overturn backup',
      );
      const restored = await post(backup);
      expect(restored.statusCode).toBe(200);
      expect(restored.json()).toMatchObject({
        tables: { cases: 1, documents: 1, letters: 1, backup_probe_marks: 1 },
      });
      expect(await allRows(target.db)).toEqual(await allRows(env().database.db));

      const before = await rowCounts(target.db);
      const again = await post(backup, 'application/octet-stream');
      expect(again.statusCode).toBe(409);
      expect(again.json<{ error: { message: string } }>().error.message).toContain('empty');
      expect(await rowCounts(target.db)).toEqual(before);
    } finally {
      await restoreApp.close();
      await closeQuietly(target);
    }
  });

  it('refuses a restore sent as JSON or with no body', async () => {
    const json = await http().post('/api/backup', { backup: 'please' });
    expect(json.statusCode).toBe(400);
    expect(json.json<{ error: { message: string } }>().error.message).toContain('application/gzip');
    const empty = await app.inject({
      method: 'POST',
      url: '/api/backup',
      headers: { host: '127.0.0.1' },
    });
    expect([400, 415]).toContain(empty.statusCode);
    expect(empty.json<{ error: { code: string } }>().error.code).not.toBe('internal');
  });

  it('refuses a backup larger than the web upload takes, and says what to do instead', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/backup',
      payload: Buffer.from('x'),
      headers: {
        host: '127.0.0.1',
        'content-type': 'application/gzip',
        'content-length': String(limits.backupUploadBytes + 1),
      },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json<{ error: { message: string } }>().error.message).toContain(
      'overturn import',
    );
  });

  it('exports one case as JSON: timeline, deadlines, documents’ hashes, letters’ text, related rows', async () => {
    const response = await http().get(`/api/cases/${caseId}/export.json`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="overturn-case-${caseId}.json"`,
    );
    const exported = response.json<{
      format: string;
      case: { id: string; patient: { name: string } };
      timeline: { type: string }[];
      deadlines: { deadlines: { id: string }[] };
      documents: { sha256: string; originalName: string }[];
      letters: { kind: string; text: string }[];
      related: Record<string, Record<string, unknown>[]>;
    }>();
    expect(exported.format).toBe('overturn-case-export');
    expect(exported.case).toMatchObject({ id: caseId, patient: { name: 'Ana Ruiz' } });
    expect(exported.timeline.map((e) => e.type)).toEqual(
      expect.arrayContaining(['case-created', 'note-added']),
    );
    expect(exported.deadlines.deadlines.map((d) => d.id)).toContain('file-internal-appeal');
    expect(exported.documents).toEqual([
      expect.objectContaining({
        originalName: 'denial.txt',
        sha256: createHash('sha256').update('We denied your claim.').digest('hex'),
      }),
    ]);
    expect(JSON.stringify(exported.documents)).not.toContain('We denied');
    expect(exported.letters[0]?.kind).toBe('internal-appeal');
    expect(exported.letters[0]?.text).toContain('Ana Ruiz');
    expect(exported.related.backup_probe_marks).toEqual([
      {
        id: 'm1',
        case_id: caseId,
        label: 'flagged',
        picture: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/), sizeBytes: 3 },
      },
    ]);
  });

  it('does not export a case the person may not see', async () => {
    const missing = await http().get('/api/cases/no-such-case/export.json');
    expect(missing.statusCode).toBe(404);
    const other = await env().services.cases.create(env().newActor(), buildCaseInput());
    const error = await env()
      .services.caseExport.export(env().newActor(), other.id)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ code: 'not-found' });
  });
});
