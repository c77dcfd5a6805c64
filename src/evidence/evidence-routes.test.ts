import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildCaseInput } from '../testing/case-factory.js';
import { describeOnEachDatabase } from '../testing/test-env.js';
import { buildTestServer, injector } from '../testing/test-server.js';
import type { ChecklistView } from './evidence-presenter.js';

type Item = ChecklistView['items'][number];

describeOnEachDatabase('evidence checklist over HTTP', (env) => {
  let app: FastifyInstance;
  let http: ReturnType<typeof injector>;
  let caseId = '';
  const checklist = async () =>
    (await http.get(`/api/cases/${caseId}/evidence`)).json<ChecklistView>();
  const item = (view: ChecklistView, key: string) => view.items.find((i) => i.key === key)!;

  beforeAll(async () => {
    app = await buildTestServer(env());
    http = injector(app);
    const created = await http.post(
      '/api/cases',
      buildCaseInput({ denial: { category: 'medical-necessity' } }),
    );
    caseId = created.json<{ id: string }>().id;
  });
  afterAll(() => app.close());

  it('starts with what is missing, essentials first, each saying why', async () => {
    const view = await checklist();
    expect(view.missingEssential).toBeGreaterThanOrEqual(4);
    const first: Item = view.items[0]!;
    expect(first).toMatchObject({ state: 'missing', weight: 'essential' });
    expect(first.why.length).toBeGreaterThan(10);
    expect(item(view, 'doctor-letter')).toMatchObject({
      addAs: 'medical-necessity-letter',
      letterKind: 'medical-necessity-letter',
    });
  });

  it('ticks an item off when a document of its type is uploaded', async () => {
    const upload = await http.upload(`/api/cases/${caseId}/documents`, {
      name: 'lmn.txt',
      bytes: 'Dr. Lee: this MRI is medically necessary.\n',
    });
    expect(upload.statusCode).toBe(201);
    const id = upload.json<{ id: string }>().id;
    expect(item(await checklist(), 'doctor-letter').state).toBe('missing');
    await http.patch(`/api/cases/${caseId}/documents/${id}`, { type: 'medical-necessity-letter' });
    const doctor = item(await checklist(), 'doctor-letter');
    expect(doctor.state).toBe('have');
    expect(doctor.documents.map((d) => d.id)).toEqual([id]);
  });

  it('marks an item by hand with a note, on the timeline, and takes it back', async () => {
    const marked = await http.post(`/api/cases/${caseId}/evidence/plan-document`, {
      state: 'not-needed',
      note: 'The plan sent the policy <b>already</b>',
    });
    expect(marked.statusCode).toBe(200);
    expect(item(marked.json<ChecklistView>(), 'plan-document')).toMatchObject({
      state: 'not-needed',
      mark: { state: 'not-needed', note: 'The plan sent the policy <b>already</b>' },
    });
    const timeline = await http.get(`/api/cases/${caseId}/timeline`);
    expect(timeline.body).toContain('evidence-marked');

    const unmarked = await http.delete(`/api/cases/${caseId}/evidence/plan-document`);
    expect(unmarked.statusCode).toBe(200);
    expect(item(unmarked.json<ChecklistView>(), 'plan-document').state).toBe('missing');
    expect((await http.delete(`/api/cases/${caseId}/evidence/plan-document`)).statusCode).toBe(404);
  });

  it('refuses an item that is not on the checklist, and a bad state', async () => {
    const unknown = await http.post(`/api/cases/${caseId}/evidence/unicorn`, { state: 'done' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ error: { message: string } }>().error.message).toContain('doctor-letter');
    const bad = await http.post(`/api/cases/${caseId}/evidence/claim-file`, { state: 'maybe' });
    expect(bad.statusCode).toBe(400);
  });

  it('says "not found" for a case that does not exist', async () => {
    const response = await http.get('/api/cases/no-such-case/evidence');
    expect(response.statusCode).toBe(404);
  });
});
