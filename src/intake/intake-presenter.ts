import { z } from 'zod';
import type { Lang } from '../common/lang.js';
import type { StoredDocument } from '../documents/document.js';
import { explainDenial } from './denial-explanation.js';
import { proposalFrom, proposedFields } from './draft-proposal.js';
import type { IntakeDraft } from './intake-draft.js';

/**
 * What leaves the server about a document read at intake: the stored file's facts, the text read
 * from it (so the web app can highlight where each field was found), every field with its
 * confidence and source, the case it proposes, and what the person should check.
 */
const span = z.object({ page: z.number(), start: z.number(), end: z.number() });

export const draftView = z.object({
  id: z.string().describe('The draft id; confirming it opens the case with this same id.'),
  createdAt: z.string(),
  confirmedAt: z.string().nullable(),
  document: z.object({
    id: z.string(),
    originalName: z.string().nullable(),
    mediaType: z.string(),
    sizeBytes: z.number(),
    sha256: z.string(),
    url: z.string().describe('Where the original file can be read back.'),
  }),
  reading: z.object({
    format: z.enum(['text', 'pdf', 'image', 'json']),
    source: z.enum(['text', 'pdf-text', 'ocr', 'fhir']),
    pages: z.array(z.object({ number: z.number(), start: z.number(), end: z.number() })),
    text: z.string().nullable().describe('The text read; `sources` offsets count into it.'),
    denials: z.number().optional().describe('FHIR files: how many denied claims were found.'),
    denialList: z
      .array(z.record(z.string(), z.unknown()))
      .optional()
      .describe('FHIR files: every denied claim found, in file order.'),
    denialNumber: z
      .number()
      .optional()
      .describe('FHIR files: which denied claim of the list this draft read (from 1).'),
  }),
  fields: z.record(z.string(), z.unknown()),
  confidence: z.record(z.string(), z.number()),
  sources: z.record(z.string(), span),
  categoryEvidence: z.string().nullable(),
  statedReason: z.string().nullable(),
  proposal: z
    .object({
      patient: z.record(z.string(), z.unknown()),
      plan: z.record(z.string(), z.unknown()),
      claim: z.record(z.string(), z.unknown()),
      denial: z.record(z.string(), z.unknown()),
    })
    .describe('The case the document proposes; `null` where it is silent.'),
  review: z.array(
    z.object({
      field: z.string(),
      path: z.string(),
      confidence: z.number(),
      source: span.nullable(),
      check: z.enum(['missing', 'unsure']).nullable(),
    }),
  ),
  explanation: z
    .object({
      summary: z.string(),
      planWants: z.string(),
      howToAnswer: z.array(z.string()),
      codes: z.array(z.record(z.string(), z.unknown())),
      notLegalAdvice: z.string(),
    })
    .describe('The denial and its codes in plain words: what it means, what the plan wants.'),
});
export type DraftView = z.infer<typeof draftView>;

/** A draft as the API shows it; `lang` words the explanation (the fields stay as read). */
export function presentDraft(
  draft: IntakeDraft,
  document: StoredDocument,
  lang: Lang = 'en',
): DraftView {
  const { reading } = draft;
  return {
    id: draft.id,
    createdAt: draft.createdAt,
    confirmedAt: draft.confirmedAt,
    document: {
      id: document.id,
      originalName: document.originalName,
      mediaType: document.mediaType,
      sizeBytes: document.sizeBytes,
      sha256: document.sha256,
      url: `/api/intake/${draft.id}/original`,
    },
    reading: {
      format: reading.format,
      source: reading.source,
      pages: reading.document ? [...reading.document.pages] : [],
      text: reading.document?.text ?? null,
      ...(reading.denials !== undefined && { denials: reading.denials }),
      ...(reading.denialList !== undefined && {
        denialList: reading.denialList.map((denial) => ({ ...denial })),
      }),
      ...(reading.denialNumber !== undefined && { denialNumber: reading.denialNumber }),
    },
    fields: { ...reading.fields },
    confidence: { ...reading.confidence },
    sources: { ...reading.sources },
    categoryEvidence: reading.categoryEvidence,
    statedReason: reading.statedReason ?? null,
    proposal: { ...proposalFrom(reading) },
    review: proposedFields(reading),
    explanation: plainExplanation(reading.fields, lang),
  };
}

export const draftSummaryView = z.object({
  id: z.string(),
  createdAt: z.string(),
  documentName: z.string().nullable(),
  patientName: z.string().nullable(),
  insurerName: z.string().nullable(),
  denialCategory: z.string().nullable(),
});
export type DraftSummaryView = z.infer<typeof draftSummaryView>;

export function presentDraftSummary(draft: IntakeDraft, documentName: string | null) {
  const { fields } = draft.reading;
  return {
    id: draft.id,
    createdAt: draft.createdAt,
    documentName,
    patientName: fields.patientName,
    insurerName: fields.insurerName,
    denialCategory: fields.denialCategory,
  } satisfies DraftSummaryView;
}

function plainExplanation(
  fields: IntakeDraft['reading']['fields'],
  lang: Lang,
): DraftView['explanation'] {
  const explanation = explainDenial(fields, lang);
  return {
    ...explanation,
    howToAnswer: [...explanation.howToAnswer],
    codes: explanation.codes.map((code) => ({ ...code })),
  };
}
