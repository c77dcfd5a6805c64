import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { renderLetterPdf } from '../src/letters/render-letter-pdf.js';
import { renderPacketPdf, type PacketExhibit } from '../src/letters/render-packet-pdf.js';
import { buildLetterDocument } from '../src/testing/letter-document-factory.js';
import { letterImage } from '../src/testing/scans.js';
import { benchDir, intOption, log, machine, median, readFlags, round, time } from './options.js';

/**
 * Letters and packets (`npm run bench:letters`, or `npx tsx bench/letters.ts`).
 *
 * Times, in one process after a warm-up: a one-page appeal letter rendered to PDF (median of
 * --runs, default 20), and a packet of 20 exhibits (ten 5-page PDFs and ten page pictures) that
 * comes to 100 pages with the cover letter, index and tab pages, built, stamped and indexed
 * (median of --packets, default 5). Peak RSS is sampled every 20 ms while packets build.
 * Targets (issue 5): letter PDF ≤ 150 ms; 100-page packet ≤ 2 s.
 */

export const targets = { letterMs: 150, packetMs: 2000 } as const;

// The letter the renderer tests use (names that need more than ASCII, a cited rule), made as long
// as a real appeal: two pages, so the packet below comes to 100 pages.
const shortLetter = buildLetterDocument();
const letter = buildLetterDocument({
  body: [...shortLetter.body, ...shortLetter.body, ...shortLetter.body, ...shortLetter.body],
});

async function fivePagePdf(n: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  for (let page = 1; page <= 5; page += 1) {
    const drawn = pdf.addPage([612, 792]);
    for (let line = 0; line < 40; line += 1)
      drawn.drawText(
        `Record ${n}, page ${page}, line ${line + 1}: office visit notes and orders.`,
        {
          x: 72,
          y: 720 - line * 15,
          size: 11,
          font,
        },
      );
  }
  return pdf.save();
}

async function exhibits(): Promise<PacketExhibit[]> {
  const list: PacketExhibit[] = [];
  for (let i = 0; i < 20; i += 1) {
    // 14 five-page PDFs and 6 pictures: with the 20 tab pages, the cover letter and the index, 100 pages.
    list.push(
      i < 14
        ? {
            title: `Medical records ${i + 1}`,
            date: '2026-09-03',
            mediaType: 'application/pdf',
            bytes: await fivePagePdf(i),
          }
        : {
            title: `Photo of a bill ${i + 1}`,
            date: null,
            mediaType: 'image/png',
            bytes: letterImage([`Bill ${i + 1}`, 'Amount due: $1,240.00'], { dpi: 150 }),
          },
    );
  }
  return list;
}

async function main() {
  const flags = readFlags();
  const runs = intOption(flags, 'runs', 'BENCH_RUNS', 20, { min: 1 });
  const packets = intOption(flags, 'packets', 'BENCH_PACKETS', 5, { min: 1 });

  await renderLetterPdf(letter);
  const letterTimes: number[] = [];
  let letterBytes = 0;
  for (let i = 0; i < runs; i += 1) {
    const [ms, pdf] = await time(() => renderLetterPdf(letter));
    letterTimes.push(ms);
    letterBytes = pdf.length;
  }
  log(
    `letter PDF: median ${round(median(letterTimes))} ms over ${runs} runs (${letterBytes} bytes)`,
  );

  const input = { cover: letter, exhibits: await exhibits() };
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 20);
  await renderPacketPdf(input);
  const packetTimes: number[] = [];
  let built = await renderPacketPdf(input);
  for (let i = 0; i < packets; i += 1) {
    const [ms, result] = await time(() => renderPacketPdf(input));
    packetTimes.push(ms);
    built = result;
  }
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  log(
    `packet: ${built.pages} pages, ${built.index.length} exhibits, median ${round(median(packetTimes))} ms over ${packets} builds, ` +
      `${round(built.pdf.length / 2 ** 20, 2)} MB; peak RSS ${round(peakRss / 2 ** 20)} MB (maxRSS ${round(maxRssMB)} MB)`,
  );

  const summary = {
    at: new Date().toISOString(),
    machine: machine(),
    targets,
    letter: {
      runs,
      medianMs: round(median(letterTimes)),
      maxMs: round(Math.max(...letterTimes)),
      bytes: letterBytes,
    },
    packet: {
      builds: packets,
      pages: built.pages,
      exhibits: built.index.length,
      medianMs: round(median(packetTimes)),
      maxMs: round(Math.max(...packetTimes)),
      megabytes: round(built.pdf.length / 2 ** 20, 2),
      peakRssMB: round(peakRss / 2 ** 20),
      maxRssMB: round(maxRssMB),
    },
    met: {
      letter: median(letterTimes) <= targets.letterMs,
      packet: median(packetTimes) <= targets.packetMs && built.pages === 100,
    },
  };
  const dir = path.join(benchDir, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `letters-${summary.at.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  log(`saved ${path.relative(process.cwd(), file)}`);
}

await main();
