import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildCaseInput } from '../testing/case-factory.js';
import { medicaidDenialLetter } from '../testing/denial-letters.js';
import { pdfText } from '../testing/pdf-text.js';
import { describeOnEachDatabase } from '../testing/test-env.js';
import { buildTestServer, injector } from '../testing/test-server.js';

interface LetterBody {
  id: string;
  version: number;
  pdfUrl: string;
  textUrl: string;
  document: { body: string[]; reference: [string, string][]; citations: string[] };
  guidance: { steps: string[] };
}

describeOnEachDatabase('letters and packets over HTTP', (env) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestServer(env());
  });
  afterAll(async () => {
    await app.close();
  });
  const http = () => injector(app);
  const openCase = async (overrides: Parameters<typeof buildCaseInput>[0] = {}) =>
    (await http().post('/api/cases', buildCaseInput(overrides))).json<{ id: string }>().id;

  it('writes the internal appeal from the case: names, numbers, the ask and the law, nothing stored', async () => {
    const id = await openCase({ patient: { name: 'José Muñoz' } });
    const preview = await http().post(`/api/cases/${id}/letters/preview`, {
      kind: 'internal-appeal',
    });
    expect(preview.statusCode).toBe(200);
    const { document, guidance } = preview.json<{
      document: LetterBody['document'];
      guidance: { steps: string[] };
    }>();
    const reference = Object.fromEntries(document.reference);
    expect(Object.values(reference)).toEqual(
      expect.arrayContaining(['José Muñoz', 'XJH123456789', 'C123']),
    );
    expect(document.body[0]).toMatch(/appeal/i);
    expect(document.citations.join(' ')).toMatch(/2560\.503-1/);
    expect(guidance.steps.length).toBeGreaterThan(1);
    const list = await http().get(`/api/cases/${id}/letters`);
    expect(list.json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('lists what the case lacks instead of writing a letter without it', async () => {
    const id = await openCase({ plan: { memberId: null }, claim: { claimNumber: null } });
    const refused = await http().post(`/api/cases/${id}/letters`, { kind: 'internal-appeal' });
    expect(refused.statusCode).toBe(400);
    const { error } = refused.json<{
      error: { message: string; details: { missing: { path: string }[] } };
    }>();
    expect(error.message).toContain('member ID');
    expect(error.details.missing.map((m) => m.path)).toEqual(
      expect.arrayContaining(['plan.memberId', 'claim.claimNumber']),
    );
  });

  it('saves each letter as a new version with the person’s edits, readable as PDF and text', async () => {
    const id = await openCase({ patient: { name: 'Nguyễn Thị Lan' } });
    const edited = [
      'I ask you to review and pay claim C123 again.',
      'Plain words <script>alert(1)</script> stay words.',
    ];
    const first = await http().post(`/api/cases/${id}/letters`, {
      kind: 'internal-appeal',
      edits: { body: edited },
      sender: { addressLines: ['12 Oak St', 'Austin, TX 78701'] },
    });
    expect(first.statusCode).toBe(201);
    const letter = first.json<LetterBody>();
    expect(letter.version).toBe(1);
    expect(letter.document.body).toEqual(edited);
    const second = await http().post(`/api/cases/${id}/letters`, { kind: 'internal-appeal' });
    expect(second.json<LetterBody>().version).toBe(2);

    const pdf = await http().get(letter.pdfUrl);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    for (const expected of ['Nguyễn Thị Lan', 'XJH123456789', 'C123', '<script>alert(1)</script>'])
      expect(text).toContain(expected);
    const word = await http().get(letter.pdfUrl.replace(/\.pdf$/, '.docx'));
    expect(word.headers['content-type']).toMatch(/wordprocessingml/);
    expect(word.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const plain = await http().get(letter.textUrl);
    expect(plain.body).toContain('12 Oak St');
    expect(plain.body).toContain('Plain words <script>alert(1)</script> stay words.');

    const events = (await http().get(`/api/cases/${id}/timeline`)).json<{
      items: { type: string }[];
    }>();
    expect(events.items.filter((e) => e.type === 'letter-saved')).toHaveLength(2);
  });

  it('builds the packet: the letter, an exhibit index and the case’s documents, every page numbered', async () => {
    const upload = await http().upload('/api/intake', {
      name: 'denial.txt',
      bytes: medicaidDenialLetter,
    });
    const draftId = upload.json<{ id: string }>().id;
    expect((await http().post(`/api/cases/${draftId}/confirm`, {})).statusCode).toBe(201);
    const documents = await http().get(`/api/cases/${draftId}/documents`);
    const [stored] = documents.json<{
      items: { id: string; url: string; originalName: string }[];
    }>().items;
    expect(stored?.originalName).toBe('denial.txt');
    expect((await http().get(stored?.url ?? '')).body).toBe(medicaidDenialLetter);
    const otherCase = await openCase();
    expect(
      (await http().get(`/api/cases/${otherCase}/documents/${stored?.id ?? ''}`)).statusCode,
    ).toBe(404);

    const noLetter = await http().post(`/api/cases/${draftId}/packet`, {});
    expect(noLetter.statusCode).toBe(400);
    expect(
      (await http().post(`/api/cases/${draftId}/letters`, { kind: 'internal-appeal' })).statusCode,
    ).toBe(201);

    const built = await http().post(`/api/cases/${draftId}/packet`, {});
    expect(built.statusCode).toBe(201);
    const packet = built.json<{
      pages: number;
      pdfUrl: string;
      exhibits: { exhibit: string; title: string; firstPage: number; lastPage: number }[];
    }>();
    // The letter read at intake is listed by what it is and the notice's date, not its file name.
    expect(packet.exhibits).toEqual([
      expect.objectContaining({ exhibit: 'A', title: 'Denial letter', date: '2026-10-14' }),
    ]);
    const pdf = await http().get(packet.pdfUrl);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('OVT-000001');
    expect(text).toContain(`OVT-${String(packet.pages).padStart(6, '0')}`);
    expect(text).toContain('51-0098-7734');
  });
});
