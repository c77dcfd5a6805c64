import { AppError } from '../common/errors.js';
import { extractFields } from './extract-fields.js';
import type { Extraction } from './extraction.js';
import { denialsFromEobs, parseFhirInput } from './fhir-eob.js';
import { readDocument, sniffFormat } from './read-document.js';

/** One document read and its fields extracted: nothing is stored. */
export interface ExtractedDocument extends Extraction {
  readonly format: 'text' | 'pdf' | 'image' | 'json';
  readonly source: 'text' | 'pdf-text' | 'ocr' | 'fhir';
  readonly pages: number;
  /** How many denied claims a FHIR file holds (the first is the one extracted); absent otherwise. */
  readonly denials?: number;
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
      { onProgress }: { onProgress?: (fraction: number) => void } = {},
    ): Promise<ExtractedDocument> {
      if (bytes.length > 0 && bytes.length <= maxUploadBytes && sniffFormat(bytes, name) === 'json')
        return extractFhir(bytes);
      const { document, needsOcr, format } = await readDocument(bytes, name, {
        maxBytes: maxUploadBytes,
        onProgress,
      });
      if (needsOcr)
        throw new AppError(
          'unsupported-file',
          'This PDF has no text layer (it is a scan). Overturn reads scans saved as pictures (PNG or JPEG) but not yet scanned PDFs: photograph or save each page as a picture and read those, or use a PDF saved from your plan’s website.',
        );
      return {
        ...extractFields(document),
        format,
        source: document.source,
        pages: document.pages.length,
      };
    },
  };
}

/** A FHIR file (one resource, a Bundle, or NDJSON): its first denied ExplanationOfBenefit. */
function extractFhir(bytes: Uint8Array): ExtractedDocument {
  const denials = denialsFromEobs(parseFhirInput(new TextDecoder().decode(bytes)));
  const [first] = denials;
  if (first === undefined)
    throw new AppError(
      'invalid-input',
      'No denied claim was found in this file: every Explanation of Benefits in it was paid, or gives no reason for a denial. If a claim was denied, download it again from your plan’s patient app or website, or upload the denial letter as a PDF or a text file.',
    );
  return { ...first, format: 'json', source: 'fhir', pages: 0, denials: denials.length };
}
