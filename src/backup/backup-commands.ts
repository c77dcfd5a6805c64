import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { link, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { localOwner } from '../common/actor.js';
import { invalidInput } from '../common/errors.js';
import { printJson, type CliIo } from '../cli/cli-io.js';
import { withRuntime } from '../cli/run-command.js';
import { writeOutFile } from '../cli/write-file.js';
import type { BackupCounts, RestoreSummary } from './backup-service.js';

/** Where `--out` may go: an existing folder, not a folder itself, not an existing file unless forced. */
async function checkTarget(out: string, force: boolean): Promise<string> {
  const target = resolve(out);
  if (!(await stat(dirname(target)).catch(() => null))?.isDirectory())
    throw invalidInput(
      `--out: the folder ${dirname(target)} does not exist; create it or pick another`,
    );
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory())
    throw invalidInput(
      `--out: ${target} is a folder; give a file name such as overturn-backup.ndjson.gz`,
    );
  if (existing && !force)
    throw invalidInput(
      `--out: ${target} already exists; choose another name, or add --force to replace it`,
    );
  return target;
}

/**
 * Writes the backup next to its target under a temporary name, then puts it in place, so a cut-off
 * export never leaves a half file under the real name. Without `--force` an existing file is never
 * replaced, even one that appears while the backup runs (a hard link refuses to overwrite).
 */
async function writeAtomically(
  target: string,
  force: boolean,
  write: (sink: Writable) => Promise<BackupCounts>,
): Promise<BackupCounts> {
  const temporary = `${target}.${randomUUID()}.tmp`;
  try {
    const counts = await write(createWriteStream(temporary, { flags: 'wx', mode: 0o600 }));
    if (force) await rename(temporary, target);
    else
      await link(temporary, target).catch((error: unknown) => {
        if ((error as { code?: string }).code === 'EEXIST')
          throw invalidInput(
            `--out: ${target} already exists; choose another name, or add --force to replace it`,
          );
        throw error;
      });
    return counts;
  } finally {
    await rm(temporary, { force: true });
  }
}

const tableLines = (tables: Record<string, number>) =>
  Object.entries(tables).map(([table, rows]) => `  ${table}: ${rows}`);

function restoredText(summary: RestoreSummary): string {
  return [
    `Restored ${summary.rows} rows from the backup made ${summary.createdAt.slice(0, 10)} (Overturn ${summary.app}):`,
    ...tableLines(summary.tables),
  ].join('\n');
}

/**
 * `overturn export --out FILE [--force]` and `overturn import FILE [--json]`: the whole data set,
 * documents included; and `overturn case export CASE_ID --out FILE.json | --json`: one case.
 */
export function registerBackupCommands(program: Command, io: CliIo): void {
  program
    .command('export')
    .description('back up everything (cases, documents, letters) to one file')
    .requiredOption('--out <file>', 'the backup file, e.g. overturn-backup.ndjson.gz')
    .option('--force', 'replace the file if it exists')
    .option('--json', 'print what was written as JSON')
    .action(async (options: { out: string; force?: boolean; json?: boolean }) => {
      const force = options.force === true;
      const target = await checkTarget(options.out, force);
      await withRuntime(async ({ services }) => {
        const exporting = services.backup.prepareExport(localOwner);
        const counts = await writeAtomically(target, force, (sink) => exporting.writeTo(sink));
        if (options.json) return printJson(io, { file: target, ...counts });
        io.out(
          [
            `Wrote a backup of ${counts.rows} rows to ${target}:`,
            ...tableLines(counts.tables),
            'It holds health information: keep it somewhere only you can open.',
          ].join('\n'),
        );
      });
    });

  program
    .command('import <file>')
    .description('restore a backup made by "overturn export" into an empty Overturn')
    .option('--json', 'print what was restored as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const path = resolve(file);
      if (!(await stat(path).catch(() => null))?.isFile())
        throw invalidInput(
          `${file}: no such file; give the path of a backup made by "overturn export"`,
        );
      await withRuntime(async ({ services }) => {
        const summary = await services.backup.importFrom(localOwner, () => createReadStream(path));
        if (options.json) return printJson(io, summary);
        io.out(restoredText(summary));
      });
    });

  const cases = program.commands.find((c) => c.name() === 'case') ?? program.command('case');
  cases
    .command('export <id>')
    .description('one case as JSON: case, timeline, deadlines, documents’ facts, letters')
    .option('--out <file>', 'write it to FILE.json')
    .option('--json', 'print it to the terminal')
    .action(async (id: string, options: { out?: string; json?: boolean }) => {
      if (options.out === undefined && !options.json)
        throw invalidInput(
          'Say where the case goes: --out FILE.json, or --json to print it',
          '--out',
        );
      await withRuntime(async ({ services }) => {
        const exported = await services.caseExport.export(localOwner, id);
        if (options.out === undefined) return printJson(io, exported);
        const written = await writeOutFile(
          options.out,
          `${JSON.stringify(exported, null, 2)}\n`,
          'case.json',
        );
        io.out(`Wrote case ${exported.case.id} to ${written}.`);
      });
    });
}
