import { AppError } from '../common/errors.js';
import type { DocumentText } from './extraction.js';

/** Form feed: the page break inside `DocumentText.text`, as in the output of `pdftotext`. */
export const pageBreak = '\f';

/**
 * Builds a `DocumentText` from the text of each page, joining them with a form feed and
 * recording where each page starts and ends (UTF-16 offsets into the joined text).
 */
export function documentFromPages(
  source: DocumentText['source'],
  pageTexts: readonly string[],
): DocumentText {
  const pages: { number: number; start: number; end: number }[] = [];
  let offset = 0;
  for (const [index, pageText] of pageTexts.entries()) {
    if (index > 0) offset += pageBreak.length;
    pages.push({ number: index + 1, start: offset, end: offset + pageText.length });
    offset += pageText.length;
  }
  return { source, text: pageTexts.join(pageBreak), pages };
}

/**
 * Reads a plain-text file. UTF-8 (with or without a byte-order mark) is the rule; UTF-16 is accepted
 * when it starts with its byte-order mark, as Windows Notepad writes it. Line ends become `\n`; form
 * feeds already in the file are kept as page breaks, otherwise the whole file is one page.
 */
export function readText(bytes: Uint8Array): DocumentText {
  if (bytes.length === 0) throw new AppError('invalid-input', 'The file is empty.');
  const decoded = decode(bytes);
  const text = decoded.replace(/\r\n?/g, '\n').replaceAll('\0', '');
  const pageTexts = text.split(pageBreak);
  // A trailing form feed closes the last page rather than opening an empty one.
  if (pageTexts.length > 1 && pageTexts.at(-1) === '') pageTexts.pop();
  return documentFromPages('text', pageTexts);
}

/** Whether the bytes read as text (the test `readText` applies), without building the document. */
export function looksLikeText(bytes: Uint8Array): boolean {
  try {
    decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const notText = () =>
  new AppError(
    'unsupported-file',
    'This file does not look like text. Upload the letter as a PDF, a photo, or a plain-text (.txt) file.',
  );

function decode(bytes: Uint8Array): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16 !== null) return new TextDecoder(utf16).decode(bytes);
  if (binaryBytes(bytes) > Math.max(1, bytes.length / 1000)) throw notText();
  try {
    // `TextDecoder` drops a leading UTF-8 byte-order mark by default; `fatal` rejects invalid UTF-8.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw notText();
  }
}

/** Counts NUL bytes and other control characters that text files do not contain (tab, LF, FF, CR and ESC aside). */
function binaryBytes(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) {
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0c &&
      byte !== 0x0d &&
      byte !== 0x1b
    ) {
      count += 1;
    }
  }
  return count;
}
