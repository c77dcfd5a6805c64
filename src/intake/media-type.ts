import type { ExtractedDocument } from './extraction.js';

/** The media type a document is stored and served back with, told by its format and first bytes. */
export function mediaTypeOf(bytes: Uint8Array, format: ExtractedDocument['format']): string {
  switch (format) {
    case 'pdf':
      return 'application/pdf';
    case 'image':
      return bytes[0] === 0xff ? 'image/jpeg' : 'image/png';
    case 'text':
      return 'text/plain; charset=utf-8';
    case 'json':
      return 'application/fhir+json';
  }
}
