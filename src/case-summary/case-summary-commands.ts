import type { Command } from 'commander';
import { localOwner } from '../common/actor.js';
import { invalidInput } from '../common/errors.js';
import type { CliIo } from '../cli/cli-io.js';
import { withRuntime } from '../cli/run-command.js';
import { writeOutFile } from '../cli/write-file.js';
import { caseSummaryFileName } from './case-summary-file.js';

/** `overturn case summary CASE_ID --out FILE.pdf`: the case on paper. */
export function registerCaseSummaryCommand(cases: Command, io: CliIo): void {
  cases
    .command('summary <id>')
    .description('the whole case as one PDF: facts, status, deadlines, outcomes, timeline')
    .option('--out <file>', 'write the PDF to FILE.pdf (required)')
    .action(async (id: string, options: { out?: string }) => {
      if (options.out === undefined)
        throw invalidInput('Say where the PDF goes: --out FILE.pdf', '--out');
      const out = options.out;
      await withRuntime(async ({ services }) => {
        const pdf = await services.caseSummary.pdf(localOwner, id);
        const written = await writeOutFile(out, pdf, caseSummaryFileName(id));
        io.out(`Wrote the case summary to ${written}. Keep it safe: it holds health information.`);
      });
    });
}
