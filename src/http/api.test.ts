import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/test-env.js';
import { buildTestServer } from '../testing/test-server.js';

const newCase = {
  patient: { name: 'Ana Ruiz' },
  plan: { insurer: 'Acme Health', program: 'employer-group', state: 'TX' },
  claim: { claimNumber: 'C123', amountBilled: 1240.5 },
  denial: { noticeDate: '2026-10-01', statedDeadlineDays: 180 },
};

describeOnEachDatabase('HTTP API', (env) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestServer(env());
  });
  afterAll(async () => {
    await app.close();
  });

  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url,
      payload: payload as object,
      headers: { host: '127.0.0.1', ...headers },
    });
  const get = (url: string) => app.inject({ method: 'GET', url, headers: { host: '127.0.0.1' } });

  it('answers GET /api/health with the database in use', async () => {
    const res = await get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', version: 'test', database: env().dialect });
  });

  it('creates a case (201, Location, ETag) and reads it back with its next steps', async () => {
    const res = await post('/api/cases', newCase);
    expect(res.statusCode).toBe(201);
    const body = res.json<{ id: string; status: string }>();
    expect(res.headers.location).toBe(`/api/cases/${body.id}`);
    expect(res.headers.etag).toBe('"1"');
    expect(body).toMatchObject({
      status: 'denied',
      statusLabel: 'Denied, not yet appealed',
      nextDeadline: '2027-03-30',
      claim: { amountBilled: 1240.5, claimNumber: 'C123' },
      allowedNextStatuses: [
        { status: 'internal-appeal-drafted', label: 'Internal appeal: being prepared' },
        { status: 'regulator-complaint' },
        { status: 'withdrawn' },
      ],
    });
    const read = await get(`/api/cases/${body.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(body);
  });

  it('answers a bad field with 400 naming the field, and stores nothing', async () => {
    const before = (await get('/api/cases?limit=100')).json<{ items: unknown[] }>().items.length;
    const res = await post('/api/cases', {
      ...newCase,
      plan: { ...newCase.plan, program: 'medicare-part-z' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: {
        code: 'invalid-input',
        field: 'plan.program',
        message:
          'plan.program: must be one of: employer-group, individual-market, medicare-advantage, medicaid-managed-care',
      },
    });
    const bad = await post('/api/cases', { ...newCase, denial: { noticeDate: '2026-02-30' } });
    expect(bad.json()).toMatchObject({ error: { field: 'denial.noticeDate' } });
    const missing = await post('/api/cases', { plan: newCase.plan });
    expect(missing.json()).toMatchObject({ error: { field: 'patient' } });
    const extra = await post('/api/cases', { ...newCase, ssn: '123-45-6789' });
    expect(extra.statusCode).toBe(400);
    expect((await get('/api/cases?limit=100')).json<{ items: unknown[] }>().items).toHaveLength(
      before,
    );
  });

  it('answers malformed JSON, a wrong content type and a huge body with clear 4xx errors', async () => {
    const broken = await app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { host: '127.0.0.1', 'content-type': 'application/json' },
      payload: '{"patient": ',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({
      error: { code: 'invalid-input', message: 'The request body is not valid JSON.' },
    });

    const form = await app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { host: '127.0.0.1', 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'patient=Ana',
    });
    expect(form.statusCode).toBe(415);

    const notAnObject = await post('/api/cases', []);
    expect(notAnObject.json()).toMatchObject({
      error: { code: 'invalid-input', message: 'The request body must be a JSON object.' },
    });

    const huge = await post('/api/cases', {
      ...newCase,
      denial: { statedReason: 'x'.repeat(400_000) },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ error: { code: 'payload-too-large' } });
  });

  it('answers an unknown case and an unknown endpoint with 404', async () => {
    const res = await get('/api/cases/0000-none');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'not-found' } });
    expect((await get('/api/nothing-here')).statusCode).toBe(404);
  });

  it('refuses an illegal status change with 409 and the allowed steps, writing nothing', async () => {
    const { id } = (await post('/api/cases', newCase)).json<{ id: string }>();
    const wrongType = await post(`/api/cases/${id}/status`, { to: 5 });
    expect(wrongType.json()).toMatchObject({
      error: {
        field: 'to',
        message: 'to: must be the name of a step, such as internal-appeal-drafted',
      },
    });
    const res = await post(`/api/cases/${id}/status`, { to: 'external-review-submitted' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      error: {
        code: 'illegal-transition',
        field: 'to',
        details: { allowed: ['internal-appeal-drafted', 'regulator-complaint', 'withdrawn'] },
      },
    });
    const after = (await get(`/api/cases/${id}`)).json();
    expect(after).toMatchObject({ status: 'denied', version: 1 });
    const timeline = (await get(`/api/cases/${id}/timeline`)).json<{ items: unknown[] }>();
    expect(timeline.items).toHaveLength(1);
  });

  it('moves a case, changes a field with If-Match, adds a note, and shows all on the timeline', async () => {
    const { id } = (await post('/api/cases', newCase)).json<{ id: string }>();
    const moved = await post(`/api/cases/${id}/status`, {
      to: 'internal-appeal-drafted',
      note: 'Started',
    });
    expect(moved.json()).toMatchObject({ status: 'internal-appeal-drafted', version: 2 });

    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/cases/${id}`,
      headers: { host: '127.0.0.1', 'if-match': '"2"' },
      payload: { plan: { memberId: 'M-77' } },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.headers.etag).toBe('"3"');

    const stale = await app.inject({
      method: 'PATCH',
      url: `/api/cases/${id}`,
      headers: { host: '127.0.0.1', 'if-match': '"2"' },
      payload: { plan: { memberId: 'M-88' } },
    });
    expect(stale.statusCode).toBe(409);

    const undone = await app.inject({
      method: 'POST',
      url: `/api/cases/${id}/status/undo`,
      headers: { host: '127.0.0.1' },
    });
    expect(undone.statusCode).toBe(200);
    expect(undone.json()).toMatchObject({ status: 'denied', version: 4 });

    const note = await post(`/api/cases/${id}/notes`, { body: 'Called <b>Acme</b>, ref 55' });
    expect(note.statusCode).toBe(201);

    const timeline = (await get(`/api/cases/${id}/timeline`)).json<{
      items: { type: string; data: unknown }[];
    }>();
    expect(timeline.items.map((e) => e.type)).toEqual([
      'case-created',
      'status-changed',
      'case-updated',
      'status-changed',
      'note-added',
    ]);
    expect(timeline.items[4]?.data).toEqual({ body: 'Called <b>Acme</b>, ref 55' });
  });

  it('lists with filters and pages, and rejects a bad limit naming it', async () => {
    const res = await get('/api/cases?status=denied&limit=2&sort=next-deadline');
    expect(res.statusCode).toBe(200);
    const page = res.json<{ items: { status: string }[]; nextCursor: string | null }>();
    expect(page.items.length).toBeLessThanOrEqual(2);
    expect(page.items.every((c) => c.status === 'denied')).toBe(true);
    // A list carries summaries: enough to recognize a case, not its member ID or codes.
    expect(page.items[0]).toMatchObject({
      statusLabel: 'Denied, not yet appealed',
      patient: { name: 'Ana Ruiz' },
      plan: { insurer: 'Acme Health', program: 'employer-group', state: 'TX' },
    });
    expect(page.items[0]).not.toHaveProperty('plan.memberId');
    expect(page.items[0]).not.toHaveProperty('claim.diagnosisCodes');
    expect((await get('/api/cases?limit=abc')).json()).toMatchObject({
      error: { field: 'limit', message: 'limit: must be a whole number' },
    });
    const bad = await get('/api/cases?limit=5000');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { field: 'limit' } });
  });

  it('sends security headers and no-store on the API', async () => {
    const res = await get('/api/health');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('refuses requests for another host name (DNS rebinding) and cross-site writes', async () => {
    for (const host of ['evil.example:4173', '127.0.0.1.evil.example', '127.evil.example']) {
      const rebound = await app.inject({ method: 'GET', url: '/api/cases', headers: { host } });
      expect(rebound.statusCode, host).toBe(403);
    }
    const otherLoopback = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { host: '127.0.0.2:80' },
    });
    expect(otherLoopback.statusCode).toBe(200);
    const crossSite = await post('/api/cases', newCase, { origin: 'https://evil.example' });
    expect(crossSite.statusCode).toBe(403);
    const sameSite = await post('/api/cases', newCase, { origin: 'http://127.0.0.1' });
    expect(sameSite.statusCode).toBe(201);
  });

  it('publishes an OpenAPI 3 document of the case endpoints', async () => {
    const res = await get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/cases',
        '/api/cases/{id}',
        '/api/cases/{id}/status',
        '/api/cases/{id}/status/undo',
        '/api/cases/{id}/notes',
        '/api/cases/{id}/timeline',
        '/api/health',
      ]),
    );
    expect(doc.paths['/api/cases']).toHaveProperty('post');
  });
});
