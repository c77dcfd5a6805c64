import { expect, it } from 'vitest';
import { localOwner } from '../common/actor.js';
import { buildCaseInput } from '../testing/case-factory.js';
import { appErrorOfAsync } from '../testing/app-error-of.js';
import { describeOnEachDatabase } from '../testing/test-env.js';

describeOnEachDatabase('state help: corrections and cases', (env) => {
  it('lays a correction over the shipped value, marks it, and removing it brings the value back', async () => {
    const { services } = env();
    const actor = env().newActor('Dana Advocate');
    const shipped = (await services.stateHelp.forState(actor, 'IL')).insuranceDepartment;
    const saved = await services.stateHelp.correct(actor, 'IL', {
      key: 'insuranceDepartment.phone',
      value: '217-555-0100',
      note: 'number on the 2027 notice',
    });
    const corrected = (await services.stateHelp.forState(actor, 'IL')).insuranceDepartment;
    expect(corrected?.phone).toBe('217-555-0100');
    expect(corrected?.corrections).toEqual([
      expect.objectContaining({
        id: saved.id,
        shipped: shipped?.phone,
        note: 'number on the 2027 notice',
        words: `Corrected locally on ${saved.createdAt.slice(0, 10)} by Dana Advocate.`,
      }),
    ]);
    // Another state is untouched.
    expect(
      (await services.stateHelp.forState(actor, 'IN')).insuranceDepartment?.corrections,
    ).toEqual([]);

    await services.stateHelp.removeCorrection(actor, saved.id);
    const back = (await services.stateHelp.forState(actor, 'IL')).insuranceDepartment;
    expect(back?.phone).toBe(shipped?.phone);
    expect(back?.corrections).toEqual([]);
    // The row is kept, removed: it cannot be removed twice.
    expect((await appErrorOfAsync(services.stateHelp.removeCorrection(actor, saved.id))).code).toBe(
      'not-found',
    );
    const row = await env()
      .ctx.db.selectFrom('state_help_corrections')
      .select(['deleted_at'])
      .where('id', '=', saved.id)
      .executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
  });

  it('shows an older correction again when the newer one is removed', async () => {
    const { services } = env();
    const actor = env().newActor();
    const key = 'ship.url';
    await services.stateHelp.correct(actor, 'OH', {
      key,
      value: 'https://example.org/old',
      note: null,
    });
    const newer = await services.stateHelp.correct(actor, 'OH', {
      key,
      value: 'https://example.org/new',
      note: null,
    });
    expect((await services.stateHelp.forState(actor, 'OH')).ship.url).toBe(
      'https://example.org/new',
    );
    await services.stateHelp.removeCorrection(actor, newer.id);
    expect((await services.stateHelp.forState(actor, 'OH')).ship.url).toBe(
      'https://example.org/old',
    );
  });

  it('lets only the maker or the owner remove a correction', async () => {
    const { services } = env();
    const maker = env().newActor();
    const saved = await services.stateHelp.correct(maker, 'NV', {
      key: 'consumerAssistance.phone',
      value: '702-555-0100',
      note: null,
    });
    const other = env().newActor();
    expect((await appErrorOfAsync(services.stateHelp.removeCorrection(other, saved.id))).code).toBe(
      'forbidden',
    );
    await services.stateHelp.removeCorrection(localOwner, saved.id);
    expect(await services.stateHelp.corrections(maker, 'NV')).toEqual([]);
  });

  it('refuses to correct an entry the state does not have', async () => {
    const { services } = env();
    const error = await appErrorOfAsync(
      services.stateHelp.correct(env().newActor(), 'TX', {
        key: 'regulators.dmhc.phone',
        value: '800-555-0100',
        note: null,
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('Texas has no entry for regulators.dmhc');
  });

  it('reads a case’s state, network, program and funding', async () => {
    const { services } = env();
    const actor = env().newActor();
    const c = await services.cases.create(
      actor,
      buildCaseInput({ plan: { state: 'CA', networkType: 'hmo', program: 'individual-market' } }),
    );
    const help = await services.stateHelp.forCase(actor, c.id);
    expect(help.facts).toEqual({ network: 'hmo', program: 'individual-market', funding: null });
    expect(help.forThisCase[0]?.key).toBe('regulators.dmhc');
    // Someone who may not see the case is told it does not exist.
    const stranger = env().newActor();
    expect((await appErrorOfAsync(services.stateHelp.forCase(stranger, c.id))).code).toBe(
      'not-found',
    );
  });

  it('asks for the state when the case has none', async () => {
    const { services } = env();
    const actor = env().newActor();
    const c = await services.cases.create(actor, buildCaseInput({ plan: { state: null } }));
    const error = await appErrorOfAsync(services.stateHelp.forCase(actor, c.id));
    expect(error).toMatchObject({ code: 'invalid-input', field: 'plan.state' });
  });
});
