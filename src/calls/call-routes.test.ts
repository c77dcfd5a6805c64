import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildCaseInput } from '../testing/case-factory.js';
import { describeOnEachDatabase } from '../testing/test-env.js';
import { buildTestServer, injector } from '../testing/test-server.js';

interface LoggedCall {
  id: string;
  with: string;
  followUp: { id: string; due: string; overdue: boolean } | null;
  reminders: string[];
  supervisor: { script: string[] } | null;
}

describeOnEachDatabase('calls over HTTP (/api/cases/{id}/calls)', (env) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestServer(env());
  });
  afterAll(async () => {
    await app.close();
  });
  const http = () => injector(app);
  const openCase = async () =>
    (await http().post('/api/cases', buildCaseInput())).json<{ id: string }>().id;

  it('logs a call (201) with its follow-up, lists it, and removes it (204)', async () => {
    const id = await openCase();
    const res = await http().post(`/api/cases/${id}/calls`, {
      with: 'Acme Health appeals',
      personName: 'Dana <b>',
      reference: 'R-77',
      summary: 'They have the appeal.',
      promised: 'a decision letter',
      promisedBy: '2026-12-15',
    });
    expect(res.statusCode).toBe(201);
    const logged = res.json<LoggedCall>();
    expect(logged.followUp?.due).toBe('2026-12-15');
    expect(logged.reminders).toEqual([]);

    const list = await http().get(`/api/cases/${id}/calls`);
    expect(list.statusCode).toBe(200);
    const body = list.json<{
      items: (LoggedCall & { personName: string })[];
      supervisor: unknown[];
    }>();
    expect(body.items.map((c) => [c.id, c.personName, c.followUp?.id])).toEqual([
      [logged.id, 'Dana <b>', logged.followUp?.id],
    ]);
    expect(body.supervisor).toEqual([]);

    expect((await http().delete(`/api/cases/${id}/calls/${logged.id}`)).statusCode).toBe(204);
    expect((await http().get(`/api/cases/${id}/calls`)).json<{ items: unknown[] }>().items).toEqual(
      [],
    );
    expect((await http().delete(`/api/cases/${id}/calls/${logged.id}`)).statusCode).toBe(404);
  });

  it('answers 400 naming the field for a missing "with", a bad date and an unknown party', async () => {
    const id = await openCase();
    for (const [body, field] of [
      [{ summary: 'x' }, 'with'],
      [{ with: 'Acme', summary: 'x', followUp: '2026-02-30' }, 'followUp'],
      [{ with: 'Acme', summary: 'x', party: 'friend' }, 'party'],
      [{ with: 'Acme', summary: '' }, 'summary'],
    ] as const) {
      const res = await http().post(`/api/cases/${id}/calls`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json<{ error: { message: string } }>().error.message).toContain(field);
    }
    expect(
      (await http().post('/api/cases/nope/calls', { with: 'A', summary: 'x' })).statusCode,
    ).toBe(404);
  });

  it('gives the supervisor script at the third call without progress', async () => {
    const id = await openCase();
    const call = {
      with: 'Acme',
      summary: 'Still waiting.',
      topic: 'appeal status',
      outcome: 'no-progress',
    };
    await http().post(`/api/cases/${id}/calls`, call);
    await http().post(`/api/cases/${id}/calls`, call);
    const third = (await http().post(`/api/cases/${id}/calls`, call)).json<LoggedCall>();
    expect(third.supervisor?.script[0]).toMatch(/supervisor/);
    const list = (await http().get(`/api/cases/${id}/calls`)).json<{ supervisor: unknown[] }>();
    expect(list.supervisor).toHaveLength(1);
  });
});
