import type { Command } from 'commander';
import { localOwner } from '../common/actor.js';
import { parseInput } from '../common/validation.js';
import { printJson, type CliIo } from '../cli/cli-io.js';
import { langField } from '../common/lang-field.js';
import { withRuntime } from '../cli/run-command.js';
import { nextStepText } from './journey-commands-text.js';
import { presentNextStep } from './journey-presenter.js';

/** `overturn next CASE_ID [--json]`: the one next thing to do on a case. */
export function registerJourneyCommands(program: Command, io: CliIo): void {
  program
    .command('next <caseId>')
    .description('what to do next on a case, why, by when, and the command that does it')
    .option('--json', 'print JSON: {"action", "why", "due", "step", "command", …}')
    .option('--lang <lang>', 'en | es: the language of the words (default en)')
    .action(async (caseId: string, options: { json?: boolean; lang?: string }) => {
      const lang = parseInput(langField, options.lang, '--lang');
      await withRuntime(async ({ services }) => {
        const { caseId: id, ...next } = await services.journey.next(localOwner, caseId, lang);
        if (options.json) return printJson(io, presentNextStep(id, next));
        io.out(nextStepText(next));
      });
    });
}
