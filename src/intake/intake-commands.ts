import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../common/errors.js';
import { printJson, type CliIo } from '../cli/cli-io.js';
import { fieldList } from '../cli/text-table.js';
import { loadConfig } from '../config/config.js';
import type { FieldName } from './extraction.js';
import { intakeService } from './intake-service.js';
import { closeOcr } from './read-image.js';

/** Reads a file from disk for intake, refusing what cannot be a document before reading it all. */
async function readInput(file: string, maxBytes: number): Promise<Uint8Array> {
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
 * `--json`, and logs and pipes get no carriage returns.
 */
function ttyProgress(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let shown = -1;
  return {
    update: (fraction: number) => {
      if (!stream.isTTY) return;
      const percent = Math.floor(Math.min(1, Math.max(0, fraction)) * 100);
      if (percent === shown) return;
      shown = percent;
      stream.write(`\r${label} ${percent}%`);
    },
    clear: () => {
      if (stream.isTTY && shown >= 0) stream.write('\r\x1b[2K');
    },
  };
}

/** `overturn extract FILE [--json]`: the fields of one document, stored nowhere. */
export function registerIntakeCommands(program: Command, io: CliIo): void {
  program
    .command('extract <file>')
    .description('read a denial letter or EOB and print what it says (nothing is stored)')
    .option('--json', 'print JSON: {fields, confidence, sources, …}')
    .action(async (file: string, options: { json?: boolean }) => {
      const { maxUploadBytes } = loadConfig();
      const bytes = await readInput(file, maxUploadBytes);
      const progress = ttyProgress('Reading the image…');
      const result = await intakeService({ maxUploadBytes })
        .extract(bytes, path.basename(file), { onProgress: progress.update })
        // The OCR worker is a thread: stop it, or the process would not exit.
        .finally(async () => {
          progress.clear();
          await closeOcr();
        });
      if (options.json) {
        printJson(io, result);
        return;
      }
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
    });
}
