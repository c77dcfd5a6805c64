import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildCaseInput } from '../testing/case-factory.js';
import { describeOnEachDatabase } from '../testing/test-env.js';
import { buildTestServer, injector } from '../testing/test-server.js';

const listQuery = { sort: 'recent', limit: 50 } as const;

describeOnEachDatabase('deleting a case, and undoing it', (env) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestServer(env());
  });
  afterAll(async () => {
    await app.close();
  });

  it('takes a deleted case out of lists, deadlines, tasks and the calendar; restore brings it back', async () => {
    const { services, newActor } = env();
    const actor = newActor();
    const c = await services.cases.create(actor, buildCaseInput({ patient: { name: 'Zoë Doe' } }));
    await services.tasks.add(actor, c.id, { title: 'Call the plan', due: '2026-12-10' });
    const ids = async () => (await services.cases.list(actor, listQuery)).cases.map((x) => x.id);
    expect((await services.deadlines.acrossCases(actor)).length).toBeGreaterThan(0);
    expect((await services.tasks.list(actor)).length).toBeGreaterThan(0);
    expect(await services.calendar.ics(actor)).toContain('Zoë Doe');

    await services.cases.remove(actor, c.id, { expectedVersion: c.version });
    expect(await ids()).toEqual([]);
    expect(await services.deadlines.acrossCases(actor)).toEqual([]);
    expect(await services.tasks.list(actor)).toEqual([]);
    expect(await services.calendar.ics(actor)).not.toContain('Zoë Doe');
    await expect(services.cases.get(actor, c.id)).rejects.toMatchObject({ code: 'not-found' });
    const deleted = await services.cases.list(actor, { ...listQuery, deleted: true });
    expect(deleted.cases.map((x) => x.id)).toEqual([c.id]);

    const restored = await services.cases.restore(actor, c.id);
    expect(restored.version).toBe(c.version + 2);
    expect(await ids()).toEqual([c.id]);
    expect((await services.tasks.list(actor)).length).toBeGreaterThan(0);
    const { events } = await services.timeline.read(actor, c.id, { limit: 10 });
    expect(events.map((e) => e.data.type)).toEqual([
      'case-created',
      'task-added',
      'case-deleted',
      'case-restored',
    ]);
  });

  it('refuses a stale version, a second delete, a restore of a live case, and strangers', async () => {
    const { services, newActor } = env();
    const actor = newActor();
    const c = await services.cases.create(actor, buildCaseInput());
    await expect(
      services.cases.remove(actor, c.id, { expectedVersion: c.version + 5 }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(services.cases.remove(newActor(), c.id)).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(services.cases.restore(actor, c.id)).rejects.toMatchObject({ code: 'not-found' });
    await services.cases.remove(actor, c.id);
    await expect(services.cases.remove(actor, c.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(services.cases.restore(newActor(), c.id)).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('answers DELETE /api/cases/{id} with 204, lists it under ?deleted=true, and restores it', async () => {
    const http = injector(app);
    const id = (await http.post('/api/cases', buildCaseInput())).json<{ id: string }>().id;
    expect((await http.delete(`/api/cases/${id}`)).statusCode).toBe(204);
    expect((await http.get(`/api/cases/${id}`)).statusCode).toBe(404);
    expect((await http.delete(`/api/cases/${id}`)).statusCode).toBe(404);
    const live = (await http.get('/api/cases')).json<{ items: { id: string }[] }>().items;
    expect(live.map((x) => x.id)).not.toContain(id);
    const gone = await http.get('/api/cases?deleted=true');
    expect(gone.statusCode).toBe(200);
    expect(gone.json<{ items: { id: string }[] }>().items.map((x) => x.id)).toContain(id);
    expect((await http.get('/api/cases?deleted=maybe')).statusCode).toBe(400);

    const restored = await http.post(`/api/cases/${id}/restore`, {});
    expect(restored.statusCode).toBe(200);
    expect(restored.json<{ id: string; version: number }>()).toMatchObject({ id, version: 3 });
    expect(restored.headers.etag).toBe('"3"');
    expect((await http.get(`/api/cases/${id}`)).statusCode).toBe(200);
    expect((await http.post(`/api/cases/${id}/restore`, {})).statusCode).toBe(404);
  });

  it('checks If-Match on DELETE', async () => {
    const http = injector(app);
    const id = (await http.post('/api/cases', buildCaseInput())).json<{ id: string }>().id;
    const stale = await app.inject({
      method: 'DELETE',
      url: `/api/cases/${id}`,
      headers: { host: '127.0.0.1', 'if-match': '"7"' },
    });
    expect(stale.statusCode).toBe(409);
    expect((await http.get(`/api/cases/${id}`)).statusCode).toBe(200);
  });
});
