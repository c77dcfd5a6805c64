import type { Command } from 'commander';
import { localOwner } from '../common/actor.js';
import type { CliIo } from '../cli/cli-io.js';
import { withRuntime } from '../cli/run-command.js';
import { writeOutFile } from '../cli/write-file.js';

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
        await writeOutFile(options.out, ics, 'deadlines.ics');
        const events = ics.split('BEGIN:VEVENT').length - 1;
        io.err(`Wrote ${events} calendar event${events === 1 ? '' : 's'} to ${options.out}.`);
      });
    });
}
