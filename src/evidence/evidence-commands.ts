import type { Command } from 'commander';
import { localOwner } from '../common/actor.js';
import { printJson, type CliIo } from '../cli/cli-io.js';
import { withRuntime } from '../cli/run-command.js';
import { checklistText } from './evidence-commands-text.js';
import { presentChecklist } from './evidence-presenter.js';

/** `overturn evidence CASE_ID [--json]`: what usually wins this denial, and what is missing. */
export function registerEvidenceCommand(program: Command, io: CliIo): void {
  program
    .command('evidence <caseId>')
    .description('the evidence checklist of a case: what is missing comes first')
    .option('--json', 'print JSON: { items: [...], missingEssential, missing }')
    .action(async (caseId: string, options: { json?: boolean }) => {
      await withRuntime(async ({ services }) => {
        const { entries, versions } = await services.evidence.checklist(localOwner, caseId);
        const view = presentChecklist(caseId, entries, versions);
        if (options.json) return printJson(io, view);
        io.out(checklistText(view));
      });
    });
}
