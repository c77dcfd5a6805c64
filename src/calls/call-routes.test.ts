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

  it('answers in Spanish with ?lang=es: labels, reminders, follow-up and supervisor script', async () => {
    const id = await openCase();
    const call = {
      with: 'Acme Health',
      summary: 'Still waiting.',
      topic: 'appeal status',
      outcome: 'no-progress',
      followUp: '2026-12-05',
    };
    const first = await http().post(`/api/cases/${id}/calls?lang=es`, call);
    expect(first.statusCode).toBe(201);
    const logged = first.json<LoggedCall & { outcomeLabel: string; followUp: { title: string } }>();
    expect(logged.reminders[0]).toBe(
      'Pida un número de referencia en cada llamada. Anótelo junto con la fecha.',
    );
    expect(logged.outcomeLabel).toBe('No hubo avances');
    expect(logged.followUp.title).toBe('Comuníquese de nuevo con Acme Health');
    await http().post(`/api/cases/${id}/calls`, call);
    await http().post(`/api/cases/${id}/calls`, call);

    type Log = {
      items: { directionLabel: string; partyLabel: string; followUp: { title: string } | null }[];
      supervisor: { why: string; script: string[]; tip: { text: string; citation: string } }[];
    };
    const es = (await http().get(`/api/cases/${id}/calls?lang=es`)).json<Log>();
    expect(es.items[0]).toMatchObject({
      directionLabel: 'Usted les llamó',
      partyLabel: 'El plan de salud',
      followUp: { title: 'Comuníquese de nuevo con Acme Health' },
    });
    expect(es.supervisor[0]?.why).toContain('Es hora de pedir hablar con un supervisor');
    expect(es.supervisor[0]?.script[0]).toBe(
      'He llamado 3 veces por este asunto y todavía no se ha resuelto. Quisiera hablar con un supervisor, por favor.',
    );
    expect(es.supervisor[0]?.tip.citation).toBe('29 CFR 2560.503-1(h)(2)(iii), (m)(8)');
    const en = (await http().get(`/api/cases/${id}/calls`)).json<Log>();
    expect(en.items[0]?.directionLabel).toBe('You called them');
    expect(en.supervisor[0]?.script[0]).toMatch(/^I have called 3 times/);

    for (const res of [
      await http().get(`/api/cases/${id}/calls?lang=xx`),
      await http().post(`/api/cases/${id}/calls?lang=de`, call),
    ]) {
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: { message: string } }>().error.message).toContain('lang');
    }
  });
});
