import { AppError } from '../common/errors.js';
import { extractFields } from './extract-fields.js';
import type { Extraction } from './extraction.js';
import { readDocument } from './read-document.js';

/** One document read and its fields extracted: nothing is stored. */
export interface ExtractedDocument extends Extraction {
  readonly format: 'text' | 'pdf' | 'image' | 'json';
  readonly source: 'text' | 'pdf-text' | 'ocr' | 'fhir';
  readonly pages: number;
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
