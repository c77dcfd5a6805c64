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

  interface WordedJson {
    id: string;
    action: string;
    limit: string;
    countedFrom: string;
    citation: string;
    note: string | null;
  }

  it('POST /api/deadlines words the deadlines in Spanish with lang "es", citations as written', async () => {
    const payload = { program: 'employer-group', state: 'OH', noticeDate: '2026-11-02' };
    const english = (await post('/api/deadlines', payload)).json<{
      deadlines: WordedJson[];
      disclaimer: string;
    }>();
    const res = await post('/api/deadlines', { ...payload, lang: 'es' });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ deadlines: WordedJson[]; later: WordedJson[]; disclaimer: string }>();
    const file = body.deadlines.find((d) => d.id === 'file-internal-appeal');
    expect(file).toMatchObject({
      action: 'Envíe su apelación al plan',
      limit: '180 días',
      countedFrom:
        'la fecha del aviso (2026-11-02): no se sabe el día en que usted lo recibió, y contar desde la fecha anterior es lo más seguro',
      citation: '29 CFR 2560.503-1(h)(3)(i); 45 CFR 147.136(b)(2)(i), (b)(3)(i)',
    });
    expect(file?.note).toMatch(/Este es el mínimo federal\. Ohio puede darle más tiempo/);
    expect(body.later.find((l) => l.id === 'file-external-review')?.action).toMatch(
      /^Pida una revisión externa independiente/,
    );
    expect(body.disclaimer).toMatch(/No es asesoramiento legal/);
    // The same dates as in English, only the words differ.
    expect(body.deadlines.map((d) => d.id)).toEqual(english.deadlines.map((d) => d.id));
    expect(english.disclaimer).toMatch(/not legal advice/);
  });

  it('GET /api/cases/:id/deadlines and GET /api/deadlines take ?lang=es, and refuse ?lang=xx naming the field', async () => {
    const created = await post('/api/cases', {
      patient: { name: 'Rosa Díaz' },
      plan: { insurer: 'Acme Health', program: 'medicaid-managed-care', state: 'TX' },
      denial: { noticeDate: '2026-11-20', statedDeadlineDays: 30 },
    });
    const { id } = created.json<{ id: string }>();
    const one = await get(`/api/cases/${id}/deadlines?lang=es`);
    expect(one.statusCode).toBe(200);
    const deadlines = one.json<{ deadlines: WordedJson[]; disclaimer: string }>().deadlines;
    expect(deadlines.find((d) => d.id === 'notice-stated-deadline')).toMatchObject({
      action: 'Apele antes de la fecha que indica su aviso',
      citation: 'Su aviso',
      limit: '30 días',
    });
    expect(deadlines.find((d) => d.id === 'continue-benefits')?.action).toBe(
      'Apele y pida seguir recibiendo sus beneficios durante la apelación',
    );
    const english = (await get(`/api/cases/${id}/deadlines`)).json<{ deadlines: WordedJson[] }>();
    expect(english.deadlines.find((d) => d.id === 'file-internal-appeal')?.action).toBe(
      'Ask the plan for an appeal',
    );

    const all = await get('/api/deadlines?lang=es');
    expect(all.statusCode).toBe(200);
    const body = all.json<{ items: { deadline: WordedJson }[]; disclaimer: string }>();
    expect(body.items.map((i) => i.deadline.action)).toContain('Pida una apelación al plan');
    expect(body.disclaimer).toMatch(/No es asesoramiento legal/);

    for (const url of [`/api/cases/${id}/deadlines?lang=xx`, '/api/deadlines?lang=xx']) {
      const bad = await get(url);
      expect(bad.statusCode, url).toBe(400);
      expect(bad.json<{ error: { field: string } }>().error, url).toMatchObject({
        code: 'invalid-input',
        field: 'lang',
      });
    }
    const badBody = await post('/api/deadlines', {
      program: 'employer-group',
      noticeDate: '2026-11-02',
      lang: 'xx',
    });
    expect(badBody.statusCode).toBe(400);
    expect(badBody.json<{ error: { field: string } }>().error.field).toBe('lang');
  });
});
