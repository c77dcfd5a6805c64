import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../common/errors.js';
import { printJson, type CliIo } from '../cli/cli-io.js';
import { fieldList } from '../cli/text-table.js';
import { loadConfig } from '../config/config.js';
import { parseInput } from '../common/validation.js';
import type { FieldName } from './extraction.js';
import { explainDenial } from './denial-explanation.js';
import { denialListText, explanationText } from './intake-commands-text.js';
import { intakeQuery } from './intake-input.js';
import { intakeService } from './intake-service.js';
import { closeOcr } from './read-image.js';

/** Reads a file from disk for intake, refusing what cannot be a document before reading it all. */
export async function readInput(file: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new AppError('invalid-input', `${file}: no such file`);
  if (!info.isFile()) throw new AppError('invalid-input', `${file}: is not a file`);
  if (info.size > maxBytes)
    throw new AppError(
      'payload-too-large',
      `${file}: is ${(info.size / 2 ** 20).toFixed(1)} MB; the limit is ${(maxBytes / 2 ** 20).toFixed(0)} MB (set OVERTURN_MAX_UPLOAD_MB to change it)`,
    );
  return readFile(file);
}

const shown = (value: string | number | readonly string[] | null) =>
  value === null ? null : typeof value === 'object' ? value.join(', ') : String(value);

/**
 * A percentage updated in place on stderr, only when stderr is a terminal: stdout stays clean for
 * `--json`, and logs and pipes get no carriage returns. A scanned PDF also names the page being read.
 */
export function ttyProgress(stream: NodeJS.WriteStream = process.stderr) {
  let shown = '';
  return {
    update: (fraction: number, page?: { readonly number: number; readonly of: number }) => {
      if (!stream.isTTY) return;
      const percent = Math.floor(Math.min(1, Math.max(0, fraction)) * 100);
      const label = page ? `Reading page ${page.number} of ${page.of}…` : 'Reading the image…';
      const line = `${label} ${percent}%`;
      if (line === shown) return;
      shown = line;
      // Erases to the end of the line: the previous one may have been longer.
      stream.write(`\r${line}\x1b[K`);
    },
    clear: () => {
      if (stream.isTTY && shown !== '') stream.write('\r\x1b[2K');
    },
  };
}

/** `overturn extract FILE [--json]`: the fields of one document, stored nowhere. */
export function registerIntakeCommands(program: Command, io: CliIo): void {
  program
    .command('extract <file>')
    .description('read a denial letter or EOB and print what it says (nothing is stored)')
    .option('--denial <n>', 'a FHIR file with several denied claims: which one (from 1)')
    .option('--json', 'print JSON: {fields, confidence, sources, …}')
    .action(async (file: string, options: { json?: boolean; denial?: string }) => {
      const denial = parseInput(intakeQuery.shape.denial, options.denial, '--denial');
      const { maxUploadBytes } = loadConfig();
      const bytes = await readInput(file, maxUploadBytes);
      const progress = ttyProgress();
      const result = await intakeService({ maxUploadBytes })
        .extract(bytes, path.basename(file), { onProgress: progress.update, denial })
        // The OCR worker is a thread: stop it, or the process would not exit.
        .finally(async () => {
          progress.clear();
          await closeOcr();
        });
      if (options.json) {
        // The text itself stays out: it is the whole letter, and the fields are what was asked for.
        const { document: _text, ...shown } = result;
        printJson(io, { ...shown, explanation: explainDenial(result.fields) });
        return;
      }
      if (!result.denialCheck.likely)
        io.out(
          `This does not look like a denial (${result.denialCheck.reason}). What follows was read anyway, with low confidence.\n`,
        );
      if (result.denialList && result.denialList.length > 1)
        io.out(`${denialListText(result.denialList)}\n\nThe first one, in full:\n`);
      const names = Object.keys(result.fields) as FieldName[];
      io.out(
        fieldList(
          names.map((name) => {
            const value = shown(result.fields[name]);
            const sure = result.confidence[name];
            return [name, value === null ? null : `${value}${sure < 0.6 ? '  (check this)' : ''}`];
          }),
        ),
      );
      if (result.categoryEvidence) io.out(`\nWhy this category: “${result.categoryEvidence}”`);
      io.out(`\n${explanationText(explainDenial(result.fields))}`);
    });
}
