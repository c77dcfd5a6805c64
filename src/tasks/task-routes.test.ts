import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildCaseInput } from '../testing/case-factory.js';
import { buildSecondOpinionInput } from '../testing/opinion-factory.js';
import { describeOnEachDatabase } from '../testing/test-env.js';
import { buildTestServer, injector } from '../testing/test-server.js';

interface TaskBody {
  id: string;
  caseId: string;
  kind: string;
  kindLabel: string;
  title: string;
  due: string;
  done: boolean;
  overdue: boolean;
  canTick: boolean;
}

const uidsOf = (ics: string) => {
  const jcal: unknown = ICAL.parse(ics);
  if (!Array.isArray(jcal)) throw new Error('not an iCalendar document');
  return new ICAL.Component(jcal)
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));
};

describeOnEachDatabase('tasks over HTTP (/api/tasks, /api/cases/{id}/tasks)', (env) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestServer(env());
  });
  afterAll(async () => {
    await app.close();
  });
  const http = () => injector(app);

  it('adds a task, lists it across cases and on the case, ticks it done and back', async () => {
    const id = (
      await http().post('/api/cases', buildCaseInput({ denial: { appealFiledAt: '2026-11-01' } }))
    ).json<{ id: string }>().id;
    const added = await http().post(`/api/cases/${id}/tasks`, {
      title: 'Fax the letter',
      due: '2026-11-25',
    });
    expect(added.statusCode).toBe(201);
    const task = added.json<TaskBody>();
    expect(task).toMatchObject({ kind: 'manual', overdue: true, canTick: true });

    const all = (await http().get('/api/tasks?dueWithin=40')).json<{ tasks: TaskBody[] }>().tasks;
    const mine = all.filter((t) => t.caseId === id);
    expect(mine.map((t) => t.kind)).toEqual(
      expect.arrayContaining(['manual', 'call-if-no-decision']),
    );
    expect(all.map((t) => t.due)).toEqual([...all.map((t) => t.due)].sort());
    expect((await http().get('/api/tasks?dueWithin=-1')).statusCode).toBe(400);
    expect((await http().get('/api/tasks?dueWithin=soon')).statusCode).toBe(400);

    const done = await http().post(`/api/tasks/${task.id}/done`, {});
    expect(done.json<TaskBody>()).toMatchObject({ done: true, overdue: false });
    const onCase = (await http().get(`/api/cases/${id}/tasks`)).json<{ tasks: TaskBody[] }>().tasks;
    expect(onCase.find((t) => t.id === task.id)?.done).toBe(true);
    const undone = await http().delete(`/api/tasks/${task.id}/done`);
    expect(undone.json<TaskBody>().done).toBe(false);
    expect((await http().post('/api/tasks/no-such-task/done', {})).statusCode).toBe(404);
    const bad = await http().post(`/api/cases/${id}/tasks`, { title: 'x', due: '2026-02-30' });
    expect(bad.statusCode).toBe(400);
  });

  it('puts follow-ups and "call if no decision" days in the calendar with stable UIDs', async () => {
    const id = (
      await http().post('/api/cases', buildCaseInput({ denial: { appealFiledAt: '2026-11-01' } }))
    ).json<{ id: string }>().id;
    const logged = (
      await http().post(`/api/cases/${id}/calls`, {
        with: 'Acme Health',
        summary: 'They will call back.',
        followUp: '2026-12-02',
      })
    ).json<{ followUp: { id: string } }>();
    const events = uidsOf((await http().get(`/api/calendar.ics?case=${id}`)).body);
    const byUid = Object.fromEntries(events.map((e) => [e.uid, e]));
    const followUp = byUid[`${id}.task.${logged.followUp.id}@overturn.local`];
    expect(followUp?.startDate.toString()).toBe('2026-12-02');
    expect(followUp?.summary).toContain('Follow up with Acme Health');
    const call =
      byUid[`${id}.task.plan-decides-internal-appeal.call-if-no-decision@overturn.local`];
    expect(call?.startDate.toString()).toBe('2027-01-01');
    expect(call?.description).toContain('2560.503-1');
    // The deadlines are still there, once each.
    expect(
      events.filter((e) => e.uid === `${id}.file-internal-appeal.due@overturn.local`),
    ).toHaveLength(1);
  });

  it('answers in Spanish with ?lang=es: the titles the system wrote, not the ones typed', async () => {
    const id = (await http().post('/api/cases', buildCaseInput())).json<{ id: string }>().id;
    const waiting = (
      await http().post('/api/cases', buildCaseInput({ denial: { appealFiledAt: '2026-11-01' } }))
    ).json<{ id: string }>().id;
    await http().post(`/api/cases/${id}/tasks`, { title: 'Fax the letter', due: '2026-12-01' });
    const logged = await http().post(`/api/cases/${id}/calls`, {
      with: 'Acme Health',
      summary: 'They will look.',
      promised: 'the claim file',
      promisedBy: '2026-12-04',
    });
    const followUpId = logged.json<{ followUp: { id: string } }>().followUp.id;

    const titles = async (url: string) =>
      Object.fromEntries(
        (await http().get(url)).json<{ tasks: TaskBody[] }>().tasks.map((t) => [t.kind, t]),
      );
    const es = await titles(`/api/cases/${id}/tasks?lang=es`);
    expect(es['follow-up']).toMatchObject({
      title: 'Confirme con Acme Health: the claim file',
      kindLabel: 'Seguimiento de una llamada',
    });
    expect(es.manual).toMatchObject({ title: 'Fax the letter', kindLabel: 'Su propia tarea' });
    expect(es.deadline?.title).toMatch(/^Envíe su apelación al plan \(envíelo a más tardar el /);
    const en = await titles(`/api/cases/${id}/tasks`);
    expect(en['follow-up']?.title).toBe('Check with Acme Health: the claim file');
    expect(en.deadline?.title).toMatch(/^Send your appeal to the plan \(send by /);
    expect(en.manual?.kindLabel).toBe('Your own task');

    const across = (await http().get('/api/tasks?lang=es&dueWithin=3650')).json<{
      tasks: TaskBody[];
    }>().tasks;
    expect(
      across.find((t) => t.caseId === waiting && t.kind === 'call-if-no-decision')?.title,
    ).toBe('Llame a su plan de salud si el 2026-12-31 todavía no tiene una decisión');
    expect(across.find((t) => t.id === followUpId)?.title).toBe(
      'Confirme con Acme Health: the claim file',
    );

    const ticked = await http().post(`/api/tasks/${followUpId}/done?lang=es`, {});
    expect(ticked.json<TaskBody>().title).toBe('Confirme con Acme Health: the claim file');
    const unticked = await http().delete(`/api/tasks/${followUpId}/done?lang=es`);
    expect(unticked.json<TaskBody>().kindLabel).toBe('Seguimiento de una llamada');
    const added = await http().post(`/api/cases/${id}/tasks?lang=es`, {
      title: 'Call the plan',
      due: '2026-12-02',
    });
    expect(added.json<TaskBody>()).toMatchObject({
      title: 'Call the plan',
      kindLabel: 'Su propia tarea',
    });
  });

  it('words the records check of a second opinion in Spanish', async () => {
    const { id } = (await http().post('/api/opinions', buildSecondOpinionInput())).json<{
      id: string;
    }>();
    expect(
      (await http().post(`/api/opinions/${id}/letters`, { kind: 'records-request' })).statusCode,
    ).toBe(201);
    const [task] = (await http().get(`/api/cases/${id}/tasks?lang=es`)).json<{
      tasks: TaskBody[];
    }>().tasks;
    expect(task?.title).toMatch(/^Confirme que llegaron los expedientes médicos de /);
    expect(task?.title).toContain('45 CFR 164.524(b)(2)');
  });

  it('answers 400 naming the field for a language it does not speak', async () => {
    const id = (await http().post('/api/cases', buildCaseInput())).json<{ id: string }>().id;
    for (const url of ['/api/tasks?lang=xx', `/api/cases/${id}/tasks?lang=fr`]) {
      const res = await http().get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json<{ error: { message: string } }>().error.message, url).toContain('lang');
    }
  });
});
