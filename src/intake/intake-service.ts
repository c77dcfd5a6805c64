import { AppError } from '../common/errors.js';
import { denialSignal } from './denial-signal.js';
import { extractFields } from './extract-fields.js';
import type { ExtractedDocument } from './extraction.js';
import { denialsFromEobs, parseFhirInput } from './fhir-eob.js';
import { readDocument, sniffFormat } from './read-document.js';
import type { ProgressListener } from './read-image.js';

export interface IntakeOptions {
  /** Hears how far a slow read (OCR) is. */
  readonly onProgress?: ProgressListener;
  /** Which denied claim of a FHIR file with several to read, counting from 1 (default the first). */
  readonly denial?: number;
}

/**
 * Intake: documents from outside → the fields of a denial. Every step runs on this machine; the
 * document never leaves it.
 */
export function intakeService({ maxUploadBytes }: { maxUploadBytes: number }) {
  return {
    async extract(
      bytes: Uint8Array,
      name: string,
      { onProgress, denial = 1 }: IntakeOptions = {},
    ): Promise<ExtractedDocument> {
      if (bytes.length > 0 && bytes.length <= maxUploadBytes && sniffFormat(bytes, name) === 'json')
        return extractFhir(bytes, denial);
      // A scanned PDF is read by OCR inside readDocument, like a photo.
      const { document, format } = await readDocument(bytes, name, {
        maxBytes: maxUploadBytes,
        onProgress,
      });
      const extraction = extractFields(document);
      return {
        ...extraction,
        denialCheck: denialSignal(document, extraction.fields),
        format,
        document,
        source: document.source,
        pages: document.pages.length,
      };
    },
  };
}

/** A FHIR file (one resource, a Bundle, or NDJSON): one of its denied ExplanationOfBenefit. */
function extractFhir(bytes: Uint8Array, which: number): ExtractedDocument {
  const denials = denialsFromEobs(parseFhirInput(new TextDecoder().decode(bytes)));
  if (denials.length === 0)
    throw new AppError(
      'invalid-input',
      'No denied claim was found in this file: every Explanation of Benefits in it was paid, or gives no reason for a denial. If a claim was denied, download it again from your plan’s patient app or website, or upload the denial letter as a PDF or a text file.',
    );
  const chosen = denials[which - 1];
  if (!Number.isInteger(which) || chosen === undefined)
    throw new AppError(
      'invalid-input',
      `This file holds ${denials.length} denied claim${denials.length === 1 ? '' : 's'}; choose a number from 1 to ${denials.length}.`,
      'denial',
    );
  return {
    ...chosen,
    format: 'json',
    source: 'fhir',
    pages: 0,
    denials: denials.length,
    denialNumber: which,
    denialList: denials.map(({ fields }) => ({
      claimNumber: fields.claimNumber,
      serviceDate: fields.serviceDate,
      providerName: fields.providerName,
      serviceDescription: fields.serviceDescription,
      amountBilled: fields.amountBilled,
      patientResponsibility: fields.patientResponsibility,
      denialCategory: fields.denialCategory,
      carcCodes: fields.carcCodes,
    })),
    document: null,
    denialCheck: {
      likely: true,
      confidence: 0.9,
      reason: 'the health-record file marks this claim, or a line of it, as denied',
    },
  };
}
