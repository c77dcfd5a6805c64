import { expect, it } from 'vitest';
import { AppError } from '../common/errors.js';
import { appErrorOfAsync } from '../testing/app-error-of.js';
import { medicaidDenialLetter } from '../testing/denial-letters.js';
import { describeOnEachDatabase } from '../testing/test-env.js';

const letter = new TextEncoder().encode(medicaidDenialLetter);

describeOnEachDatabase('intake drafts (the service)', (env) => {
  it('keeps each person’s drafts to themselves: another advocate sees “not found”', async () => {
    const { services, newActor } = env();
    const owner = newActor('Owner');
    const stranger = newActor('Stranger');
    const { draft } = await services.intake.read(owner, letter, 'notice.txt');
    expect((await services.intake.listWaiting(owner)).map((d) => d.draft.id)).toEqual([draft.id]);
    expect(await services.intake.listWaiting(stranger)).toEqual([]);
    for (const attempt of [
      () => services.intake.get(stranger, draft.id),
      () => services.intake.original(stranger, draft.id),
      () => services.intake.confirm(stranger, draft.id, {}),
    ])
      expect((await appErrorOfAsync(attempt())).code).toBe('not-found');
  });

  it('makes one case when the same draft is confirmed twice at once', async () => {
    const { services, newActor } = env();
    const actor = newActor();
    const { draft } = await services.intake.read(actor, letter, 'notice.txt');
    const results = await Promise.allSettled([
      services.intake.confirm(actor, draft.id, {}),
      services.intake.confirm(actor, draft.id, {}),
    ]);
    const made = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    expect(made).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const reason: unknown = (refused[0] as PromiseRejectedResult).reason;
    expect(reason).toBeInstanceOf(AppError);
    expect((reason as AppError).code).toBe('conflict');
    const { cases } = await services.cases.list(actor, { sort: 'recent', limit: 50 });
    expect(cases.map((c) => c.id)).toEqual([draft.id]);
  });

  it('opens a case in one step only when every needed field is there, and stores nothing otherwise', async () => {
    const { services, newActor } = env();
    const actor = newActor();
    const refused = await appErrorOfAsync(
      services.intake.open(actor, letter, 'notice.txt', { denial: { receivedDate: '2026-10-01' } }),
    );
    // Received before the date printed on it: the case would be inconsistent.
    expect(refused.field).toBe('denial.receivedDate');
    expect(await services.intake.listWaiting(actor)).toEqual([]);
    const opened = await services.intake.open(actor, letter, 'notice.txt', {});
    expect(opened.case.id).toBe(opened.draft.id);
    expect(opened.document.caseId).toBeNull(); // as stored; the case claims it on confirmation
    const original = await services.intake.original(actor, opened.draft.id);
    expect(original.document.caseId).toBe(opened.case.id);
    expect(await services.intake.listWaiting(actor)).toEqual([]);
  });
});
