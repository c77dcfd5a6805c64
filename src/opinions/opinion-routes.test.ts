import type { FastifyInstance } from 'fastify';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSecondOpinionInput } from '../testing/opinion-factory.js';
import { pdfText } from '../testing/pdf-text.js';
import { describeOnEachDatabase } from '../testing/test-env.js';
import { buildTestServer, injector } from '../testing/test-server.js';
import type { SecondOpinionView } from './opinion-presenter.js';

interface ErrorBody {
  error: { code: string; message: string; field?: string; details?: Record<string, unknown> };
}

describeOnEachDatabase('second opinions over HTTP (/api/opinions)', (env) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestServer(env());
  });
  afterAll(async () => {
    await app.close();
  });
  const http = () => injector(app);
  const open = async (overrides = {}) => {
    const res = await http().post('/api/opinions', buildSecondOpinionInput(overrides));
    expect(res.statusCode).toBe(201);
    return res.json<SecondOpinionView>();
  };

  it('answers the check without a case, and never talks a person out of one they want', async () => {
    const res = await http().post('/api/opinions/check', { reasons: [], wantsOne: true });
    expect(res.statusCode).toBe(200);
    const answer = res.json<{ level: string; headline: string; note: string }>();
    expect(answer.headline).toMatch(/yes/i);
    expect(answer.note).toMatch(/not .*advice/i);
    const es = await http().post('/api/opinions/check', {
      reasons: ['major-surgery'],
      lang: 'es',
    });
    expect(es.json<{ level: string }>().level).toBe('strongly-recommended');
  });

  it('opens a case (201) with its guidance: coverage steps with citations, scripts, what to bring', async () => {
    const view = await open({ check: { reasons: ['major-surgery'] } });
    expect(view.id).toBe(view.secondOpinion.id);
    expect(view.opinions).toHaveLength(1);
    expect(view.recommendation?.level).toBe('strongly-recommended');
    expect(view.coverage.referralLikely).toBe(true);
    expect(view.coverage.rules.map((r) => r.citation).join(' ')).toContain('1383.15');
    expect(view.scripts.length).toBeGreaterThan(2);
    expect(view.bringList.length).toBeGreaterThan(2);

    const es = await http().get(`/api/opinions/${view.id}?lang=es`);
    expect(es.json<SecondOpinionView>().companionNote).not.toBe(view.companionNote);
    const listed = await http().get('/api/opinions');
    expect(listed.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(view.id);
  });

  it('refuses an opinion without a doctor, an invalid ICD-10 code and a comparison of one (400)', async () => {
    const { id } = await open();
    const noDoctor = await http().post(`/api/opinions/${id}/opinions`, {
      institution: 'Stanford Knee Center',
    });
    expect(noDoctor.statusCode).toBe(400);
    expect(noDoctor.json<ErrorBody>().error).toMatchObject({
      code: 'invalid-input',
      field: 'doctor',
    });

    const badCode = await http().post(`/api/opinions/${id}/opinions`, {
      doctor: 'Dr. Lena Ortiz',
      institution: 'Stanford Knee Center',
      diagnosisCode: '17.11',
    });
    expect(badCode.statusCode).toBe(400);
    const error = badCode.json<ErrorBody>().error;
    expect(error.field).toBe('diagnosisCode');
    expect(error.message).toContain('is not an ICD-10 code');

    const one = await http().get(`/api/opinions/${id}/comparison`);
    expect(one.statusCode).toBe(400);
    expect(one.json<ErrorBody>().error.message).toMatch(/two/i);
    expect((await http().get(`/api/opinions/${id}/comparison.pdf`)).statusCode).toBe(400);
  });

  it('compares two opinions and prints the comparison', async () => {
    const { id } = await open();
    const added = await http().post(`/api/opinions/${id}/opinions`, {
      doctor: 'Dr. Lena Ortiz',
      institution: 'Stanford Knee Center',
      diagnosisCode: 'm232',
      treatment: 'Arthroscopic repair',
      sameGroupAsFirst: false,
      ratings: { listened: 5 },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json<{ diagnosisCode: string }>().diagnosisCode).toBe('M23.2');

    const compared = await http().get(`/api/opinions/${id}/comparison`);
    expect(compared.statusCode).toBe(200);
    const body = compared.json<{
      opinions: unknown[];
      diagnosisAgrees: boolean | null;
      suggestThirdOpinion: boolean;
      reasons: string[];
    }>();
    expect(body.opinions).toHaveLength(2);
    expect(body.diagnosisAgrees).toBe(false);
    expect(body.suggestThirdOpinion).toBe(true);
    expect(body.reasons.length).toBeGreaterThan(0);

    const pdf = await http().get(`/api/opinions/${id}/comparison.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(await pdfText(pdf.rawPayload)).toContain('Dr. Lena Ortiz');
  });

  it('saves letters and builds the records packet from documents uploaded to the case', async () => {
    const { id } = await open();
    const preview = await http().post(`/api/opinions/${id}/letters/preview`, {
      kind: 'second-opinion-referral-request',
      specialist: 'Stanford Knee Center',
    });
    expect(preview.statusCode).toBe(200);
    const saved = await http().post(`/api/opinions/${id}/letters`, { kind: 'records-request' });
    expect(saved.statusCode).toBe(201);
    const { letter, task } = saved.json<{
      letter: { id: string; pdfUrl: string };
      task: { due: string } | null;
    }>();
    expect(task?.due).toBe('2026-12-27');
    const download = await http().get(letter.pdfUrl);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('Pathology report: benign', { x: 72, y: 700, size: 12 });
    const uploaded = await http().upload(`/api/cases/${id}/documents`, {
      name: 'pathology.pdf',
      bytes: await pdf.save(),
      type: 'application/pdf',
    });
    expect(uploaded.statusCode).toBe(201);
    const documentId = uploaded.json<{ id: string }>().id;
    const packet = await http().post(`/api/opinions/${id}/records-packet`, {
      documentIds: [documentId],
    });
    expect(packet.statusCode).toBe(200);
    expect(await pdfText(packet.rawPayload)).toContain('Pathology report: benign');
    const tasks = await http().get(`/api/cases/${id}/tasks`);
    expect(tasks.statusCode).toBe(200);
  });

  it('keeps the question list with its answers, and refuses a stale change (409)', async () => {
    const { id } = await open();
    const suggested = await http().post(`/api/opinions/${id}/questions/suggested`, {});
    const view = suggested.json<SecondOpinionView>();
    const questions = view.secondOpinion.questions;
    expect(questions.length).toBeGreaterThan(3);
    const put = await http().put(`/api/opinions/${id}/questions`, {
      version: view.secondOpinion.version,
      questions: [{ ...questions[0], answer: 'Wait six months.' }, { text: '<script>x</script>' }],
    });
    expect(put.statusCode).toBe(200);
    const after = put.json<SecondOpinionView>().secondOpinion.questions;
    expect(after.map((q) => q.answer)).toEqual(['Wait six months.', null]);
    // Stored and returned as typed text; the web app shows it as text.
    expect(after[1]?.text).toBe('<script>x</script>');
    const stale = await http().put(`/api/opinions/${id}/questions`, {
      version: view.secondOpinion.version,
      questions: [],
    });
    expect(stale.statusCode).toBe(409);
  });

  it('opens the appeal for a refused referral (201), and 404s an unknown case', async () => {
    const { id } = await open();
    const refused = await http().post(`/api/opinions/${id}/referral-refused`, {
      reason: 'Out of network',
    });
    expect(refused.statusCode).toBe(201);
    const { appealCaseId } = refused.json<{ appealCaseId: string }>();
    const appeal = await http().get(`/api/cases/${appealCaseId}`);
    expect(appeal.statusCode).toBe(200);
    expect((await http().get('/api/opinions/nope')).statusCode).toBe(404);
    const wrongField = await http().post('/api/opinions', {
      ...buildSecondOpinionInput(),
      surprise: true,
    });
    expect(wrongField.statusCode).toBe(400);
  });
});
