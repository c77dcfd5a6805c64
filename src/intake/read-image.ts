import { createRequire } from 'node:module';
import path from 'node:path';
import Tesseract from 'tesseract.js';
import { AppError } from '../common/errors.js';
import type { DocumentText } from './extraction.js';
import { prepareImage } from './read-image-prepare.js';
import { documentFromPages } from './read-text.js';

/**
 * OCR of photos and scans (PNG, JPEG) with tesseract.js, entirely on this machine: the engine
 * (WebAssembly) and the English model come from node_modules, never from a CDN. Without an explicit
 * `langPath` tesseract.js downloads the model from jsdelivr, so the path below is not optional.
 */

/** Fewer letters than this is not a letter: a blank page, a photo of a desk, a logo. */
const minLetters = 20;
/** Starting the engine and loading the model takes about a second: keep one worker, close it when idle. */
const idleMs = 60_000;

/** The English model as the `@tesseract.js-data/eng` package ships it (gzipped, LSTM-only "best_int"). */
function englishModel(): { langPath: string; gzip: boolean } {
  const packageJson = createRequire(import.meta.url).resolve('@tesseract.js-data/eng/package.json');
  return { langPath: path.join(path.dirname(packageJson), '4.0.0_best_int'), gzip: true };
}

/**
 * Hears how far OCR is, 0–1 over the whole document; for a scanned PDF also which page is being read.
 */
export type ProgressListener = (
  fraction: number,
  page?: { readonly number: number; readonly of: number },
) => void;

let worker: Promise<Tesseract.Worker> | null = null;
let listener: ProgressListener | null = null;
let idleTimer: NodeJS.Timeout | undefined;
/** One image at a time: the worker runs jobs in turn, and each image's timeout must time only it. */
let queue: Promise<unknown> = Promise.resolve();

function startWorker(): Promise<Tesseract.Worker> {
  const created = Tesseract.createWorker('eng', Tesseract.OEM.LSTM_ONLY, {
    ...englishModel(),
    // Read the model from the package, write no cache file anywhere (the repo, the cwd, a temp dir).
    cacheMethod: 'none',
    logger: (message) => {
      if (message.status === 'recognizing text') listener?.(message.progress);
    },
    errorHandler: () => {
      // Errors reach the caller through the rejected job; the default handler would print them.
    },
  }).then(async (started) => {
    await started.setParameters({
      tessedit_pageseg_mode: Tesseract.PSM.AUTO,
      // Keeps runs of spaces between table columns: the field reader splits a label from its value there.
      preserve_interword_spaces: '1',
      // Tesseract's notes ("Estimating resolution as 199") would reach the user's terminal.
      debug_file: '/dev/null',
    });
    return started;
  });
  // A worker that failed to start is not kept: the next image tries again.
  created.catch(() => {
    if (worker === created) worker = null;
  });
  return created;
}

/** Stops the OCR worker, if one is running. A CLI calls this when it is done, so the process exits. */
export async function closeOcr(): Promise<void> {
  clearTimeout(idleTimer);
  const running = worker;
  worker = null;
  if (!running) return;
  await running.then((started) => started.terminate()).catch(() => undefined);
}

/** What is being read, for the messages: a photo, or one page of a scanned PDF. */
export type OcrSubject =
  { readonly kind: 'image' } | { readonly kind: 'pdf-page'; readonly page: number };

/**
 * Reads the text of one image (a photo or a scan of one or more pages) as a one-page document.
 * Throws `unsupported-file` when the image holds no readable text or takes longer than `timeoutMs`.
 */
export async function readImage(
  bytes: Uint8Array,
  { timeoutMs = 60_000, onProgress }: { timeoutMs?: number; onProgress?: ProgressListener } = {},
): Promise<DocumentText> {
  const text = await recognizeText(bytes, { timeoutMs, onProgress });
  return ocrDocument([text], 'image');
}

/**
 * The tidied OCR text of one image, which may be empty (a blank page). Images are read one at a
 * time; `timeoutMs` times this image alone, and `onProgress` hears its own progress (0–1).
 */
export function recognizeText(
  bytes: Uint8Array,
  {
    timeoutMs = 60_000,
    onProgress,
    subject = { kind: 'image' },
  }: { timeoutMs?: number; onProgress?: ProgressListener; subject?: OcrSubject } = {},
): Promise<string> {
  const turn = queue.then(() => recognizeAlone(bytes, timeoutMs, onProgress, subject));
  queue = turn.catch(() => undefined);
  return turn;
}

/**
 * The document OCR read, one text per page; refuses it when all its pages together hold too few
 * letters to be a letter, since an empty document would only yield empty fields.
 */
export function ocrDocument(
  pageTexts: readonly string[],
  from: 'image' | 'scanned-pdf',
): DocumentText {
  const letters = pageTexts.reduce((sum, text) => sum + (text.match(/\p{L}/gu) ?? []).length, 0);
  if (letters < minLetters) throw noText(from);
  return documentFromPages('ocr', pageTexts);
}

async function recognizeAlone(
  bytes: Uint8Array,
  timeoutMs: number,
  onProgress: ProgressListener | undefined,
  subject: OcrSubject,
): Promise<string> {
  // A broken header would otherwise make the engine print its own error on the terminal.
  if (!hasImageSize(bytes)) throw unreadable();
  clearTimeout(idleTimer);
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(ocrTooSlow(timeoutMs, subject));
    }, timeoutMs);
  });
  listener = onProgress ?? null;
  try {
    worker ??= startWorker();
    // Upright, at most a 300-dpi page, thresholded under a shadow (read-image-prepare.ts); the
    // engine starts meanwhile.
    const prepared = await Promise.race([prepareImage(bytes), timeout]);
    const started = await Promise.race([worker, timeout]);
    const { buffer, byteOffset, byteLength } = prepared.bytes;
    // A view, not a copy: a prepared page is up to 8 MB.
    const image = Buffer.from(buffer, byteOffset, byteLength);
    const job = started.recognize(image, { rotateAuto: true });
    const { data } = await Promise.race([job, timeout]);
    onProgress?.(1);
    return tidyOcrText(data.text);
  } catch (error) {
    // A timed-out job keeps the engine busy: stop it, the next image starts a fresh one.
    if (timedOut) await closeOcr();
    if (error instanceof AppError) throw error;
    throw unreadable();
  } finally {
    clearTimeout(timer);
    listener = null;
    if (worker) idleTimer = setTimeout(() => void closeOcr(), idleMs).unref();
  }
}

/** Specks and rules that OCR reads as punctuation: a table's borders, dust, a fold in the paper. */
const noiseMarks = '|[\\]{}~_‘’“”©®';

/**
 * Cleans what OCR adds to a page without changing what it says: table borders and stray marks
 * standing alone between words, or stuck to the start of one, become spaces (runs of spaces
 * still separate a label from its value); trailing spaces and runs of blank lines go. Letters are
 * put back only where the context allows one reading: a `$` before letters and digits is an `S`,
 * a 1 opening an ICD-10 code is an I. Other words are never rewritten: a guess could be a wrong ID.
 */
export function tidyOcrText(text: string): string {
  const lone = new RegExp(`(^|[ \\t])[${noiseMarks}.]+(?=[ \\t]|$)`, 'gm');
  // Not ’ (an apostrophe) nor “ (a quotation opening a word): those are text.
  const attached = /(^|[ \t])[|[\]{}~_‘©®]+(?=[\p{L}\d])/gmu;
  return (
    text
      // Twice, since adjacent marks share the space between them ("| ~ value").
      .replace(lone, (_, before: string) => `${before} `)
      .replace(lone, (_, before: string) => `${before} `)
      .replace(attached, '$1')
      // A logo or bullet read as a sign, set apart from the line by a wide gap: "&   Prairie Health".
      .replace(/^[ \t]*[&@*•]+[ \t]{2,}/gm, '')
      // ICD-10 codes all start with a letter: "ICD-10 169.351" is I69.351 (only right after the label).
      .replace(/(\bICD-?10(?:-CM)?:?[ \t]+)1(\d{2}\.\d)/g, '$1I$2')
      // "$M1439010-63": an amount never has a letter after its dollar sign.
      .replace(/\$(?=[A-Z]{1,3}\d)/g, 'S')
      .replace(/^[ \t]+|[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/**
 * Whether the image states a width and height: a PNG's IHDR chunk, or a JPEG's start-of-frame
 * segment (found by walking the segments before it).
 */
function hasImageSize(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0x89) {
    const ihdr = bytes.length >= 24 && String.fromCharCode(...bytes.subarray(12, 16)) === 'IHDR';
    return ihdr && view.getUint32(16) > 0 && view.getUint32(20) > 0;
  }
  let offset = 2;
  while (offset + 9 <= bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1] ?? 0;
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return view.getUint16(offset + 5) > 0 && view.getUint16(offset + 7) > 0;
    }
    offset += 2 + view.getUint16(offset + 2);
  }
  return false;
}

const unreadable = () =>
  new AppError(
    'unsupported-file',
    'This image could not be read. Check that it is a PNG or JPEG photo or scan of the letter, or upload a PDF.',
  );

/** OCR (or, for a scanned PDF, rendering the page for it) outlasted its time. */
export const ocrTooSlow = (timeoutMs: number, subject: OcrSubject) => {
  const seconds = Math.max(1, Math.round(timeoutMs / 1000));
  const over = `over ${seconds} second${seconds === 1 ? '' : 's'}`;
  return subject.kind === 'image'
    ? new AppError(
        'unsupported-file',
        `Reading the text of this image took too long (${over}). Try a clearer, smaller photo, or a PDF.`,
      )
    : new AppError(
        'unsupported-file',
        `Reading the text of page ${subject.page} of this scanned PDF took too long (${over}). Upload only the pages of the letter that matter, or clear photos of them.`,
        undefined,
        { page: subject.page },
      );
};

const noText = (from: 'image' | 'scanned-pdf') =>
  new AppError(
    'unsupported-file',
    from === 'image'
      ? 'No text could be read in this image. Take the photo again in good light, with the whole page flat and in focus, or upload the letter as a PDF.'
      : 'No text could be read in this scanned PDF. Scan the letter again in good light, with the pages flat and straight, or upload the letter as a PDF saved from your plan’s website.',
  );
