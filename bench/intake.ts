import fs from 'node:fs';
import path from 'node:path';
import { intakeService } from '../src/intake/intake-service.js';
import { closeOcr } from '../src/intake/read-image.js';
import {
  benchDir,
  intOption,
  log,
  median,
  readFlags,
  round,
  stringOption,
  machine,
} from './options.js';
import { scannedPdfOf, stackedPages } from './scanned-corpus.js';

/**
 * Intake: reading denial documents (`npm run bench:intake`, or `npx tsx bench/intake.ts`).
 *
 * In one process, after a warm-up of each format, times `intakeService(…).extract(bytes, name)`
 * (read the document, then extract the fields) over the corpus's text files, text PDFs and PNG
 * scans, plus scanned PDFs made from some of the PNGs (one picture per page, no text layer).
 * Reports the median and p90 per format, per document and, for OCR, per page; and the peak RSS
 * while OCR runs (sampled every 50 ms, and the process's maxRSS). Options (flag, or variable):
 *   --corpus DIR       BENCH_CORPUS     the documents (default ../shared/corpus/denials)
 *   --runs N           BENCH_RUNS       timed runs of each text file and text PDF (default 5)
 *   --ocr-runs N       BENCH_OCR_RUNS   timed runs of each PNG and scanned PDF (default 1)
 *   --scans N          BENCH_SCANS      PNGs also read as scanned PDFs (default 4; 0: none)
 *   --scans-dir DIR    BENCH_SCANS_DIR  also write those PDFs there, each with its .truth.json,
 *                                       for the accuracy scorer (default: not written)
 * The targets: text or text-PDF ≤ 300 ms warm, OCR ≤ 3 s per page, ≤ 500 MB RSS during OCR.
 */

export const targets = {
  textMs: 300,
  ocrMsPerPage: 3000,
  ocrPeakRssMB: 500,
} as const;

type Format = 'text' | 'pdf-text' | 'image' | 'scanned-pdf';
const ocrFormats: readonly Format[] = ['image', 'scanned-pdf'];

interface Sample {
  readonly name: string;
  readonly format: Format;
  readonly bytes: Uint8Array;
  readonly truth: string | null;
}

interface Timing {
  readonly name: string;
  readonly format: Format;
  /** Letter pages: a PNG of the corpus stacks its pages in one picture. */
  readonly pages: number;
  readonly source: string;
  /** The median of this document's runs. */
  readonly ms: number;
}

const formatOf: Record<string, Format> = { '.txt': 'text', '.pdf': 'pdf-text', '.png': 'image' };
/** Larger than any document of the corpus; the service only needs a ceiling. */
const maxUploadBytes = 50 * 2 ** 20;

function corpusSamples(dir: string): Sample[] {
  return fs
    .readdirSync(dir)
    .sort()
    .flatMap((file) => {
      const format = formatOf[path.extname(file)];
      const truth = path.join(dir, `${path.parse(file).name}.truth.json`);
      if (!format || !fs.existsSync(truth)) return [];
      return [{ name: file, format, bytes: fs.readFileSync(path.join(dir, file)), truth }];
    });
}

async function scannedSamples(samples: readonly Sample[], count: number): Promise<Sample[]> {
  const pngs = samples.filter((s) => s.format === 'image').slice(0, count);
  const scans: Sample[] = [];
  for (const png of pngs) {
    const { pdf } = await scannedPdfOf(png.bytes);
    scans.push({
      name: png.name.replace(/\.png$/, '-scan.pdf'),
      format: 'scanned-pdf',
      bytes: pdf,
      truth: png.truth,
    });
  }
  return scans;
}

/** The highest RSS seen while `work` runs, sampled every 50 ms (OCR runs in a worker thread). */
async function peakRssDuring<T>(work: () => Promise<T>): Promise<{ result: T; peakMB: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, peakMB: round(peak / 2 ** 20, 0) };
  } finally {
    clearInterval(timer);
  }
}

const p90 = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.9) - 1)] ?? Number.NaN;
};

async function timeAll(samples: readonly Sample[], runs: number): Promise<Timing[]> {
  const service = intakeService({ maxUploadBytes });
  const timings: Timing[] = [];
  for (const sample of samples) {
    const ms: number[] = [];
    let pages = 0;
    let source = '';
    for (let run = 0; run < runs; run += 1) {
      const t0 = performance.now();
      const result = await service.extract(sample.bytes, sample.name);
      ms.push(performance.now() - t0);
      pages = sample.format === 'image' ? stackedPages(sample.bytes) : result.pages;
      source = result.source;
    }
    timings.push({ name: sample.name, format: sample.format, pages, source, ms: median(ms) });
    if (ocrFormats.includes(sample.format))
      log(`  ${sample.name}: ${pages} page(s), ${round(median(ms), 0)} ms`);
  }
  return timings;
}

interface FormatSummary {
  readonly documents: number;
  readonly pages: number;
  readonly medianMs: number;
  readonly p90Ms: number;
  readonly medianMsPerPage: number;
  readonly p90MsPerPage: number;
}

function summarize(timings: readonly Timing[]): Partial<Record<Format, FormatSummary>> {
  const formats = [...new Set(timings.map((t) => t.format))];
  return Object.fromEntries(
    formats.map((format) => {
      const of = timings.filter((t) => t.format === format);
      const perPage = of.map((t) => t.ms / Math.max(1, t.pages));
      const summary: FormatSummary = {
        documents: of.length,
        pages: of.reduce((sum, t) => sum + t.pages, 0),
        medianMs: round(median(of.map((t) => t.ms)), 1),
        p90Ms: round(p90(of.map((t) => t.ms)), 1),
        medianMsPerPage: round(median(perPage), 1),
        p90MsPerPage: round(p90(perPage), 1),
      };
      return [format, summary];
    }),
  );
}

async function main() {
  const flags = readFlags();
  const corpus = path.resolve(
    stringOption(
      flags,
      'corpus',
      'BENCH_CORPUS',
      path.join(benchDir, '..', '..', 'shared', 'corpus', 'denials'),
    ),
  );
  if (!fs.existsSync(corpus)) {
    log(
      `bench:intake: no corpus at ${corpus}. It is not part of the repository: put the denial corpus there, or pass --corpus DIR (BENCH_CORPUS).`,
    );
    process.exit(2);
  }
  const options = {
    corpus,
    runs: intOption(flags, 'runs', 'BENCH_RUNS', 5, { min: 1 }),
    ocrRuns: intOption(flags, 'ocr-runs', 'BENCH_OCR_RUNS', 1, { min: 1 }),
    scans: intOption(flags, 'scans', 'BENCH_SCANS', 4),
    scansDir: stringOption(flags, 'scans-dir', 'BENCH_SCANS_DIR', ''),
  };
  const started = new Date();
  const corpusDocs = corpusSamples(corpus);
  const scans = await scannedSamples(corpusDocs, options.scans);
  if (options.scansDir) {
    fs.mkdirSync(options.scansDir, { recursive: true });
    for (const scan of scans) {
      const base = path.join(options.scansDir, scan.name.replace(/\.pdf$/, ''));
      fs.writeFileSync(`${base}.pdf`, scan.bytes);
      if (scan.truth) fs.copyFileSync(scan.truth, `${base}.truth.json`);
    }
  }
  const fast = corpusDocs.filter((s) => !ocrFormats.includes(s.format));
  const slow = [...corpusDocs.filter((s) => s.format === 'image'), ...scans];

  log(`Warming up (each format once; the OCR engine starts)…`);
  const service = intakeService({ maxUploadBytes });
  for (const format of ['text', 'pdf-text', 'image', 'scanned-pdf'] satisfies Format[]) {
    const first = [...fast, ...slow].find((s) => s.format === format);
    if (first) await service.extract(first.bytes, first.name);
  }

  log(`Text and text PDFs: ${fast.length} documents × ${options.runs} runs…`);
  const fastTimings = await timeAll(fast, options.runs);
  log(`OCR: ${slow.length} documents × ${options.ocrRuns} run(s)…`);
  const slowTimings: Timing[] = [];
  const peakRssMB: Partial<Record<Format, number>> = {};
  for (const format of ocrFormats) {
    const ofFormat = slow.filter((s) => s.format === format);
    const { result, peakMB } = await peakRssDuring(() => timeAll(ofFormat, options.ocrRuns));
    slowTimings.push(...result);
    peakRssMB[format] = peakMB;
  }
  await closeOcr();
  const peakMB = Math.max(...Object.values(peakRssMB));

  const formats = summarize([...fastTimings, ...slowTimings]);
  // maxRSS is in kilobytes: the whole process's peak, warm-up and text documents included.
  const maxRssMB = round(process.resourceUsage().maxRSS / 1024, 0);
  const textMedians = [formats.text?.medianMs, formats['pdf-text']?.medianMs].flatMap((v) =>
    v === undefined ? [] : [v],
  );
  const ocrPerPage = [
    formats.image?.medianMsPerPage,
    formats['scanned-pdf']?.medianMsPerPage,
  ].flatMap((v) => (v === undefined ? [] : [v]));
  const verdict = (measured: number, limit: number) => ({ measured, met: measured <= limit });
  const summary = {
    started: started.toISOString(),
    minutes: round((Date.now() - started.getTime()) / 60_000, 1),
    machine: machine(),
    options,
    targets,
    formats,
    peakRssDuringOcrMB: peakRssMB,
    processMaxRssMB: maxRssMB,
    verdicts: {
      textMs: verdict(Math.max(...textMedians), targets.textMs),
      ocrMsPerPage: verdict(Math.max(...ocrPerPage), targets.ocrMsPerPage),
      ocrPeakRssMB: verdict(peakMB, targets.ocrPeakRssMB),
    },
    documents: [...fastTimings, ...slowTimings].map((t) => ({ ...t, ms: round(t.ms, 1) })),
  };

  const dir = path.join(benchDir, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `intake-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);

  log('');
  for (const [format, s] of Object.entries(formats)) {
    log(
      `${format.padEnd(12)} ${String(s.documents).padStart(3)} docs, ${String(s.pages).padStart(3)} pages: ` +
        `median ${s.medianMs} ms (p90 ${s.p90Ms}), per page ${s.medianMsPerPage} ms (p90 ${s.p90MsPerPage})`,
    );
  }
  log(
    `peak RSS during OCR: PNG ${peakRssMB.image} MB, scanned PDF ${peakRssMB['scanned-pdf']} MB (process maxRSS ${maxRssMB} MB)`,
  );
  const v = summary.verdicts;
  log(
    `target text/text-PDF ≤ ${targets.textMs} ms: ${v.textMs.measured} → ${v.textMs.met ? 'met' : 'MISSED'}`,
  );
  log(
    `target OCR ≤ ${targets.ocrMsPerPage} ms/page: ${v.ocrMsPerPage.measured} → ${v.ocrMsPerPage.met ? 'met' : 'MISSED'}`,
  );
  log(
    `target RSS ≤ ${targets.ocrPeakRssMB} MB during OCR: ${v.ocrPeakRssMB.measured} → ${v.ocrPeakRssMB.met ? 'met' : 'MISSED'}`,
  );
  log(`Written: ${path.relative(process.cwd(), file)} (${summary.minutes} min)`);
}

await main();
