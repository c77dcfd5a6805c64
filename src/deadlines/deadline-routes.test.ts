import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/test-env.js';
import { buildTestServer, injector } from '../testing/test-server.js';

interface DeadlineJson {
  id: string;
  who: string;
  due: string;
  sendBy: string | null;
  citation: string;
  state?: string;
  daysLeft?: number;
}

describeOnEachDatabase('deadlines over HTTP', (env) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestServer(env());
  });
  afterAll(async () => {
    await app.close();
  });

  // Requests go through the real server, in process; `app` is built in beforeAll.
  const get = (url: string) => injector(app).get(url);
  const post = (url: string, payload: object) => injector(app).post(url, payload);
  const patch = (url: string, payload: object) => injector(app).patch(url, payload);

  it('POST /api/deadlines counts 4 months from Oct 30 to Mar 1, rolled past the weekend, for a self-funded plan in California', async () => {
    const res = await post('/api/deadlines', {
      program: 'employer-group',
      state: 'CA',
      funding: 'self-funded',
      notice: 'final-internal-denial',
      noticeDate: '2025-10-30',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ deadlines: DeadlineJson[]; today: string; disclaimer: string }>();
    const review = body.deadlines.find((d) => d.id === 'file-external-review');
    expect(review).toMatchObject({
      due: '2026-03-02',
      sendBy: '2026-02-20',
      citation: '45 CFR 147.136(d)(2)(i); 29 CFR 2590.715-2719(d)(2)(i)',
    });
    expect(body.today).toBe('2026-11-27');
    expect(body.disclaimer).toMatch(/not legal advice/);
  });

  it('POST /api/deadlines refuses a notice dated in the future with 400 naming the field', async () => {
    const res = await post('/api/deadlines', {
      program: 'medicaid-managed-care',
      noticeDate: '2026-12-25',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: {
        code: 'invalid-input',
        field: 'noticeDate',
        message: expect.stringMatching(/future/),
      },
    });
  });

  it('POST /api/deadlines refuses a final-denial question for Medicare Advantage, an unknown state and an impossible date', async () => {
    for (const [payload, field] of [
      [
        {
          program: 'medicare-advantage',
          notice: 'final-internal-denial',
          noticeDate: '2026-01-05',
        },
        'notice',
      ],
      [{ program: 'employer-group', state: 'ZZ', noticeDate: '2026-01-05' }, 'state'],
      [{ program: 'employer-group', noticeDate: '2026-02-30' }, 'noticeDate'],
      [{ program: 'dental', noticeDate: '2026-01-05' }, 'program'],
    ] as const) {
      const res = await post('/api/deadlines', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json<{ error: { field: string } }>().error.field).toBe(field);
    }
  });

  it("GET /api/cases/:id/deadlines recomputes when the case's fields change, and marks a filed appeal done", async () => {
    const created = await post('/api/cases', {
      patient: { name: 'Nguyễn Thị Lan' },
      plan: { insurer: 'Acme Health', program: 'medicare-advantage', state: 'FL' },
      denial: { noticeDate: '2024-12-31', noticeType: 'prior-authorization-denial' },
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json<{ id: string }>();
    const before = (await get(`/api/cases/${id}/deadlines`)).json<{ deadlines: DeadlineJson[] }>();
    // 42 CFR 422.582(b): 60 days for a notice dated before 2025.
    expect(before.deadlines.find((d) => d.id === 'file-internal-appeal')).toMatchObject({
      due: '2025-03-01',
      state: 'missed',
    });

    const changed = await patch(`/api/cases/${id}`, { denial: { noticeDate: '2026-11-02' } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ nextDeadline: '2027-01-06' });
    const after = (await get(`/api/cases/${id}/deadlines`)).json<{ deadlines: DeadlineJson[] }>();
    // From 2025 on: 65 days from the date on the notice.
    expect(after.deadlines.find((d) => d.id === 'file-internal-appeal')).toMatchObject({
      due: '2027-01-06',
      state: 'open',
      daysLeft: 40,
    });

    for (const to of ['reconsideration-drafted', 'reconsideration-submitted'])
      expect((await post(`/api/cases/${id}/status`, { to })).statusCode).toBe(200);
    const filed = (await get(`/api/cases/${id}/deadlines`)).json<{ deadlines: DeadlineJson[] }>();
    expect(filed.deadlines.find((d) => d.id === 'file-internal-appeal')?.state).toBe('done');
    // Marking the appeal sent dates it, so the plan's 30 days (42 CFR 422.590(a)) show at once.
    expect(filed.deadlines.find((d) => d.id === 'plan-decides-internal-appeal')).toMatchObject({
      who: 'plan',
      due: '2026-12-27',
      sendBy: null,
      state: 'open',
    });
    expect((await get(`/api/cases/${id}`)).json()).toMatchObject({
      denial: { appealFiledAt: '2026-11-27' },
    });
  });

  it('GET /api/cases/:id/deadlines says what is missing when the case has no notice date', async () => {
    const created = await post('/api/cases', {
      patient: { name: 'Sam Lee' },
      plan: { insurer: 'Acme Health', program: 'individual-market' },
    });
    const res = await get(`/api/cases/${created.json<{ id: string }>().id}/deadlines`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ deadlines: [], missing: ['the date on the notice'] });
    expect((await get('/api/cases/no-such-case/deadlines')).statusCode).toBe(404);
  });

  it('GET /api/deadlines lists the open deadlines of every case, soonest first', async () => {
    const res = await get('/api/deadlines');
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: { case: { patientName: string }; deadline: DeadlineJson }[] }>()
      .items;
    expect(items.length).toBeGreaterThan(0);
    const dues = items.map((i) => i.deadline.due.slice(0, 10));
    expect(dues).toEqual([...dues].sort());
    expect(items.every((i) => i.deadline.state !== 'done')).toBe(true);
    expect(items.map((i) => i.case.patientName)).toContain('Nguyễn Thị Lan');
  });
});
