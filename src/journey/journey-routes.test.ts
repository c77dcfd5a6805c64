import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildCaseInput } from '../testing/case-factory.js';
import { describeOnEachDatabase } from '../testing/test-env.js';
import { buildTestServer, injector } from '../testing/test-server.js';

interface NextBody {
  caseId: string;
  step: string;
  action: string;
  why: string;
  due: string | null;
  citation: string | null;
  href: string;
  command: string | null;
  also: string[];
}

describeOnEachDatabase('the next step and the case overview over HTTP', (env) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestServer(env());
  });
  afterAll(async () => {
    await app.close();
  });
  const http = () => injector(app);
  const next = async (id: string) => {
    const response = await http().get(`/api/cases/${id}/next`);
    expect(response.statusCode).toBe(200);
    return response.json<NextBody>();
  };

  it('walks a case from its denial to sending the appeal and following up', async () => {
    const id = (await http().post('/api/cases', buildCaseInput())).json<{ id: string }>().id;

    // The doctor's letter and the rest of the evidence are missing: gather them first.
    const gather = await next(id);
    expect(gather).toMatchObject({
      caseId: id,
      step: 'gather-evidence',
      href: `/cases/${id}#evidence`,
    });
    expect(gather.due).toMatch(/^2027-/);
    expect(gather.citation).toMatch(/2560\.503-1/);

    // Everything ticked off by hand: write the letter.
    const checklist = (await http().get(`/api/cases/${id}/evidence`)).json<{
      items: { key: string; state: string }[];
    }>();
    for (const item of checklist.items.filter((i) => i.state === 'missing')) {
      const marked = await http().post(`/api/cases/${id}/evidence/${item.key}`, { state: 'done' });
      expect(marked.statusCode).toBeLessThan(300);
    }
    expect((await next(id)).step).toBe('write-letter');

    const saved = await http().post(`/api/cases/${id}/letters`, { kind: 'internal-appeal' });
    expect(saved.statusCode).toBe(201);
    expect((await next(id)).step).toBe('send-letter');

    for (const to of ['internal-appeal-drafted', 'internal-appeal-submitted']) {
      expect((await http().post(`/api/cases/${id}/status`, { to })).statusCode).toBe(200);
    }
    const waiting = await next(id);
    expect(waiting.step).toBe('wait-for-decision');
    expect(waiting.due).toMatch(/^\d{4}-\d\d-\d\d$/);

    // A promise to call back by a day that has passed comes first.
    const call = await http().post(`/api/cases/${id}/calls`, {
      with: 'Acme Health member services',
      reference: 'REF-1',
      summary: 'They said the appeal is with a nurse reviewer.',
      promised: 'Call back with the reviewer’s name',
      promisedBy: '2026-11-20',
      at: '2026-11-18',
    });
    expect(call.statusCode).toBe(201);
    const followUp = await next(id);
    expect(followUp.step).toBe('follow-up-call');
    expect(followUp.due).toBe('2026-11-20');
  });

  it('gives the case page in one read: the case, deadlines, missing evidence, next step, timeline', async () => {
    const id = (await http().post('/api/cases', buildCaseInput())).json<{ id: string }>().id;
    for (let n = 0; n < 55; n += 1) {
      await http().post(`/api/cases/${id}/notes`, { body: `Note ${n}` });
    }
    const response = await http().get(`/api/cases/${id}/overview`);
    expect(response.statusCode).toBe(200);
    const overview = response.json<{
      case: { id: string };
      deadlines: { deadlines: { id: string }[] };
      missingEvidence: { key: string; essential: boolean }[];
      next: NextBody;
      timeline: { data: { body?: string } }[];
    }>();
    expect(overview.case.id).toBe(id);
    expect(overview.deadlines.deadlines.map((d) => d.id)).toContain('file-internal-appeal');
    expect(overview.missingEvidence.some((gap) => gap.essential)).toBe(true);
    expect(overview.next.step).toBe('gather-evidence');
    expect(overview.timeline).toHaveLength(50);
    expect(overview.timeline.at(-1)?.data.body).toBe('Note 54');
  });

  it('words the next step and the overview in Spanish with ?lang=es', async () => {
    const id = (await http().post('/api/cases', buildCaseInput())).json<{ id: string }>().id;
    const english = await next(id);
    const response = await http().get(`/api/cases/${id}/next?lang=es`);
    expect(response.statusCode).toBe(200);
    const spanish = response.json<NextBody>();
    expect(spanish).toMatchObject({
      step: 'gather-evidence',
      why: 'Las apelaciones se ganan con pruebas. La mejor respuesta a la razón del plan son los papeles que muestran que está equivocado.',
      due: english.due,
      citation: english.citation,
      command: english.command,
    });
    expect(spanish.action).toMatch(/^Reúna sus pruebas: /);
    expect(spanish.action).not.toBe(english.action);
    expect(spanish.also.length).toBe(english.also.length);
    expect(spanish.also).not.toEqual(english.also);

    const overview = await http().get(`/api/cases/${id}/overview?lang=es`);
    expect(overview.statusCode).toBe(200);
    const body = overview.json<{
      deadlines: { deadlines: { id: string; action: string }[]; disclaimer: string };
      missingEvidence: { key: string; label: string; essential: boolean }[];
      next: NextBody;
    }>();
    expect(body.next.why).toBe(spanish.why);
    expect(body.deadlines.deadlines.find((d) => d.id === 'file-internal-appeal')?.action).toBe(
      'Envíe su apelación al plan',
    );
    expect(body.deadlines.disclaimer).toMatch(/No es asesoramiento legal/);
    const englishOverview = (await http().get(`/api/cases/${id}/overview`)).json<{
      missingEvidence: { key: string; label: string }[];
    }>();
    expect(body.missingEvidence.map((g) => g.key)).toEqual(
      englishOverview.missingEvidence.map((g) => g.key),
    );
    expect(body.missingEvidence.filter((g) => g.essential).map((g) => g.label)).toEqual(
      spanish.also,
    );
    expect(body.missingEvidence[0]?.label).not.toBe(englishOverview.missingEvidence[0]?.label);
  });

  it('refuses ?lang=xx with 400 naming the field', async () => {
    const id = (await http().post('/api/cases', buildCaseInput())).json<{ id: string }>().id;
    for (const path of [`/api/cases/${id}/next?lang=xx`, `/api/cases/${id}/overview?lang=xx`]) {
      const response = await http().get(path);
      expect(response.statusCode, path).toBe(400);
      expect(response.json<{ error: { code: string; field: string } }>().error).toMatchObject({
        code: 'invalid-input',
        field: 'lang',
      });
    }
  });

  it('answers 404 for a case that does not exist', async () => {
    for (const path of ['/api/cases/nope/next', '/api/cases/nope/overview']) {
      const response = await http().get(path);
      expect(response.statusCode).toBe(404);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('not-found');
    }
  });
});
