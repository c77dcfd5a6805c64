import type { Command } from 'commander';
import { localOwner } from '../common/actor.js';
import { AppError, invalidInput, isAppError } from '../common/errors.js';
import { parseInput } from '../common/validation.js';
import { money } from '../cases/case-input.js';
import { presentCase } from '../cases/case-presenter.js';
import { printJson, type CliIo } from '../cli/cli-io.js';
import { withRuntime } from '../cli/run-command.js';
import { decisionIds, decisionWords } from './outcome.js';
import { outcomeInput, type OutcomeInput } from './outcome-input.js';
import { presentOutcome } from './outcome-presenter.js';
import { outcomeListText, recordedOutcomeText } from './outcome-commands-text.js';

/** Each field of the outcome input, and the flag that sets it (errors name the flag). */
const flagOf = {
  decision: '--decision',
  decidedOn: '--on',
  decidedBy: '--by',
  amountPaidCents: '--amount',
  reference: '--reference',
  note: '--note',
} as const;

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const words = Object.keys(decisionWords).join(', ');

/** `--decision won` or the id itself (`overturned`). */
function decisionOf(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const word = raw.trim().toLowerCase();
  const decision = decisionWords[word] ?? decisionIds.find((id) => id === word);
  if (!decision) throw invalidInput(`--decision: must be one of: ${words}`, '--decision');
  return decision;
}

/** "123.45" or "$1,240.00" → whole cents. */
function centsOf(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const dollars = parseInput(money, raw, 'amountPaidCents');
  return dollars === null ? undefined : Math.round(dollars * 100);
}

function outcomeInputOf(options: Record<string, unknown>): OutcomeInput {
  try {
    return parseInput(outcomeInput, {
      decision: decisionOf(text(options.decision)),
      decidedOn: text(options.on),
      decidedBy: text(options.by),
      amountPaidCents: centsOf(text(options.amount)),
      reference: text(options.reference),
      note: text(options.note),
    });
  } catch (error) {
    throw inFlagTerms(error);
  }
}

/** Re-words an error about a field (`decidedOn: …`) to name its flag (`--on: …`). */
function inFlagTerms(error: unknown): unknown {
  if (!isAppError(error) || !error.field || !(error.field in flagOf)) return error;
  const flag = flagOf[error.field as keyof typeof flagOf];
  return new AppError(error.code, error.message.replace(`${error.field}:`, `${flag}:`), flag);
}

/**
 * `overturn outcome add CASE_ID --decision won|partly-won|denied-again|paid --on YYYY-MM-DD --by NAME
 * [--amount 123.45] [--reference REF] [--note TEXT] [--json]` and `overturn outcome list CASE_ID
 * [--json]`: the CLI face of outcomes.
 */
export function registerOutcomeCommands(program: Command, io: CliIo): void {
  const outcome = program
    .command('outcome')
    .description('record what was decided on a case (or paid), and list it');

  outcome
    .command('add <caseId>')
    .description('record a decision or a payment; the case moves to its next step')
    .option('--decision <decision>', `${words} (required)`)
    .option('--on <date>', 'the day it was decided, YYYY-MM-DD (required)')
    .option('--by <name>', 'who decided: the plan, the reviewer, the judge, the state (required)')
    .option('--amount <dollars>', 'the amount paid, such as 123.45')
    .option('--reference <ref>', 'the decision letter’s reference number')
    .option('--note <text>', 'anything else to keep with it')
    .option('--json', 'print the outcome and the case as JSON')
    .action(async (caseId: string, options: Record<string, unknown>) => {
      const input = outcomeInputOf(options);
      await withRuntime(async ({ services }) => {
        const recorded = await services.outcomes
          .record(localOwner, caseId, input)
          .catch((error: unknown) => {
            throw inFlagTerms(error);
          });
        const view = {
          outcome: presentOutcome(recorded.outcome, recorded.case.plan.program),
          case: presentCase(recorded.case),
        };
        if (options.json) printJson(io, view);
        else io.out(recordedOutcomeText(view.outcome, view.case));
      });
    });

  outcome
    .command('list <caseId>')
    .description('the outcomes recorded on a case, in the order they were decided')
    .option('--json', 'print JSON')
    .action(async (caseId: string, options: { json?: boolean }) => {
      await withRuntime(async ({ services }) => {
        const { outcomes, case: c } = await services.outcomes.list(localOwner, caseId);
        const items = outcomes.map((o) => presentOutcome(o, c.plan.program));
        if (options.json) printJson(io, { items });
        else io.out(outcomeListText(items));
      });
    });
}
