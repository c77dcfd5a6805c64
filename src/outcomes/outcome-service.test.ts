import { expect, it } from 'vitest';
import type { Actor } from '../common/actor.js';
import { buildCaseInput } from '../testing/case-factory.js';
import { describeOnEachDatabase, type TestEnv } from '../testing/test-env.js';
import { outcomeInput } from './outcome-input.js';

/** A case of its own advocate, sent for internal appeal and waiting for the plan's decision. */
async function caseAwaitingDecision(env: TestEnv) {
  const actor = env.newActor('Dana Advocate');
  const c = await env.services.cases.create(actor, buildCaseInput());
  await env.services.cases.changeStatus(actor, c.id, { to: 'internal-appeal-drafted' });
  await env.services.cases.changeStatus(actor, c.id, { to: 'internal-appeal-submitted' });
  return { actor, id: c.id };
}

const won = (overrides: Record<string, unknown> = {}) =>
  outcomeInput.parse({
    decision: 'overturned',
    decidedOn: '2026-11-20',
    decidedBy: 'Acme Health',
    ...overrides,
  });

async function eventTypes(env: TestEnv, actor: Actor, id: string) {
  const { events } = await env.services.timeline.read(actor, id, { limit: 100 });
  return events.map((e) => e.data.type);
}

describeOnEachDatabase('outcome service', (env) => {
  it('records a win at the level the case waits at, and moves the case with it', async () => {
    const { actor, id } = await caseAwaitingDecision(env());
    const { outcome, case: c } = await env().services.outcomes.record(
      actor,
      id,
      won({ amountPaidCents: 124_010, reference: 'D-9' }),
    );
    expect(c.status).toBe('internal-appeal-overturned');
    expect(outcome).toMatchObject({
      level: 'internal-appeal',
      decision: 'overturned',
      decidedOn: '2026-11-20',
      decidedBy: 'Acme Health',
      amountPaidCents: 124_010,
      reference: 'D-9',
    });
    const { events } = await env().services.timeline.read(actor, id, { limit: 100 });
    expect(events.slice(-2).map((e) => e.data)).toMatchObject([
      { type: 'status-changed', to: 'internal-appeal-overturned' },
      { type: 'outcome-recorded', outcomeId: outcome.id, amountPaidCents: 124_010 },
    ]);

    const paid = await env().services.outcomes.record(
      actor,
      id,
      won({ decision: 'paid', decidedOn: '2026-11-25', amountPaidCents: 100 }),
    );
    expect(paid.case.status).toBe('paid');
    expect(paid.outcome.level).toBeNull();
    const listed = await env().services.outcomes.list(actor, id);
    expect(listed.outcomes.map((o) => o.decision)).toEqual(['overturned', 'paid']);
  });

  it('refuses a decision on a case not waiting for one, with the allowed steps, and writes nothing', async () => {
    const actor = env().newActor();
    const c = await env().services.cases.create(actor, buildCaseInput());
    const error = await env()
      .services.outcomes.record(actor, c.id, won())
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'illegal-transition',
      details: { allowed: expect.arrayContaining(['internal-appeal-drafted']) as unknown },
    });
    expect((error as Error).message).toContain('Allowed next: internal-appeal-drafted');
    const paid = await env()
      .services.outcomes.record(actor, c.id, won({ decision: 'paid' }))
      .catch((e: unknown) => e);
    expect(paid).toMatchObject({ code: 'illegal-transition' });
    expect((await env().services.outcomes.list(actor, c.id)).outcomes).toEqual([]);
    expect(await eventTypes(env(), actor, c.id)).toEqual(['case-created']);
    expect((await env().services.cases.get(actor, c.id)).status).toBe('denied');
  });

  it('refuses a date in the future, a date before the notice, and an amount on "denied again"', async () => {
    const { actor, id } = await caseAwaitingDecision(env());
    for (const [input, text] of [
      [won({ decidedOn: '2026-12-25' }), 'in the future'],
      [won({ decidedOn: '2026-09-30' }), 'before the denial notice (2026-10-01)'],
      [won({ decision: 'upheld', amountPaidCents: 5 }), 'pays nothing'],
    ] as const) {
      const error = await env()
        .services.outcomes.record(actor, id, input)
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'invalid-input' });
      expect((error as Error).message).toContain(text);
    }
    expect((await env().services.cases.get(actor, id)).status).toBe('internal-appeal-submitted');
    expect((await env().services.outcomes.list(actor, id)).outcomes).toEqual([]);
  });

  it('writes nothing when what goes alongside a step fails: the step, the outcome, the events', async () => {
    const { actor, id } = await caseAwaitingDecision(env());
    const before = await env().services.cases.get(actor, id);
    const failing = async () => {
      throw new Error('disk full');
    };
    await expect(
      env().services.cases.changeStatus(
        actor,
        id,
        { to: 'internal-appeal-upheld' },
        { alongside: failing },
      ),
    ).rejects.toThrow('disk full');
    expect(await env().services.cases.get(actor, id)).toEqual(before);
    expect(await eventTypes(env(), actor, id)).not.toContain('outcome-recorded');
  });

  it('takes the decision back when its step is undone, and keeps the row marked deleted', async () => {
    const { actor, id } = await caseAwaitingDecision(env());
    await env().services.outcomes.record(actor, id, won());
    const undone = await env().services.cases.undoStatusChange(actor, id);
    expect(undone.status).toBe('internal-appeal-submitted');
    expect((await env().services.outcomes.list(actor, id)).outcomes).toEqual([]);
    const rows = await env()
      .database.db.selectFrom('outcomes')
      .select(['deleted_at'])
      .where('case_id', '=', id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.deleted_at).not.toBeNull();
    // A decision recorded again after the undo stands.
    await env().services.outcomes.record(actor, id, won({ decision: 'upheld' }));
    expect((await env().services.outcomes.list(actor, id)).outcomes.map((o) => o.decision)).toEqual(
      ['upheld'],
    );
  });

  it('keeps outcomes to the case’s own advocate', async () => {
    const { id } = await caseAwaitingDecision(env());
    const stranger = env().newActor();
    await expect(env().services.outcomes.record(stranger, id, won())).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(env().services.outcomes.list(stranger, id)).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
