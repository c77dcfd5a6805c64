import { expect, it } from 'vitest';
import { localOwner } from '../common/actor.js';
import { AppError } from '../common/errors.js';
import { buildCaseInput } from '../testing/case-factory.js';
import { describeOnEachDatabase } from '../testing/test-env.js';
import { caseCreateInput, casePatchInput } from './case-input.js';

describeOnEachDatabase('case service', (env) => {
  it('creates a case at "denied" with a "case-created" event on its timeline', async () => {
    const { services, newActor } = env();
    const actor = newActor('Dana Advocate');
    const created = await services.cases.create(actor, buildCaseInput());
    expect(created).toMatchObject({
      status: 'denied',
      ownerId: actor.id,
      version: 1,
      patient: { name: 'Ana Ruiz' },
      plan: { insurer: 'Acme Health', program: 'employer-group', state: 'TX' },
      claim: { claimNumber: 'C123' },
    });
    expect(await services.cases.get(actor, created.id)).toEqual(created);
    const { events } = await services.timeline.read(actor, created.id, { limit: 10 });
    expect(events).toMatchObject([
      { data: { type: 'case-created' }, actor: { id: actor.id, name: 'Dana Advocate' } },
    ]);
  });

  it('keeps names with accents, codes and money exactly', async () => {
    const { services, newActor } = env();
    const actor = newActor();
    const input = caseCreateInput.parse({
      patient: { name: 'José Nguyễn-Muñoz' },
      plan: { insurer: 'Ωmega Health', program: 'individual-market' },
      claim: {
        procedureCodes: ['97110', 'j1745'],
        diagnosisCodes: ['m5416'],
        amountBilled: '$1,240.10',
        patientResponsibility: 0.1,
      },
    });
    const read = await services.cases.get(actor, (await services.cases.create(actor, input)).id);
    expect(read.patient.name).toBe('José Nguyễn-Muñoz');
    expect(read.plan.insurer).toBe('Ωmega Health');
    expect(read.claim).toMatchObject({
      procedureCodes: ['97110', 'J1745'],
      diagnosisCodes: ['M54.16'],
      amountBilledCents: 124010,
      patientResponsibilityCents: 10,
    });
  });

  it('refuses a received date before the notice date, and writes nothing', async () => {
    const { services, newActor } = env();
    const actor = newActor();
    const input = buildCaseInput({
      denial: { noticeDate: '2026-10-10', receivedDate: '2026-10-01' },
    });
    await expect(services.cases.create(actor, input)).rejects.toMatchObject({
      code: 'invalid-input',
      field: 'denial.receivedDate',
    });
    expect((await services.cases.list(actor, { sort: 'recent', limit: 10 })).cases).toEqual([]);
  });

  it('changes fields, records each change on the timeline, and bumps the version', async () => {
    const { services, newActor } = env();
    const actor = newActor();
    const c = await services.cases.create(actor, buildCaseInput());
    const patch = casePatchInput.parse({
      plan: { memberId: 'NEW-42', state: 'ca' },
      claim: { serviceDate: null },
    });
    const updated = await services.cases.update(actor, c.id, patch);
    expect(updated).toMatchObject({
      version: 2,
      plan: { memberId: 'NEW-42', state: 'CA', insurer: 'Acme Health' },
      claim: { serviceDate: null, claimNumber: 'C123' },
    });
    const { events } = await services.timeline.read(actor, c.id, { limit: 10 });
    expect(events.at(-1)?.data).toEqual({
      type: 'case-updated',
      changes: [
        { field: 'plan.state', from: 'TX', to: 'CA' },
        { field: 'plan.memberId', from: 'XJH123456789', to: 'NEW-42' },
        { field: 'claim.serviceDate', from: '2026-09-02', to: null },
      ],
    });
  });

  it('writes nothing when a change changes nothing', async () => {
    const { services, newActor } = env();
    const actor = newActor();
    const c = await services.cases.create(actor, buildCaseInput());
    const same = await services.cases.update(actor, c.id, { plan: { insurer: 'Acme Health' } });
    expect(same.version).toBe(1);
    expect((await services.timeline.read(actor, c.id, { limit: 10 })).events).toHaveLength(1);
  });

  it('refuses a change made against an old version (someone else changed the case)', async () => {
    const { services, newActor } = env();
    const actor = newActor();
    const c = await services.cases.create(actor, buildCaseInput());
    await services.cases.update(actor, c.id, { plan: { memberId: 'A' } }, { expectedVersion: 1 });
    await expect(
      services.cases.update(actor, c.id, { plan: { memberId: 'B' } }, { expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect((await services.cases.get(actor, c.id)).plan.memberId).toBe('A');
  });

  it('moves a case up the ladder and records who moved it, with the note', async () => {
    const { services, newActor } = env();
    const actor = newActor();
    const c = await services.cases.create(actor, buildCaseInput());
    await services.cases.changeStatus(actor, c.id, { to: 'internal-appeal-drafted' });
    const sent = await services.cases.changeStatus(actor, c.id, {
      to: 'internal-appeal-submitted',
      note: 'Faxed to 555-0100, confirmation 7781',
    });
    expect(sent).toMatchObject({ status: 'internal-appeal-submitted', version: 3 });
    const { events } = await services.timeline.read(actor, c.id, { limit: 10 });
    expect(events.map((e) => e.data)).toEqual([
      { type: 'case-created' },
      { type: 'status-changed', from: 'denied', to: 'internal-appeal-drafted', note: null },
      {
        type: 'status-changed',
        from: 'internal-appeal-drafted',
        to: 'internal-appeal-submitted',
        note: 'Faxed to 555-0100, confirmation 7781',
      },
    ]);
  });

  it('refuses an illegal status change with the allowed ones, and writes nothing', async () => {
    const { services, newActor } = env();
    const actor = newActor();
    const c = await services.cases.create(actor, buildCaseInput());
    const error = await services.cases
      .changeStatus(actor, c.id, { to: 'paid' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'illegal-transition',
      field: 'to',
      details: { allowed: ['internal-appeal-drafted', 'regulator-complaint', 'withdrawn'] },
    });
    expect(await services.cases.get(actor, c.id)).toEqual(c);
    expect((await services.timeline.read(actor, c.id, { limit: 10 })).events).toHaveLength(1);
  });

  it('undoes a mis-clicked step, records the undo, and undoing again steps forward', async () => {
    const { services, newActor } = env();
    const actor = newActor();
    const c = await services.cases.create(actor, buildCaseInput());
    await expect(services.cases.undoStatusChange(actor, c.id)).rejects.toMatchObject({
      code: 'conflict',
      message: 'There is no step to undo on this case.',
    });
    await services.cases.changeStatus(actor, c.id, { to: 'internal-appeal-drafted' });
    await services.cases.changeStatus(actor, c.id, { to: 'withdrawn' });
    await services.timeline.addNote(actor, c.id, { body: 'Oops, I did not mean to withdraw' });

    const back = await services.cases.undoStatusChange(actor, c.id);
    expect(back).toMatchObject({ status: 'internal-appeal-drafted', version: 4 });
    const { events } = await services.timeline.read(actor, c.id, { limit: 10 });
    expect(events.at(-1)?.data).toEqual({
      type: 'status-changed',
      from: 'withdrawn',
      to: 'internal-appeal-drafted',
      note: 'Undone: back one step',
    });

    const again = await services.cases.undoStatusChange(actor, c.id);
    expect(again.status).toBe('withdrawn');
    await expect(
      services.cases.undoStatusChange(actor, c.id, { expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses to change the program to one whose ladder lacks the current step', async () => {
    const { services, newActor } = env();
    const actor = newActor();
    const c = await services.cases.create(actor, buildCaseInput());
    await services.cases.changeStatus(actor, c.id, { to: 'internal-appeal-drafted' });
    await expect(
      services.cases.update(actor, c.id, { plan: { program: 'medicare-advantage' } }),
    ).rejects.toMatchObject({ code: 'conflict' });
    // Another program with the same step is fine.
    const moved = await services.cases.update(actor, c.id, {
      plan: { program: 'individual-market' },
    });
    expect(moved.plan.program).toBe('individual-market');
  });

  it('adds notes to the timeline, oldest first, a page at a time', async () => {
    const { services, newActor } = env();
    const actor = newActor();
    const c = await services.cases.create(actor, buildCaseInput());
    for (const body of ['Called the plan', 'Asked the doctor for a letter', 'Sent the appeal']) {
      await services.timeline.addNote(actor, c.id, { body });
    }
    const first = await services.timeline.read(actor, c.id, { limit: 2 });
    expect(first.events.map((e) => e.data.type)).toEqual(['case-created', 'note-added']);
    expect(first.nextCursor).not.toBeNull();
    const second = await services.timeline.read(actor, c.id, {
      limit: 2,
      cursor: first.nextCursor!,
    });
    expect(second.events.map((e) => e.data)).toEqual([
      { type: 'note-added', body: 'Asked the doctor for a letter' },
      { type: 'note-added', body: 'Sent the appeal' },
    ]);
    expect(second.nextCursor).toBeNull();
  });

  it('hides a case from an advocate who does not own it, as if it did not exist', async () => {
    const { services, newActor } = env();
    const owner = newActor();
    const stranger = newActor();
    const c = await services.cases.create(owner, buildCaseInput());
    await expect(services.cases.get(stranger, c.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(
      services.timeline.addNote(stranger, c.id, { body: 'sneaky' }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect((await services.cases.list(stranger, { sort: 'recent', limit: 10 })).cases).toEqual([]);
    // The local owner of a single-user install sees every case.
    expect((await services.cases.get(localOwner, c.id)).id).toBe(c.id);
  });

  it('reports an unknown case as not found', async () => {
    const { services, newActor } = env();
    await expect(services.cases.get(newActor(), 'no-such-case')).rejects.toMatchObject({
      code: 'not-found',
      message: 'No case with id "no-such-case" was found.',
    });
  });

  it('lists by next deadline (none last), filters by status, and pages without gaps', async () => {
    const { services, newActor } = env();
    const actor = newActor();
    const make = (noticeDate: string | null, statedDeadlineDays: number | null) =>
      services.cases.create(actor, buildCaseInput({ denial: { noticeDate, statedDeadlineDays } }));
    const late = await make('2026-10-01', 180); // 180 days by law and by the notice: 2027-03-30
    const none = await make(null, null); // no notice date: no deadline can be counted
    const soon = await make('2026-10-01', 60); // the notice asks for 60 days: 2026-11-30
    const sent = await make('2026-09-01', 30); // 2026-10-01, still due while only drafted
    await services.cases.changeStatus(actor, sent.id, { to: 'internal-appeal-drafted' });
    const filed = await make('2026-09-01', 30);
    for (const to of ['internal-appeal-drafted', 'internal-appeal-submitted'])
      await services.cases.changeStatus(actor, filed.id, { to }); // nothing left for the person

    const all = await services.cases.list(actor, { sort: 'next-deadline', limit: 10 });
    expect(all.cases.map((c) => [c.id, c.nextDeadline])).toEqual([
      [sent.id, '2026-10-01'],
      [soon.id, '2026-11-30'],
      [late.id, '2027-03-30'],
      [none.id, null],
      [filed.id, null],
    ]);

    const drafted = await services.cases.list(actor, {
      sort: 'next-deadline',
      limit: 10,
      status: ['internal-appeal-drafted'],
    });
    expect(drafted.cases.map((c) => c.id)).toEqual([sent.id]);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await services.cases.list(actor, { sort: 'next-deadline', limit: 3, cursor });
      seen.push(...page.cases.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.cases.map((c) => c.id));

    const recent = await services.cases.list(actor, { sort: 'recent', limit: 10 });
    expect(recent.cases[0]?.id).toBe(filed.id);
  });

  it('refuses an unknown status filter and a forged cursor', async () => {
    const { services, newActor } = env();
    const actor = newActor();
    await expect(
      services.cases.list(actor, { sort: 'recent', limit: 5, status: ['lost'] }),
    ).rejects.toMatchObject({ code: 'invalid-input', field: 'status' });
    await expect(
      services.cases.list(actor, { sort: 'recent', limit: 5, cursor: 'not-a-cursor' }),
    ).rejects.toMatchObject({ code: 'invalid-input', field: 'cursor' });
  });
});
