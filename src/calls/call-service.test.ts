import { expect, it } from 'vitest';
import type { Actor } from '../common/actor.js';
import { buildCaseInput } from '../testing/case-factory.js';
import { appErrorOfAsync } from '../testing/app-error-of.js';
import { describeOnEachDatabase } from '../testing/test-env.js';
import { callInput } from './call-input.js';

/** The call log and the tasks it makes, on SQLite and PostgreSQL (the test clock reads 2026-11-27). */
describeOnEachDatabase('the call log and tasks (services)', (env) => {
  const open = async (actor: Actor, overrides: Parameters<typeof buildCaseInput>[0] = {}) =>
    (await env().services.cases.create(actor, buildCaseInput(overrides))).id;
  const log = (actor: Actor, caseId: string, input: Record<string, unknown>) =>
    env().services.calls.add(
      actor,
      caseId,
      callInput.parse({ with: 'Acme Health', summary: 'Asked about the appeal.', ...input }),
    );
  const eventTypes = async (actor: Actor, caseId: string) =>
    (await env().services.timeline.read(actor, caseId, { limit: 100 })).events.map(
      (e) => e.data.type,
    );

  it('logs a call with its promise as a follow-up task, and records it on the timeline', async () => {
    const actor = env().newActor();
    const caseId = await open(actor);
    const logged = await log(actor, caseId, {
      personName: 'Dana',
      personId: 'A-17',
      reference: 'REF-1',
      promised: 'send the claim file',
      promisedBy: '2026-12-04',
      at: '2026-11-27T05:30',
    });
    expect(logged.call).toMatchObject({ partyKind: 'plan', topic: 'denied', reference: 'REF-1' });
    // 05:30 in Texas (UTC−6 in November).
    expect(logged.call.at).toBe('2026-11-27T11:30:00.000Z');
    expect(logged.followUp).toMatchObject({
      kind: 'follow-up',
      due: '2026-12-04',
      title: 'Check with Acme Health: send the claim file',
      overdue: false,
      source: { type: 'call', id: logged.call.id },
    });
    expect(logged.reminders).toEqual([]);
    expect(await eventTypes(actor, caseId)).toEqual(['case-created', 'call-logged']);

    const { calls, followUps } = await env().services.calls.list(actor, caseId);
    expect(calls.map((c) => c.id)).toEqual([logged.call.id]);
    expect(followUps.map((t) => t.id)).toEqual([logged.followUp?.id]);
  });

  it('flags an overdue follow-up and reminds the person to ask for a reference number', async () => {
    const actor = env().newActor();
    const caseId = await open(actor);
    const logged = await log(actor, caseId, { followUp: '2026-11-20', at: '2026-11-10' });
    expect(logged.reminders.join(' ')).toMatch(/reference number/);
    const tasks = await env().services.tasks.list(actor);
    const followUp = tasks.find((t) => t.kind === 'follow-up');
    expect(followUp).toMatchObject({
      due: '2026-11-20',
      overdue: true,
      title: 'Follow up with Acme Health',
    });
    expect((await env().services.calls.list(actor, caseId)).followUps[0]?.overdue).toBe(true);
  });

  it('suggests a supervisor at the third call on one question with no progress', async () => {
    const actor = env().newActor();
    const caseId = await open(actor);
    const noProgress = { topic: 'Claim file', outcome: 'no-progress' };
    expect((await log(actor, caseId, { ...noProgress, at: '2026-11-20' })).supervisor).toBeNull();
    expect((await log(actor, caseId, { ...noProgress, at: '2026-11-21' })).supervisor).toBeNull();
    await log(actor, caseId, { topic: 'billing', outcome: 'no-progress' });
    const third = await log(actor, caseId, { ...noProgress, topic: 'claim  FILE' });
    expect(third.supervisor).toMatchObject({ topic: 'claim file', callsWithoutProgress: 3 });
    expect(third.supervisor?.script.join(' ')).toMatch(/supervisor/);
    const { supervisor } = await env().services.calls.list(actor, caseId);
    expect(supervisor.map((s) => s.topic)).toEqual(['claim file']);
  });

  it('refuses a call in the future, and keeps other people’s cases unseen', async () => {
    const actor = env().newActor();
    const caseId = await open(actor);
    const future = await appErrorOfAsync(log(actor, caseId, { at: '2026-12-01' }));
    expect([future.code, future.field]).toEqual(['invalid-input', 'at']);
    const stranger = env().newActor('Someone Else');
    expect((await appErrorOfAsync(log(stranger, caseId, {}))).code).toBe('not-found');
    expect((await appErrorOfAsync(env().services.tasks.forCase(stranger, caseId))).code).toBe(
      'not-found',
    );
  });

  it('removes a call logged by mistake, with its open follow-up', async () => {
    const actor = env().newActor();
    const caseId = await open(actor);
    const logged = await log(actor, caseId, { followUp: '2026-12-02' });
    await env().services.calls.remove(actor, caseId, logged.call.id);
    expect((await env().services.calls.list(actor, caseId)).calls).toEqual([]);
    expect((await env().services.tasks.forCase(actor, caseId)).some((t) => t.stored)).toBe(false);
    expect(await eventTypes(actor, caseId)).toContain('call-removed');
    const again = await appErrorOfAsync(env().services.calls.remove(actor, caseId, logged.call.id));
    expect(again.code).toBe('not-found');
  });

  it('ticks a task done and back, on the timeline; a deadline’s task cannot be ticked', async () => {
    const actor = env().newActor();
    const caseId = await open(actor);
    const task = await env().services.tasks.add(actor, caseId, {
      title: 'Ask Dr. Lee for a letter',
      due: '2026-12-03',
    });
    expect((await env().services.tasks.done(actor, task.id)).done).toBe(true);
    expect((await env().services.tasks.list(actor)).some((t) => t.id === task.id)).toBe(false);
    expect(
      (await env().services.tasks.forCase(actor, caseId)).find((t) => t.id === task.id)?.done,
    ).toBe(true);
    expect((await env().services.tasks.undo(actor, task.id)).done).toBe(false);
    expect(await eventTypes(actor, caseId)).toEqual([
      'case-created',
      'task-added',
      'task-done',
      'task-reopened',
    ]);
    const derived = await appErrorOfAsync(
      env().services.tasks.done(actor, 'file-internal-appeal.deadline'),
    );
    expect(derived.code).toBe('invalid-input');
    const stranger = env().newActor('Someone Else');
    expect((await appErrorOfAsync(env().services.tasks.done(stranger, task.id))).code).toBe(
      'not-found',
    );
  });

  it('lists send-by dates and "call if no decision" days across cases, soonest first, within a window', async () => {
    const actor = env().newActor();
    // Appeal received 2026-11-01; a post-service appeal is decided within 60 days (29 CFR 2560.503-1(i)(2)(iii)).
    const caseId = await open(actor, { denial: { appealFiledAt: '2026-11-01' } });
    await env().services.tasks.add(actor, caseId, { title: 'Mail the appeal', due: '2026-11-30' });
    const all = await env().services.tasks.list(actor);
    expect(all.map((t) => t.due)).toEqual([...all.map((t) => t.due)].sort());
    const call = all.find((t) => t.kind === 'call-if-no-decision');
    expect(call).toMatchObject({ caseId, due: '2027-01-01', lastDay: '2026-12-31' });
    expect(call?.citation).toMatch(/2560\.503-1/);
    expect(all.some((t) => t.kind === 'deadline' && t.source?.id === 'file-internal-appeal')).toBe(
      true,
    );
    const soon = await env().services.tasks.list(actor, { dueWithin: 7 });
    expect(soon.map((t) => t.title)).toEqual(['Mail the appeal']);
  });
});
