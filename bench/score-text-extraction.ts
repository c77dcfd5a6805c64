/**
 * Dev scorer for the field extractor: runs `extractFields` on the corpus's text and PDF documents
 * and compares with each `.truth.json` by the corpus README's rules ("Scoring").
 * Run: npx tsx bench/score-text-extraction.ts [corpus-dir] [--verbose]
 * PDFs are read with src/intake/read-pdf.ts when it exists; PNGs need OCR and are skipped.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { extractFields } from '../src/intake/extract-fields.js';
import type { DenialFields, DocumentText } from '../src/intake/extraction.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = args.find((a) => !a.startsWith('--')) ?? '/work/shared/corpus/denials';

type ReadPdf = (bytes: Uint8Array) => Promise<{ document: DocumentText }>;

async function loadReadPdf(): Promise<ReadPdf | null> {
  const path = new URL('../src/intake/read-pdf.ts', import.meta.url);
  if (!existsSync(path)) return null;
  const module = (await import(path.href)) as { readPdf?: ReadPdf };
  return module.readPdf ?? null;
}

function textDocument(text: string): DocumentText {
  return { source: 'text', text, pages: [{ number: 1, start: 0, end: text.length }] };
}

const norm = (v: unknown, dropPunctuation: boolean): string => {
  let s = String(v).toLowerCase().replace(/\s+/g, ' ').trim();
  if (dropPunctuation)
    s = s
      .replace(/[^\p{L}\p{N} ]/gu, '')
      .replace(/\s+/g, ' ')
      .trim();
  return s;
};
const isNull = (v: unknown): boolean => v === null || v === undefined || v === '';

function same(field: keyof DenialFields, got: unknown, want: unknown): boolean {
  if (Array.isArray(want) || Array.isArray(got)) {
    const key = (c: unknown): string => {
      let s = String(c).toUpperCase();
      if (field === 'diagnosisCodes') s = s.replace('.', '');
      if (field === 'carcCodes') s = s.replace(/^(?:CO|PR|OA|PI|CR)-?/, '');
      return s;
    };
    const a = new Set(((got as unknown[] | null) ?? []).map(key));
    const b = new Set(((want as unknown[] | null) ?? []).map(key));
    return a.size === b.size && [...a].every((c) => b.has(c));
  }
  if (isNull(want) || isNull(got)) return isNull(want) && isNull(got);
  if (typeof want === 'number')
    return Math.abs(Number(String(got).replace(/[$,]/g, '')) - want) <= 0.005;
  const loose = field === 'patientName' || field === 'insurerName' || field === 'providerName';
  return norm(got, loose) === norm(want, loose);
}

const readPdf = await loadReadPdf();
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt') || (f.endsWith('.pdf') && readPdf !== null))
  .sort();
const right = new Map<string, number>();
const byFormat = new Map<string, { right: number; total: number }>();
let scored = 0;
for (const file of files) {
  const base = file.replace(/\.(txt|pdf)$/, '');
  const truth = JSON.parse(readFileSync(join(dir, `${base}.truth.json`), 'utf8')) as DenialFields;
  const format = file.endsWith('.pdf') ? 'pdf' : 'txt';
  const document =
    format === 'pdf' && readPdf !== null
      ? (await readPdf(new Uint8Array(readFileSync(join(dir, file))))).document
      : textDocument(readFileSync(join(dir, file), 'utf8'));
  const { fields } = extractFields(document);
  scored += 1;
  const tally = byFormat.get(format) ?? { right: 0, total: 0 };
  for (const field of Object.keys(truth) as (keyof DenialFields)[]) {
    const ok = same(field, fields[field], truth[field]);
    if (ok) right.set(field, (right.get(field) ?? 0) + 1);
    if (field !== 'serviceDescription') {
      tally.total += 1;
      if (ok) tally.right += 1;
    }
    if (!ok && verbose) {
      console.log(
        `${file} ${field}: got ${JSON.stringify(fields[field])} want ${JSON.stringify(truth[field])}`,
      );
    }
  }
  byFormat.set(format, tally);
}
if (readPdf === null) console.log('(src/intake/read-pdf.ts not found: PDFs skipped)');
for (const [field, count] of [...right.entries()].sort()) {
  console.log(`${field.padEnd(22)} ${(count / scored).toFixed(3)}`);
}
let allRight = 0;
let allTotal = 0;
for (const [format, t] of byFormat) {
  console.log(`${format}: ${(t.right / t.total).toFixed(3)} (${t.total / 18} documents)`);
  allRight += t.right;
  allTotal += t.total;
}
console.log(`field accuracy: ${(allRight / allTotal).toFixed(3)} (${scored} documents)`);
