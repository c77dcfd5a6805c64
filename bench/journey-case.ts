import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Runtime } from '../src/app/runtime.js';
import { callInput } from '../src/calls/call-input.js';
import { localOwner } from '../src/common/actor.js';
import { documentAddInput } from '../src/documents/document-input.js';
import { evidenceMarkInput } from '../src/evidence/evidence-input.js';
import { letterRequest } from '../src/letters/letter-input.js';
import { buildCaseInput } from '../src/testing/case-factory.js';
import { letterImage } from '../src/testing/scans.js';

/**
 * The case the case page is measured on: one case with what a worked appeal holds after a few
 * weeks, all written through the services as a person would (each change on the timeline):
 * 10 documents of mixed types and formats, 3 saved letters, 5 logged calls (one with a promise and
 * a follow-up task), 2 checklist items ticked by hand, and notes up to `events` timeline events.
 */
export interface LoadedCase {
  readonly caseId: string;
  readonly events: number;
  readonly documents: number;
  readonly letters: number;
  readonly calls: number;
  readonly evidenceMarks: number;
}

async function textPdf(title: string, pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n += 1) {
    const page = pdf.addPage([612, 792]);
    for (let line = 0; line < 40; line += 1)
      page.drawText(`${title}, page ${n}, line ${line + 1}: visit notes, orders and results.`, {
        x: 72,
        y: 720 - line * 15,
        size: 10,
        font,
      });
  }
  return pdf.save();
}

/** Ten papers a person gathers: PDFs, phone pictures and a typed note, each filed by its type. */
async function papers(): Promise<{ type: string; name: string; bytes: Uint8Array }[]> {
  const picture = (lines: string[]) => letterImage(lines, { dpi: 100 });
  return [
    { type: 'denial-letter', name: 'denial.pdf', bytes: await textPdf('Denial letter', 2) },
    { type: 'eob', name: 'eob.pdf', bytes: await textPdf('Explanation of benefits', 1) },
    { type: 'eob', name: 'eob-photo.png', bytes: picture(['EOB', 'Claim C123', 'Denied']) },
    { type: 'provider-notes', name: 'notes.pdf', bytes: await textPdf('Office visit notes', 5) },
    { type: 'test-results', name: 'mri.pdf', bytes: await textPdf('MRI report', 2) },
    { type: 'test-results', name: 'labs.png', bytes: picture(['Lab results', 'A1c 7.9']) },
    { type: 'prior-authorization', name: 'pa.pdf', bytes: await textPdf('Prior auth', 1) },
    { type: 'referral', name: 'referral.png', bytes: picture(['Referral', 'Dr. Lee, ortho']) },
    {
      type: 'other',
      name: 'timeline.txt',
      bytes: Buffer.from('What happened, in order:\n2026-09-02 MRI\n2026-10-01 denial\n'),
    },
    { type: 'provider-notes', name: 'pt-notes.pdf', bytes: await textPdf('Physical therapy', 3) },
  ];
}

const calls = [
  { with: 'Acme Health member services', summary: 'Asked why the claim was denied.' },
  { with: 'Acme Health appeals', summary: 'Asked for the claim file and the criteria used.' },
  { with: 'Dr. Lee’s office', party: 'provider', summary: 'Asked for a letter of necessity.' },
  {
    with: 'Acme Health appeals',
    summary: 'They said the file is on its way.',
    promised: 'Mail the claim file',
    promisedBy: '2026-11-20',
    outcome: 'no-progress',
  },
  { with: 'Texas Department of Insurance', party: 'regulator', summary: 'Asked how to complain.' },
];

/** Builds the loaded case on the runtime's database; returns what it holds. */
export async function buildLoadedCase(
  { db, services }: Runtime,
  { events = 60 } = {},
): Promise<LoadedCase> {
  const actor = localOwner;
  const c = await services.cases.create(actor, buildCaseInput());
  const files = await papers();
  for (const file of files)
    await services.documents.add(
      actor,
      c.id,
      { bytes: file.bytes, name: file.name },
      documentAddInput.parse({ type: file.type }),
    );
  const kinds = ['claim-file-request', 'medical-necessity-request', 'internal-appeal'];
  for (const kind of kinds) await services.letters.save(actor, c.id, letterRequest.parse({ kind }));
  for (const [n, call] of calls.entries())
    await services.calls.add(actor, c.id, callInput.parse({ at: `2026-11-1${n}`, ...call }));
  const checklist = await services.evidence.checklist(actor, c.id);
  const unticked = checklist.entries.filter((e) => e.state === 'missing').slice(0, 2);
  for (const { item } of unticked)
    await services.evidence.mark(
      actor,
      c.id,
      item.key,
      evidenceMarkInput.parse({ state: 'done', note: 'Sent by the clinic.' }),
    );
  const count = async () =>
    Number(
      (
        await db
          .selectFrom('timeline_events')
          .where('case_id', '=', c.id)
          .select((eb) => eb.fn.countAll<string | number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  for (let n = await count(); n < events; n += 1)
    await services.timeline.addNote(actor, c.id, { body: `Note ${n}: called, left a message.` });
  return {
    caseId: c.id,
    events: await count(),
    documents: files.length,
    letters: kinds.length,
    calls: calls.length,
    evidenceMarks: unticked.length,
  };
}
