import { PDFDocument } from 'pdf-lib';
import { expect, it } from 'vitest';
import { caseListQuery } from '../cases/case-input.js';
import type { Actor } from '../common/actor.js';
import { appErrorOfAsync } from '../testing/app-error-of.js';
import { buildCaseInput } from '../testing/case-factory.js';
import { buildOpinionInput, buildSecondOpinionInput } from '../testing/opinion-factory.js';
import { pdfText } from '../testing/pdf-text.js';
import { describeOnEachDatabase } from '../testing/test-env.js';
import { opinionLetterRequest } from './opinion-input.js';

async function onePagePdf(line: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([612, 792]).drawText(line, { x: 72, y: 700, size: 12 });
  return pdf.save();
}

/** Second-opinion cases beside appeal cases, on SQLite and PostgreSQL (the test clock reads 2026-11-27). */
describeOnEachDatabase('second opinions (service)', (env) => {
  const open = async (actor: Actor, overrides = {}) =>
    env().services.opinions.create(actor, buildSecondOpinionInput(overrides));
  const eventTypes = async (actor: Actor, caseId: string) =>
    (await env().services.timeline.read(actor, caseId, { limit: 100 })).events.map(
      (e) => e.data.type,
    );

  it('opens a case with the first doctor’s view as opinion 1, on the shared timeline', async () => {
    const actor = env().newActor();
    const { secondOpinion: sc, opinions } = await open(actor);
    expect(sc).toMatchObject({
      status: 'open',
      question: 'Do I need a knee replacement now?',
      coverage: { program: 'individual-market', networkType: 'hmo', state: 'CA' },
      referral: { status: null, appealCaseId: null },
      version: 1,
    });
    expect(opinions).toHaveLength(1);
    expect(opinions[0]).toMatchObject({
      position: 1,
      doctor: 'Dr. Omar Reyes',
      diagnosisCode: 'M17.11',
    });
    expect(await eventTypes(actor, sc.id)).toEqual(['case-created', 'opinion-added']);

    const again = await env().services.opinions.get(actor, sc.id);
    expect(again.secondOpinion).toEqual(sc);
    expect((await env().services.opinions.list(actor)).map((s) => [s.id, s.opinionCount])).toEqual([
      [sc.id, 1],
    ]);
  });

  it('keeps second-opinion cases out of the appeal list, and says what they are to appeal-only features', async () => {
    const actor = env().newActor();
    const appeal = await env().services.cases.create(actor, buildCaseInput());
    const { secondOpinion: sc } = await open(actor);
    const { cases } = await env().services.cases.list(actor, caseListQuery.parse({}));
    expect(cases.map((c) => c.id)).toEqual([appeal.id]);
    const error = await appErrorOfAsync(env().services.deadlines.forCase(actor, sc.id));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('second-opinion case');
    // And the other way round: an appeal case is not a second-opinion case.
    expect((await appErrorOfAsync(env().services.opinions.get(actor, appeal.id))).code).toBe(
      'not-found',
    );
  });

  it('does not show one advocate’s case to another', async () => {
    const { secondOpinion: sc } = await open(env().newActor());
    const other = env().newActor();
    expect((await appErrorOfAsync(env().services.opinions.get(other, sc.id))).code).toBe(
      'not-found',
    );
    expect((await appErrorOfAsync(env().services.documents.list(other, sc.id))).code).toBe(
      'not-found',
    );
    expect(await env().services.opinions.list(other)).toEqual([]);
  });

  it('changes the case only over the version read, and records what changed', async () => {
    const actor = env().newActor();
    const { secondOpinion: sc } = await open(actor);
    const changed = await env().services.opinions.change(actor, sc.id, {
      version: 1,
      goals: ['live-longer'],
      check: { reasons: ['major-surgery'], wantsOne: true },
      coverage: { networkType: 'ppo' },
      referralStatus: 'to-ask',
    });
    expect(changed.secondOpinion).toMatchObject({
      version: 2,
      goals: ['live-longer'],
      check: { reasons: ['major-surgery'], emergency: false, wantsOne: true },
      // Only the network type changed: the rest of the coverage stays.
      coverage: { networkType: 'ppo', state: 'CA', insurer: 'Golden Poppy Health' },
      referral: { status: 'to-ask' },
    });
    const stale = await appErrorOfAsync(
      env().services.opinions.change(actor, sc.id, { version: 1, goals: [] }),
    );
    expect(stale.code).toBe('conflict');
    expect(await eventTypes(actor, sc.id)).toContain('case-updated');
  });

  it('adds, changes and removes opinions in order, and compares only two or more', async () => {
    const actor = env().newActor();
    const { secondOpinion: sc } = await env().services.opinions.create(
      actor,
      buildSecondOpinionInput({ firstOpinion: undefined }),
    );
    const tooFew = await appErrorOfAsync(env().services.opinions.compare(actor, sc.id, 'en'));
    expect(tooFew).toMatchObject({ code: 'invalid-input', field: 'opinions' });
    expect(tooFew.message).toMatch(/two/i);

    const first = await env().services.opinions.addOpinion(
      actor,
      sc.id,
      buildOpinionInput({ doctor: 'Dr. Omar Reyes', diagnosisCode: 'M17.11' }),
    );
    const second = await env().services.opinions.addOpinion(
      actor,
      sc.id,
      buildOpinionInput({ diagnosisCode: 'M23.2', ratings: { listened: 5, explained: 4 } }),
    );
    expect([first.position, second.position]).toEqual([1, 2]);
    expect(second.ratings).toEqual({
      listened: 5,
      explained: 4,
      consideredValues: null,
      confidence: null,
    });

    const compared = await env().services.opinions.compare(actor, sc.id, 'en');
    expect(compared.diagnosisAgrees).toBe(false);
    expect(compared.suggestThirdOpinion).toBe(true);
    expect(compared.reasons.join(' ')).toContain('Dr. Lena Ortiz');

    const changed = await env().services.opinions.changeOpinion(actor, sc.id, second.id, {
      diagnosisCode: 'M17.12',
      ratings: { confidence: 3 },
    });
    expect(changed).toMatchObject({
      diagnosisCode: 'M17.12',
      doctor: 'Dr. Lena Ortiz',
      ratings: { listened: 5, confidence: 3 },
    });
    expect((await env().services.opinions.compare(actor, sc.id, 'en')).diagnosisAgrees).toBe(true);

    await env().services.opinions.removeOpinion(actor, sc.id, second.id);
    const third = await env().services.opinions.addOpinion(actor, sc.id, buildOpinionInput());
    // A removed opinion keeps its place, so a new one never takes it.
    expect(third.position).toBe(3);
    expect((await env().services.opinions.get(actor, sc.id)).opinions.map((o) => o.id)).toEqual([
      first.id,
      third.id,
    ]);
    expect(await eventTypes(actor, sc.id)).toEqual([
      'case-created',
      'opinion-added',
      'opinion-added',
      'opinion-changed',
      'opinion-removed',
      'opinion-added',
    ]);
  });

  it('writes the comparison as a PDF that names the doctors', async () => {
    const actor = env().newActor();
    const { secondOpinion: sc } = await open(actor);
    await env().services.opinions.addOpinion(
      actor,
      sc.id,
      buildOpinionInput({ diagnosisCode: 'M23.2' }),
    );
    const pdf = await env().services.opinions.comparisonPdf(actor, sc.id, 'en');
    const text = await pdfText(pdf);
    expect(text).toContain('Dr. Omar Reyes');
    expect(text).toContain('Dr. Lena Ortiz');
    expect(text).toContain('M23.2');
  });

  it('suggests the questions for the situation once, and keeps the person’s answers', async () => {
    const actor = env().newActor();
    const { secondOpinion: sc } = await open(actor);
    const suggested = await env().services.opinions.suggestQuestions(actor, sc.id, 'en');
    const questions = suggested.secondOpinion.questions;
    expect(questions.length).toBeGreaterThan(5);
    expect(questions.some((q) => q.source === 'surgery')).toBe(true);
    const again = await env().services.opinions.suggestQuestions(actor, sc.id, 'en');
    expect(again.secondOpinion.questions).toHaveLength(questions.length);

    const [firstQuestion, ...rest] = questions;
    const saved = await env().services.opinions.setQuestions(actor, sc.id, {
      version: again.secondOpinion.version,
      questions: [
        { ...firstQuestion!, answer: 'She said physical therapy could help for a year.' },
        ...rest.map((q) => ({ ...q, answer: q.answer ?? undefined })),
        { text: 'Can I keep hiking?' },
      ],
    });
    expect(saved.secondOpinion.questions[0]).toMatchObject({
      id: firstQuestion!.id,
      answer: 'She said physical therapy could help for a year.',
    });
    expect(saved.secondOpinion.questions.at(-1)).toMatchObject({
      text: 'Can I keep hiking?',
      source: 'own',
      answer: null,
    });
  });

  it('saves a records request with its 30-day task, and a referral request, as case letters', async () => {
    const actor = env().newActor();
    const { secondOpinion: sc } = await open(actor);
    const records = await env().services.opinions.saveLetter(
      actor,
      sc.id,
      opinionLetterRequest.parse({ kind: 'records-request' }),
    );
    expect(records.letter.kind).toBe('records-request');
    expect(records.letter.document.citations).toContain('45 CFR 164.524');
    // 45 CFR 164.524(b)(2): 30 days from 2026-11-27.
    expect(records.task).toMatchObject({ due: '2026-12-27', done: false });
    expect((await env().services.tasks.forCase(actor, sc.id)).map((t) => t.id)).toEqual([
      records.task?.id,
    ]);
    // The task is on the person's calendar, for this case and across cases.
    expect(await env().services.calendar.ics(actor, { caseId: sc.id })).toContain(
      'Check the records',
    );
    expect(await env().services.calendar.ics(actor)).toContain('Check the records');

    const referral = await env().services.opinions.saveLetter(
      actor,
      sc.id,
      opinionLetterRequest.parse({ kind: 'second-opinion-referral-request' }),
    );
    expect(referral.task).toBeNull();
    expect(referral.letter.document.citations.join(' ')).toContain('1383.15');
    const letters = await env().services.letters.list(actor, sc.id);
    expect(letters.map((l) => l.kind).sort()).toEqual([
      'records-request',
      'second-opinion-referral-request',
    ]);
    expect(
      await pdfText(await env().services.letters.pdf(actor, sc.id, referral.letter.id)),
    ).toContain('Golden Poppy Health');
  });

  it('builds the records packet from the case’s documents, with a cover note and numbered pages', async () => {
    const actor = env().newActor();
    const { secondOpinion: sc } = await open(actor);
    const mri = await env().services.documents.add(
      actor,
      sc.id,
      { bytes: await onePagePdf('MRI right knee: moderate cartilage loss'), name: 'mri.pdf' },
      { type: 'imaging-report', title: 'MRI report', date: '2026-10-02' },
    );
    const { pdf, pages } = await env().services.opinions.recordsPacket(actor, sc.id, {
      documentIds: [mri.document.id],
      lang: 'en',
    });
    const text = await pdfText(pdf);
    expect(text).toContain('Records of Ana Ruiz for a second opinion');
    expect(text).toContain('MRI right knee');
    expect(text).toContain(`REC-00000${pages}`);
    expect(await eventTypes(actor, sc.id)).toContain('records-packet-built');

    const none = await appErrorOfAsync(
      env().services.opinions.recordsPacket(actor, sc.id, { documentIds: [], lang: 'en' }),
    );
    expect(none).toMatchObject({ code: 'invalid-input', field: 'documentIds' });
  });

  it('turns a refused referral into an appeal case in one step, linked both ways, once', async () => {
    const actor = env().newActor();
    const { secondOpinion: sc } = await open(actor);
    const { appealCaseId } = await env().services.opinions.referralRefused(actor, sc.id, {
      reason: 'Not medically necessary to see an out-of-network surgeon.',
    });
    const appeal = await env().services.cases.get(actor, appealCaseId);
    expect(appeal).toMatchObject({
      patient: { name: 'Ana Ruiz' },
      plan: { insurer: 'Golden Poppy Health', program: 'individual-market', state: 'CA' },
      denial: { category: 'referral', noticeType: 'prior-authorization-denial' },
    });
    expect((await env().services.opinions.get(actor, sc.id)).secondOpinion.referral).toEqual({
      status: 'refused',
      appealCaseId,
    });
    expect(await eventTypes(actor, sc.id)).toContain('referral-refused');
    const twice = await appErrorOfAsync(env().services.opinions.referralRefused(actor, sc.id, {}));
    expect(twice.code).toBe('conflict');
  });

  it('asks for the plan before a refused referral can become an appeal', async () => {
    const actor = env().newActor();
    const { secondOpinion: sc } = await open(actor, {
      coverage: { program: 'not-sure' },
    });
    const error = await appErrorOfAsync(env().services.opinions.referralRefused(actor, sc.id, {}));
    expect(error).toMatchObject({ code: 'invalid-input', field: 'coverage.program' });
    expect(await env().services.cases.list(actor, caseListQuery.parse({}))).toMatchObject({
      cases: [],
    });
  });

  it('deletes softly and restores', async () => {
    const actor = env().newActor();
    const { secondOpinion: sc } = await open(actor);
    await env().services.opinions.remove(actor, sc.id);
    expect((await appErrorOfAsync(env().services.opinions.get(actor, sc.id))).code).toBe(
      'not-found',
    );
    expect(await env().services.opinions.list(actor, { deleted: true })).toHaveLength(1);
    const back = await env().services.opinions.restore(actor, sc.id);
    expect(back.secondOpinion.id).toBe(sc.id);
    expect(await eventTypes(actor, sc.id)).toEqual([
      'case-created',
      'opinion-added',
      'case-deleted',
      'case-restored',
    ]);
  });
});
