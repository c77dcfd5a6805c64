import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildCaseInput } from '../testing/case-factory.js';
import { pdfText } from '../testing/pdf-text.js';
import { describeOnEachDatabase } from '../testing/test-env.js';
import { buildTestServer, injector } from '../testing/test-server.js';
import { caseSummaryFileName } from './case-summary-file.js';

const squash = (text: string) => text.replace(/\s+/g, ' ');

describeOnEachDatabase('case summary PDF', (env) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestServer(env());
  });
  afterAll(async () => {
    await app.close();
  });

  async function decidedCase() {
    const { services, newActor } = env();
    const actor = newActor('Dana Advocate');
    const c = await services.cases.create(
      actor,
      buildCaseInput({
        patient: { name: 'José Muñoz سارة 😀' },
        claim: { claimNumber: 'CLM-778899', amountBilled: 1240 },
      }),
    );
    await services.cases.changeStatus(actor, c.id, { to: 'internal-appeal-drafted' });
    await services.cases.changeStatus(actor, c.id, { to: 'internal-appeal-submitted' });
    await services.outcomes.record(actor, c.id, {
      decision: 'overturned',
      decidedOn: '2026-11-20',
      decidedBy: 'Acme Health',
      amountPaidCents: 124_000,
      reference: 'DEC-1',
      note: null,
    });
    await services.timeline.addNote(actor, c.id, { body: 'Called about the check' });
    return { actor, id: c.id };
  }

  it('prints the names (any script), claim, status, deadlines with citations, outcomes and timeline', async () => {
    const { actor, id } = await decidedCase();
    const text = squash(await pdfText(await env().services.caseSummary.pdf(actor, id)));
    expect(text).toContain('Case summary');
    expect(text).toContain('Not legal advice.');
    expect(text).toContain('José Muñoz');
    expect(text).toContain('سارة');
    expect(text).toContain('CLM-778899');
    expect(text).toContain('$1,240.00');
    expect(text).toContain('Internal appeal: won');
    expect(text).toContain('29 CFR 2560.503-1');
    expect(text).toContain(
      'Won at the internal appeal, decided by Acme Health on 2026-11-20; paid $1,240.00',
    );
    expect(text).toContain('Note: Called about the check');
    expect(text).toContain('Case opened');
    expect(text).toMatch(/Page 1 of \d/);
  });

  it('serves it as an attachment named without personal data; strangers get 404', async () => {
    const { id } = await decidedCase();
    // Over HTTP the single local user sees every case.
    const res = await injector(app).get(`/api/cases/${id}/summary.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="${caseSummaryFileName(id)}"`,
    );
    expect(res.headers['content-disposition']).not.toContain('Mu');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await injector(app).get('/api/cases/nope/summary.pdf')).statusCode).toBe(404);
    await expect(env().services.caseSummary.pdf(env().newActor(), id)).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
