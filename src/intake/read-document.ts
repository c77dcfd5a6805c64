import { AppError } from '../common/errors.js';
import type { DocumentText } from './extraction.js';
import { readImage, type ProgressListener } from './read-image.js';
import { readPdf } from './read-pdf.js';
import { readPdfScan } from './read-pdf-scan.js';
import { looksLikeText, readText } from './read-text.js';

export type DocumentFormat = 'text' | 'pdf' | 'image' | 'json';

export interface DocumentReading {
  readonly document: DocumentText;
  readonly format: DocumentFormat;
}

const textExtensions = ['.txt', '.text', '.md'];

/**
 * Reads an uploaded document into text. The type is told by the file's first bytes, which a
 * renamed file cannot fake, and only then by its name; anything else is read as text if it is text.
 * A PDF without a usable text layer (a scan) is read by OCR, page by page.
 * `timeoutMs` defaults to each reader's own (20 s for a PDF's text, 60 s for OCR of an image or of
 * each page of a scan); `onProgress` hears how far OCR is (0–1), for the slow cases only.
 */
export async function readDocument(
  bytes: Uint8Array,
  name: string,
  {
    maxBytes,
    timeoutMs,
    onProgress,
  }: { maxBytes: number; timeoutMs?: number; onProgress?: ProgressListener },
): Promise<DocumentReading> {
  if (bytes.length === 0) throw new AppError('invalid-input', 'The file is empty.');
  if (bytes.length > maxBytes) {
    throw new AppError(
      'payload-too-large',
      `This file is ${formatMegabytes(bytes.length)} MB; the limit is ${formatMegabytes(maxBytes)} MB. Upload a smaller file, for example only the pages of the letter that matter.`,
      undefined,
      { maxBytes },
    );
  }
  const format = sniffFormat(bytes, name);
  switch (format) {
    case 'pdf': {
      const { document, needsOcr } = await readPdf(bytes, { timeoutMs });
      if (!needsOcr) return { document, format };
      return {
        document: await readPdfScan(bytes, { pageTimeoutMs: timeoutMs, onProgress }),
        format,
      };
    }
    case 'text':
      return { document: readText(bytes), format };
    case 'image':
      return { document: await readImage(bytes, { timeoutMs, onProgress }), format };
    case 'json':
      // A health-record file holds data, not pages: intake reads it as FHIR (`fhir-eob.ts`) and
      // never hands it here. Whoever does gets a refusal, not a JSON file read as a letter.
      throw new AppError(
        'unsupported-file',
        'This is a health-record (JSON) file, not a letter: read it with `overturn extract` or the upload page, which read health records.',
      );
  }
}

/** The document's format, told by its first bytes, then by its name; `text` when it decodes as text. */
export function sniffFormat(bytes: Uint8Array, name: string): DocumentFormat {
  // PDF readers accept a header anywhere in the first kilobyte, after junk some mail gateways add.
  if (pdfHeaderAt(bytes) >= 0) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'image'; // \x89PNG
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image'; // JPEG
  const extension = /\.[^./\\]+$/.exec(name.toLowerCase())?.[0] ?? '';
  if (looksLikeJson(bytes, extension)) return 'json';
  if (textExtensions.includes(extension)) return 'text';
  if (extension === '.pdf') return 'pdf';
  if (looksLikeText(bytes)) return 'text';
  throw new AppError(
    'unsupported-file',
    'Overturn cannot read this kind of file. Upload the letter as a PDF, a photo (PNG or JPEG), or a plain-text (.txt) file.',
  );
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function pdfHeaderAt(bytes: Uint8Array): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).indexOf('%PDF-');
}

/**
 * A `{` or `[` first (after any byte-order mark and whitespace), in a `.json` or `.ndjson` file, or
 * one that parses as JSON (or whose first line does): a note that opens with "[Page 1]" stays text.
 */
function looksLikeJson(bytes: Uint8Array, extension: string): boolean {
  let index = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (index < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[index] ?? 0)) index += 1;
  if (bytes[index] !== 0x7b && bytes[index] !== 0x5b) return false;
  if (extension === '.json' || extension === '.ndjson') return true;
  // A whole JSON document, or NDJSON (a FHIR bulk export): one JSON object on its first line.
  const text = new TextDecoder().decode(bytes);
  return [text, text.split('\n', 1)[0] ?? ''].some((candidate) => {
    try {
      JSON.parse(candidate);
      return true;
    } catch {
      return false;
    }
  });
}

/** Megabytes (MiB) to three significant digits: "25", "2.5", "0.001". */
function formatMegabytes(bytes: number): string {
  return String(Number((bytes / (1024 * 1024)).toPrecision(3)));
}
