import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serviceContext } from '../app/context.js';
import { createServices } from '../app/services.js';
import { buildCaseInput } from '../testing/case-factory.js';
import { describeOnEachDatabase, steppingClock } from '../testing/test-env.js';
import { buildTestServer, injector } from '../testing/test-server.js';
import type { DocumentView } from './document-presenter.js';

const boundary = '----vault-test-boundary';

/** A multipart body with text fields and one file, as a browser form sends it. */
function form(fields: Record<string, string>, file: { name: string; bytes: Buffer }) {
  const parts = Object.entries(fields).map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return Buffer.concat([
    Buffer.from(parts.join('')),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

const pdf = Buffer.from('%PDF-1.4\n% Dr. Lee: the MRI is needed\n%%EOF\n');

describeOnEachDatabase('evidence vault over HTTP', (env) => {
  let app: FastifyInstance;
  let http: ReturnType<typeof injector>;
  let caseId = '';
  const send = (payload: Buffer, id = caseId) =>
    app.inject({
      method: 'POST',
      url: `/api/cases/${id}/documents`,
      payload,
      headers: { host: '127.0.0.1', 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
  const count = async () =>
    (await http.get(`/api/cases/${caseId}/documents?allVersions=true&deleted=true`)).json<{
      items: DocumentView[];
    }>().items.length;

  beforeAll(async () => {
    const services = createServices(serviceContext(env().ctx.db, { clock: steppingClock() }), {
      maxUploadBytes: 4096,
    });
    app = await buildTestServer(env(), { services });
    http = injector(app);
    const created = await http.post('/api/cases', buildCaseInput());
    caseId = created.json<{ id: string }>().id;
  });
  afterAll(() => app.close());

  it('keeps an upload with its type, title and date, and serves it back as a download', async () => {
    const response = await send(
      form(
        { type: 'medical-necessity-letter', title: 'Dr. Lee "LMN"', date: '2026-10-05' },
        { name: 'Muñoz; LMN.pdf', bytes: pdf },
      ),
    );
    expect(response.statusCode).toBe(201);
    const view = response.json<DocumentView>();
    expect(view).toMatchObject({
      type: 'medical-necessity-letter',
      typeLabel: 'Doctor’s letter of medical necessity',
      title: 'Dr. Lee "LMN"',
      documentDate: '2026-10-05',
      version: 1,
      versionCount: 1,
      mediaType: 'application/pdf',
    });
    const file = await http.get(view.downloadUrl);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    // The name is percent-encoded: no quote or semicolon can end the header value early.
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''Mu%C3%B1oz%3B%20LMN.pdf`,
    );
    expect(file.rawPayload.equals(pdf)).toBe(true);
  });

  it('stores nothing when the upload is cut off halfway (400)', async () => {
    const before = await count();
    const whole = form({ type: 'bill' }, { name: 'bill.pdf', bytes: pdf });
    const response = await send(whole.subarray(0, whole.length - 30));
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toMatch(
      /stopped before the whole file arrived/,
    );
    expect(await count()).toBe(before);
  });

  it('refuses a file over the limit (413) naming the limit, and a zip named .pdf (415)', async () => {
    const before = await count();
    const big = await send(form({}, { name: 'big.pdf', bytes: Buffer.alloc(5000, 0x41) }));
    expect(big.statusCode).toBe(413);
    expect(big.json<{ error: { message: string } }>().error.message).toMatch(/0\.00391 MB/);
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0xff, 0xfe, 0, 0, 1]);
    const fake = await send(form({}, { name: 'letter.pdf', bytes: zip }));
    expect(fake.statusCode).toBe(415);
    expect(await count()).toBe(before);
  });

  it('refuses a bad type, listing the valid ones (400)', async () => {
    const response = await send(form({ type: 'selfie' }, { name: 'a.pdf', bytes: pdf }));
    expect(response.statusCode).toBe(400);
    const message = response.json<{ error: { message: string } }>().error.message;
    expect(message).toContain('type: must be one of:');
    expect(message).toContain('medical-necessity-letter');
  });

  it('files anew (PATCH), deletes softly and restores', async () => {
    const added = (await send(form({}, { name: 'eob.pdf', bytes: pdf }))).json<DocumentView>();
    const url = `/api/cases/${caseId}/documents/${added.id}`;
    const patched = await http.patch(url, { type: 'eob', title: null });
    expect(patched.statusCode).toBe(200);
    expect(patched.json<DocumentView>()).toMatchObject({ type: 'eob', title: null });
    expect((await http.patch(url, {})).statusCode).toBe(400);

    const deleted = await http.delete(url);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json<{ items: DocumentView[] }>().items[0]!.deletedAt).not.toBeNull();
    expect((await http.get(url)).statusCode).toBe(404);
    const listed = (await http.get(`/api/cases/${caseId}/documents`)).json<{
      items: DocumentView[];
    }>();
    expect(listed.items.map((d) => d.id)).not.toContain(added.id);

    const restored = await http.post(`${url}/restore`, {});
    expect(restored.statusCode).toBe(200);
    expect((await http.get(url)).statusCode).toBe(200);
  });

  it('adds a new version that replaces the old one; both stay', async () => {
    const first = (
      await send(form({ type: 'bill' }, { name: 'b1.txt', bytes: Buffer.from('Bill: $120\n') }))
    ).json<DocumentView>();
    const second = await send(
      form({ replaces: first.id }, { name: 'b2.txt', bytes: Buffer.from('Bill: $80\n') }),
    );
    expect(second.statusCode).toBe(201);
    expect(second.json<DocumentView>()).toMatchObject({
      type: 'bill',
      version: 2,
      versionCount: 2,
      mediaType: 'text/plain; charset=utf-8',
    });
    const versions = await http.get(`/api/cases/${caseId}/documents/${first.id}/versions`);
    expect(versions.json<{ items: DocumentView[] }>().items.map((d) => d.version)).toEqual([1, 2]);
  });
});
