import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildCaseInput } from '../testing/case-factory.js';
import { describeOnEachDatabase } from '../testing/test-env.js';
import { buildTestServer, injector } from '../testing/test-server.js';

interface Recorded {
  outcome: { id: string; decision: string; level: string | null; summary: string };
  case: { status: string; version: number };
}

describeOnEachDatabase('outcomes over HTTP (/api/cases/{id}/outcomes)', (env) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestServer(env());
  });
  afterAll(async () => {
    await app.close();
  });
  const http = () => injector(app);
  const awaitingDecision = async () => {
    const id = (await http().post('/api/cases', buildCaseInput())).json<{ id: string }>().id;
    for (const to of ['internal-appeal-drafted', 'internal-appeal-submitted'])
      expect((await http().post(`/api/cases/${id}/status`, { to })).statusCode).toBe(200);
    return id;
  };

  it('records a partial win (201) with the case moved, and lists it with the timeline saying it', async () => {
    const id = await awaitingDecision();
    const res = await http().post(`/api/cases/${id}/outcomes`, {
      decision: 'partly-overturned',
      decidedOn: '2026-11-20',
      decidedBy: 'Acme <Health>',
      amountPaidCents: 50_000,
    });
    expect(res.statusCode).toBe(201);
    const body = res.json<Recorded>();
    expect(body.case.status).toBe('internal-appeal-partly-overturned');
    expect(body.outcome).toMatchObject({ decision: 'partly-overturned', level: 'internal-appeal' });
    expect(body.outcome.summary).toBe(
      'Partly won at the internal appeal, decided by Acme <Health> on 2026-11-20; paid $500.00',
    );
    const list = await http().get(`/api/cases/${id}/outcomes`);
    expect(list.json<{ items: { id: string }[] }>().items.map((o) => o.id)).toEqual([
      body.outcome.id,
    ]);
    const timeline = await http().get(`/api/cases/${id}/timeline`);
    expect(timeline.json<{ items: { type: string }[] }>().items.at(-1)?.type).toBe(
      'outcome-recorded',
    );
  });

  it('answers 400 for bad input and 409 for a case not waiting for a decision', async () => {
    const id = await awaitingDecision();
    for (const [body, field] of [
      [{ decision: 'won', decidedOn: '2026-11-20', decidedBy: 'A' }, 'decision'],
      [{ decision: 'overturned', decidedOn: '2026-02-30', decidedBy: 'A' }, 'decidedOn'],
      [{ decision: 'overturned', decidedOn: '2026-11-20' }, 'decidedBy'],
      [
        { decision: 'overturned', decidedOn: '2026-11-20', decidedBy: 'A', amountPaidCents: 1.5 },
        'amountPaidCents',
      ],
      [
        { decision: 'paid', decidedOn: '2026-11-20', decidedBy: 'A', amountPaidCents: 1e9 },
        'amountPaidCents',
      ],
    ] as const) {
      const res = await http().post(`/api/cases/${id}/outcomes`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json<{ error: { field: string } }>().error.field).toBe(field);
    }
    const paidTooSoon = await http().post(`/api/cases/${id}/outcomes`, {
      decision: 'paid',
      decidedOn: '2026-11-20',
      decidedBy: 'Acme',
    });
    expect(paidTooSoon.statusCode).toBe(409);
    expect(paidTooSoon.json<{ error: { code: string } }>().error.code).toBe('illegal-transition');
    expect((await http().get(`/api/cases/${id}/outcomes`)).json<{ items: [] }>().items).toEqual([]);
    expect((await http().get('/api/cases/nope/outcomes')).statusCode).toBe(404);
  });

  it('answers in Spanish with ?lang=es: the decision, the level and the summary', async () => {
    const id = await awaitingDecision();
    const res = await http().post(`/api/cases/${id}/outcomes?lang=es`, {
      decision: 'overturned',
      decidedOn: '2026-11-20',
      decidedBy: 'Acme Health',
    });
    expect(res.statusCode).toBe(201);
    type View = { decisionLabel: string; levelName: string; summary: string };
    expect(res.json<{ outcome: View }>().outcome).toMatchObject({
      decisionLabel: 'Ganada',
      levelName: 'Apelación interna',
      summary: 'Ganada en la apelación interna, decidida por Acme Health el 2026-11-20',
    });
    const es = (await http().get(`/api/cases/${id}/outcomes?lang=es`)).json<{ items: View[] }>();
    expect(es.items[0]?.summary).toBe(
      'Ganada en la apelación interna, decidida por Acme Health el 2026-11-20',
    );
    const en = (await http().get(`/api/cases/${id}/outcomes`)).json<{ items: View[] }>();
    expect(en.items[0]).toMatchObject({ decisionLabel: 'Won', levelName: 'Internal appeal' });
    const bad = await http().get(`/api/cases/${id}/outcomes?lang=xx`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toContain('lang');
  });
});
