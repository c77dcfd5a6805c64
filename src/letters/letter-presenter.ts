import { z } from 'zod';
import type { LetterGuidance } from './letter.js';
import type { Packet } from './packet.js';
import type { StoredLetter } from './stored-letter.js';

/** What leaves the server about letters and packets: the letter as data, and where to fetch files. */

const letterDocumentView = z.object({
  kind: z.string(),
  lang: z.string(),
  title: z.string(),
  from: z.array(z.string()),
  date: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  reference: z.array(z.tuple([z.string(), z.string()])),
  salutation: z.string(),
  body: z.array(z.string()).describe('Paragraphs; the first is the ask.'),
  closing: z.string(),
  signature: z.array(z.string()),
  enclosures: z.array(z.string()),
  citations: z.array(z.string()),
});

export const guidanceView = z.object({
  lang: z.string(),
  steps: z.array(z.string()),
  notLegalAdvice: z.string(),
});

export const letterPreviewView = z.object({
  document: letterDocumentView,
  guidance: guidanceView,
});

export const letterView = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.string(),
  lang: z.string(),
  version: z.number().int(),
  title: z.string(),
  document: letterDocumentView,
  createdAt: z.string(),
  pdfUrl: z.string(),
  docxUrl: z.string(),
  textUrl: z.string(),
});
export type LetterView = z.infer<typeof letterView>;

const copy = <T>(items: readonly T[]) => [...items];

export function presentLetterDocument(document: StoredLetter['document']) {
  return {
    ...document,
    from: copy(document.from),
    to: copy(document.to),
    reference: document.reference.map(([label, value]) => [label, value] as [string, string]),
    body: copy(document.body),
    signature: copy(document.signature),
    enclosures: copy(document.enclosures),
    citations: copy(document.citations),
  } satisfies z.infer<typeof letterDocumentView>;
}

export const presentGuidance = (guidance: LetterGuidance) =>
  ({ ...guidance, steps: copy(guidance.steps) }) satisfies z.infer<typeof guidanceView>;

export function presentLetter(letter: StoredLetter): LetterView {
  const base = `/api/cases/${letter.caseId}/letters/${letter.id}`;
  return {
    id: letter.id,
    caseId: letter.caseId,
    kind: letter.kind,
    lang: letter.lang,
    version: letter.version,
    title: letter.document.title,
    document: presentLetterDocument(letter.document),
    createdAt: letter.createdAt,
    pdfUrl: `${base}.pdf`,
    docxUrl: `${base}.docx`,
    textUrl: `${base}.txt`,
  };
}

export const packetView = z.object({
  id: z.string(),
  caseId: z.string(),
  letterId: z.string(),
  pages: z.number().int(),
  exhibits: z.array(
    z.object({
      exhibit: z.string(),
      title: z.string(),
      date: z.string().nullable(),
      firstPage: z.number().int(),
      lastPage: z.number().int(),
    }),
  ),
  sha256: z.string(),
  createdAt: z.string(),
  pdfUrl: z.string(),
  skipped: z
    .array(z.object({ title: z.string(), reason: z.string() }))
    .describe('Documents left out because they could not be read (only when asked to).'),
});

export function presentPacket(
  packet: Packet,
  skipped: readonly { title: string; reason: string }[] = [],
): z.infer<typeof packetView> {
  return {
    id: packet.id,
    caseId: packet.caseId,
    letterId: packet.letterId,
    pages: packet.pages,
    exhibits: packet.exhibits.map((entry) => ({ ...entry })),
    sha256: packet.sha256,
    createdAt: packet.createdAt,
    pdfUrl: `/api/cases/${packet.caseId}/packets/${packet.id}.pdf`,
    skipped: skipped.map((entry) => ({ ...entry })),
  };
}
