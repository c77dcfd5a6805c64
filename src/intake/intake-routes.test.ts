import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServices } from '../app/services.js';
import {
  claimDenialWithoutProgram,
  groceryList,
  medicaidDenialLetter,
} from '../testing/denial-letters.js';
import { describeOnEachDatabase } from '../testing/test-env.js';
import { buildTestServer, injector } from '../testing/test-server.js';

interface DraftBody {
  id: string;
  confirmedAt: string | null;
  document: { sha256: string; originalName: string; url: string; mediaType: string };
  reading: { text: string; source: string };
  fields: Record<string, unknown>;
  sources: Record<string, { page: number; start: number; end: number }>;
  proposal: { patient: { name: string | null }; plan: { program: string | null } };
  review: { path: string; check: string | null; confidence: number }[];
}

describeOnEachDatabase(
  'intake over HTTP (POST /api/intake, POST /api/cases/:id/confirm)',
  (env) => {
    let app: FastifyInstance;
    beforeAll(async () => {
      app = await buildTestServer(env());
    });
    afterAll(async () => {
      await app.close();
    });
    const http = () => injector(app);
    const waitingIds = async () =>
      (await http().get('/api/intake')).json<{ items: { id: string }[] }>().items.map((d) => d.id);

    it('reads an uploaded letter into a draft: each field with its confidence and where it was found', async () => {
      const response = await http().upload('/api/intake', {
        name: 'denial.txt',
        bytes: medicaidDenialLetter,
        type: 'text/plain',
      });
      expect(response.statusCode).toBe(201);
      const draft = response.json<DraftBody>();
      expect(response.headers.location).toBe(`/api/intake/${draft.id}`);
      expect(draft.document.sha256).toBe(
        createHash('sha256').update(medicaidDenialLetter).digest('hex'),
      );
      expect(draft.document.originalName).toBe('denial.txt');
      expect(draft.fields.patientName).toBe('Nguyễn Thị Lan');
      expect(draft.proposal.plan.program).toBe('medicaid-managed-care');
      // The source span points at the value in the text the web app shows.
      const where = draft.sources.memberId;
      expect(draft.reading.text.slice(where?.start, where?.end)).toBe('51-0098-7734');
      expect(draft.review.find((f) => f.path === 'patient.name')?.check).toBeNull();
      expect(await waitingIds()).toContain(draft.id);

      const original = await http().get(draft.document.url);
      expect(original.statusCode).toBe(200);
      expect(original.headers['content-type']).toMatch(/^text\/plain/);
      expect(original.body).toBe(medicaidDenialLetter);
    });

    it('confirms a draft with the person’s corrections: the case opens with the draft’s id, its deadlines and the document', async () => {
      const upload = await http().upload('/api/intake', {
        name: 'denial.txt',
        bytes: medicaidDenialLetter,
      });
      const draft = upload.json<DraftBody>();
      const confirmed = await http().post(`/api/cases/${draft.id}/confirm`, {
        patient: { name: 'Nguyen Thi Lan' },
        plan: { state: 'TX' },
        denial: { receivedDate: '2026-10-16' },
      });
      expect(confirmed.statusCode).toBe(201);
      const c = confirmed.json<{
        id: string;
        patient: { name: string };
        plan: { memberId: string };
      }>();
      expect(c.id).toBe(draft.id);
      expect(c.patient.name).toBe('Nguyen Thi Lan');
      expect(c.plan.memberId).toBe('51-0098-7734');
      expect(await waitingIds()).not.toContain(draft.id);

      const deadlines = await http().get(`/api/cases/${c.id}/deadlines`);
      expect(deadlines.statusCode).toBe(200);
      expect(JSON.stringify(deadlines.json())).toContain('2026-12-13'); // 60 days from the notice

      const timeline = await http().get(`/api/cases/${c.id}/timeline`);
      const events = timeline.json<{ items: { type: string; data: Record<string, unknown> }[] }>();
      const read = events.items.find((e) => e.type === 'document-read');
      expect(read?.data.corrected).toEqual(['patient.name', 'plan.state', 'denial.receivedDate']);
      expect(read?.data.documentName).toBe('denial.txt');

      const again = await http().post(`/api/cases/${draft.id}/confirm`, {});
      expect(again.statusCode).toBe(409);
      expect(again.json<{ error: { details: { caseId: string } } }>().error.details.caseId).toBe(
        draft.id,
      );
    });

    it('flags a required field the letter does not give, and will not open the case without it', async () => {
      const upload = await http().upload('/api/intake', {
        name: 'harbor.txt',
        bytes: claimDenialWithoutProgram,
      });
      const draft = upload.json<DraftBody>();
      expect(draft.review.find((f) => f.path === 'plan.program')?.check).toBe('missing');
      const refused = await http().post(`/api/cases/${draft.id}/confirm`, {});
      expect(refused.statusCode).toBe(400);
      expect(refused.json<{ error: { field: string } }>().error.field).toBe('plan.program');
      expect(await waitingIds()).toContain(draft.id);
      const confirmed = await http().post(`/api/cases/${draft.id}/confirm`, {
        plan: { program: 'employer-group' },
      });
      expect(confirmed.statusCode).toBe(201);
    });

    it('refuses what is not a readable document with a clear message, and stores nothing', async () => {
      const before = await waitingIds();
      const empty = await http().upload('/api/intake', { name: 'empty.pdf', bytes: '' });
      expect(empty.statusCode).toBe(400);
      const corrupt = await http().upload('/api/intake', {
        name: 'letter.pdf',
        bytes: '%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not really a PDF',
      });
      expect([400, 415]).toContain(corrupt.statusCode);
      expect(corrupt.json<{ error: { message: string } }>().error.message).toMatch(/PDF/);
      const json = await http().post('/api/intake', { file: 'not an upload' });
      expect(json.statusCode).toBe(415);
      const wrongField = await http().upload(
        '/api/intake',
        { name: 'a.txt', bytes: medicaidDenialLetter },
        'document',
      );
      expect(wrongField.statusCode).toBe(400);
      expect(await waitingIds()).toEqual(before);
    });

    it('says so when a document is not a denial, stores nothing, and keeps it only if the person insists', async () => {
      const before = await waitingIds();
      const refused = await http().upload('/api/intake', { name: 'list.txt', bytes: groceryList });
      expect(refused.statusCode).toBe(400);
      const { error } = refused.json<{
        error: { message: string; details: { notADenial: boolean; confidence: number } };
      }>();
      expect(error.message).toMatch(/does not look like a denial/);
      expect(error.details.notADenial).toBe(true);
      expect(await waitingIds()).toEqual(before);

      const kept = await http().upload('/api/intake?anyway=true', {
        name: 'list.txt',
        bytes: groceryList,
      });
      expect(kept.statusCode).toBe(201);
      const draft = kept.json<DraftBody>();
      expect(draft.fields.patientName).toBeNull();
      expect(Math.max(...Object.values(draft.review.map((f) => f.confidence)))).toBeLessThan(0.5);
    });

    it('refuses a file over the upload limit before reading it (413)', async () => {
      const small = await buildTestServer(env(), {
        services: createServices(env().ctx, { maxUploadBytes: 1024 }),
      });
      try {
        const response = await injector(small).upload('/api/intake', {
          name: 'big.txt',
          bytes: 'x'.repeat(5000),
        });
        expect(response.statusCode).toBe(413);
        expect(response.json<{ error: { message: string } }>().error.message).toMatch(/limit/);
      } finally {
        await small.close();
      }
    });

    it('puts aside a letter read by mistake, with its file; a confirmed one stays a case', async () => {
      const upload = await http().upload('/api/intake', {
        name: 'wrong.txt',
        bytes: medicaidDenialLetter,
      });
      const draft = upload.json<DraftBody>();
      const discarded = await http().delete(`/api/intake/${draft.id}`);
      expect(discarded.statusCode).toBe(204);
      expect(await waitingIds()).not.toContain(draft.id);
      expect((await http().get(`/api/intake/${draft.id}`)).statusCode).toBe(404);
      expect((await http().get(draft.document.url)).statusCode).toBe(404);
      expect((await http().post(`/api/cases/${draft.id}/confirm`, {})).statusCode).toBe(404);

      const kept = (
        await http().upload('/api/intake', { name: 'right.txt', bytes: medicaidDenialLetter })
      ).json<DraftBody>();
      expect((await http().post(`/api/cases/${kept.id}/confirm`, {})).statusCode).toBe(201);
      expect((await http().delete(`/api/intake/${kept.id}`)).statusCode).toBe(409);
      expect((await http().get(`/api/cases/${kept.id}`)).statusCode).toBe(200);
    });

    it('words the explanation in Spanish with ?lang=es, and in English without it', async () => {
      interface Explained {
        fields: { denialCategory: string | null };
        explanation: { summary: string; howToAnswer: string[]; notLegalAdvice: string };
      }
      const upload = await http().upload('/api/intake?lang=es', {
        name: 'denial.txt',
        bytes: medicaidDenialLetter,
      });
      expect(upload.statusCode).toBe(201);
      const spanish = upload.json<DraftBody & Explained>();
      expect(spanish.explanation.notLegalAdvice).toBe(
        'Esta es información general, no es asesoramiento legal, y no puede prometer cómo decidirá el plan.',
      );
      expect(spanish.explanation.summary).toMatch(/^El plan /);
      expect(spanish.explanation.howToAnswer.join(' ')).toMatch(/Pida|Pregunte|Envíe/);
      // The fields read from the letter do not change with the language.
      expect(spanish.fields.patientName).toBe('Nguyễn Thị Lan');

      const english = (await http().get(`/api/intake/${spanish.id}`)).json<Explained>();
      expect(english.explanation.notLegalAdvice).toBe(
        'This is general information, not legal advice, and it cannot promise how the plan will decide.',
      );
      expect(english.fields).toEqual(spanish.fields);
      const again = await http().get(`/api/intake/${spanish.id}?lang=es`);
      expect(again.statusCode).toBe(200);
      expect(again.json<Explained>().explanation).toEqual(spanish.explanation);
      expect((await http().get(`/api/intake/${spanish.id}?lang=en`)).json()).toEqual(english);
    });

    it('refuses a language it does not speak, naming the field (400)', async () => {
      const before = await waitingIds();
      const upload = await http().upload('/api/intake?lang=xx', {
        name: 'denial.txt',
        bytes: medicaidDenialLetter,
      });
      expect(upload.statusCode).toBe(400);
      expect(upload.json()).toMatchObject({
        error: { code: 'invalid-input', field: 'lang', message: 'lang: must be "en" or "es"' },
      });
      expect(await waitingIds()).toEqual(before);
      // The language is checked before the draft is looked up.
      const read = await http().get('/api/intake/nope?lang=xx');
      expect(read.statusCode).toBe(400);
      expect(read.json()).toMatchObject({ error: { field: 'lang' } });
    });

    it('answers 404 for a draft that does not exist', async () => {
      expect((await http().get('/api/intake/nope')).statusCode).toBe(404);
      expect((await http().post('/api/cases/nope/confirm', {})).statusCode).toBe(404);
    });
  },
);
