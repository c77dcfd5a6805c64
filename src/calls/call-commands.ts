import type { Command } from 'commander';
import { localOwner } from '../common/actor.js';
import { parseInput } from '../common/validation.js';
import { printJson, type CliIo } from '../cli/cli-io.js';
import { withRuntime } from '../cli/run-command.js';
import { text, withFlagNames } from '../cli/flag-values.js';
import { callDirectionIds, callOutcomeIds, partyKindIds } from './call.js';
import { callInput } from './call-input.js';
import { presentCallLog, presentLoggedCall } from './call-presenter.js';
import { callLogText, loggedCallText } from './call-commands-text.js';

/** Each field of the call input, and the flag that sets it (errors name the flag). */
const flagOf = {
  at: '--at',
  direction: '--direction',
  party: '--party',
  with: '--with',
  personName: '--person',
  personId: '--person-id',
  reference: '--reference',
  topic: '--topic',
  summary: '--summary',
  promised: '--promised',
  promisedBy: '--promised-by',
  followUp: '--follow-up',
  outcome: '--outcome',
} as const;

function callInputOf(options: Record<string, unknown>) {
  const outcome = options.progress === false ? 'no-progress' : text(options.outcome);
  return withFlagNames(flagOf, () =>
    parseInput(callInput, {
      at: text(options.at),
      direction: text(options.direction),
      party: text(options.party),
      with: text(options.with),
      personName: text(options.person),
      personId: text(options.personId),
      reference: text(options.reference),
      topic: text(options.topic),
      summary: text(options.summary),
      promised: text(options.promised),
      promisedBy: text(options.promisedBy),
      followUp: text(options.followUp),
      outcome,
    }),
  );
}

/**
 * `overturn call add CASE_ID --with NAME --reference REF --summary TEXT [--follow-up YYYY-MM-DD]
 * [--json]` and `overturn call list CASE_ID [--json]`: the CLI face of the call log.
 */
export function registerCallCommands(program: Command, io: CliIo): void {
  const call = program.command('call').description('log calls with the plan, and read the log');

  call
    .command('add <caseId>')
    .description('log a call; a promise with a date becomes a follow-up task')
    .option('--with <name>', 'who you spoke with: the office or person (required)')
    .option('--reference <ref>', 'the reference number they gave')
    .option('--summary <text>', 'what was said (required)')
    .option('--follow-up <date>', 'the day to check back, YYYY-MM-DD (makes a follow-up task)')
    .option('--at <when>', 'when the call was, YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: now)')
    .option('--direction <direction>', callDirectionIds.join(' | '))
    .option('--party <kind>', partyKindIds.join(' | '))
    .option('--person <name>', 'the name of the person on the line')
    .option('--person-id <id>', 'their employee or representative ID')
    .option('--promised <text>', 'what they promised to do')
    .option('--promised-by <date>', 'by when they promised it, YYYY-MM-DD (makes a follow-up task)')
    .option('--topic <topic>', 'the question the call was about (default: the appeal step)')
    .option('--outcome <outcome>', callOutcomeIds.join(' | '))
    .option('--no-progress', 'the call did not move the question forward')
    .option('--json', 'print the call as JSON')
    .action(async (caseId: string, options: Record<string, unknown>) => {
      const input = callInputOf(options);
      await withRuntime(async ({ services }) => {
        const view = presentLoggedCall(await services.calls.add(localOwner, caseId, input));
        if (options.json) printJson(io, view);
        else io.out(loggedCallText(view));
      });
    });

  call
    .command('list <caseId>')
    .description('the calls logged on a case, oldest first')
    .option('--json', 'print JSON')
    .action(async (caseId: string, options: { json?: boolean }) => {
      await withRuntime(async ({ services }) => {
        const view = presentCallLog(await services.calls.list(localOwner, caseId));
        if (options.json) printJson(io, view);
        else io.out(callLogText(view));
      });
    });
}
