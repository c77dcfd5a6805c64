import { randomUUID } from 'node:crypto';
import { rename, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { localOwner } from '../common/actor.js';
import { invalidInput } from '../common/errors.js';
import type { CliIo } from '../cli/cli-io.js';
import { withRuntime } from '../cli/run-command.js';

/** Writes the file whole or not at all: a half-written calendar would import half the deadlines. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const target = resolve(path);
  const folder = await stat(dirname(target)).catch(() => null);
  if (!folder?.isDirectory())
    throw invalidInput(
      `--out: the folder ${dirname(target)} does not exist; create it or pick another`,
    );
  if ((await stat(target).catch(() => null))?.isDirectory())
    throw invalidInput(`--out: ${target} is a folder; give a file name such as deadlines.ics`);
  const temporary = `${target}.${randomUUID()}.tmp`;
  // The file names patients and their plans: readable by this user only.
  await writeFile(temporary, text, { mode: 0o600 });
  await rename(temporary, target);
}

/** `overturn calendar [--case ID] [--out FILE.ics]` */
export function registerCalendarCommand(program: Command, io: CliIo): void {
  program
    .command('calendar')
    .description('write your deadlines as an iCalendar (.ics) file to import into a calendar')
    .option('--case <id>', 'only this case (default: every open case)')
    .option('--out <file>', 'where to write the .ics file (default: print it)')
    .action(async (options: { case?: string; out?: string }) => {
      await withRuntime(async ({ services }) => {
        const ics = await services.calendar.ics(localOwner, { caseId: options.case });
        if (!options.out) {
          io.out(ics);
          return;
        }
        await writeAtomically(options.out, ics);
        const events = ics.split('BEGIN:VEVENT').length - 1;
        io.err(`Wrote ${events} calendar event${events === 1 ? '' : 's'} to ${options.out}.`);
      });
    });
}
