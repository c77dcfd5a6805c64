import type { Command } from 'commander';
import { fundingIds, programIds } from '../cases/case-terms.js';
import { localOwner } from '../common/actor.js';
import { AppError, invalidInput, isAppError } from '../common/errors.js';
import { parseInput } from '../common/validation.js';
import { printJson, type CliIo } from '../cli/cli-io.js';
import { withRuntime } from '../cli/run-command.js';
import { correctionRequest, helpState, stateHelpQuery } from './state-help-input.js';
import { presentCorrection, presentStateHelp } from './state-help-presenter.js';
import { correctionText, stateHelpText } from './state-help-commands-text.js';
import { helpNetworkTypeIds } from './state-help.js';

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** An error about an input field, re-worded to name the flag (`network:` → `--network:`). */
function inFlagTerms<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!isAppError(error) || !error.field) throw error;
    const flag = error.field === 'value' ? '--correct' : `--${error.field}`;
    throw new AppError(
      error.code,
      error.message.replace(`${error.field}:`, `${flag}:`),
      error.field,
    );
  }
}

/** `--correct insuranceDepartment.phone=800-555-0100` → the key and the value. */
function correctionOf(raw: string, note: string | undefined) {
  const at = raw.indexOf('=');
  if (at < 1)
    throw invalidInput(
      '--correct: write KEY=VALUE, such as insuranceDepartment.phone=800-555-0100',
      'key',
    );
  return inFlagTerms(() =>
    parseInput(correctionRequest, { key: raw.slice(0, at).trim(), value: raw.slice(at + 1), note }),
  );
}

/**
 * `overturn help-for XX [--network …] [--program …] [--funding …] [--lang es] [--json]`: who helps with a
 * denial in a state (the stable contract). `--correct KEY=VALUE [--note …]` fixes one field of the
 * directory on this computer; `--remove-correction ID` takes a fix back.
 */
export function registerStateHelpCommands(program: Command, io: CliIo): void {
  program
    .command('help-for <state>')
    .description(
      'who helps with a denial in a state: regulators, consumer help, Medicaid, SHIP, external review',
    )
    .option('--network <type>', helpNetworkTypeIds.join(' | '))
    .option('--program <program>', programIds.join(' | '))
    .option('--funding <funding>', fundingIds.join(' | '))
    .option('--lang <lang>', 'en | es: the language of the words (default en)')
    .option(
      '--correct <key=value>',
      'fix one field on this computer, e.g. insuranceDepartment.phone=800-555-0100',
    )
    .option('--note <words>', 'why, with --correct (e.g. "number on the 2027 notice")')
    .option('--remove-correction <id>', 'take back a correction; the directory’s value shows again')
    .option('--json', 'print JSON')
    .action(async (rawState: string, options: Record<string, unknown>) => {
      const state = parseInput(helpState, rawState, 'state');
      const { lang, ...facts } = inFlagTerms(() =>
        parseInput(stateHelpQuery, {
          network: text(options.network),
          program: text(options.program),
          funding: text(options.funding),
          lang: text(options.lang),
        }),
      );
      const correction =
        typeof options.correct === 'string'
          ? correctionOf(options.correct, text(options.note))
          : null;
      await withRuntime(async ({ services }) => {
        if (correction) {
          const saved = presentCorrection(
            await services.stateHelp.correct(localOwner, state, correction),
          );
          return options.json ? printJson(io, saved) : io.out(correctionText(saved));
        }
        if (typeof options.removeCorrection === 'string') {
          const removed = presentCorrection(
            await services.stateHelp.removeCorrection(localOwner, options.removeCorrection),
          );
          return options.json ? printJson(io, removed) : io.out(correctionText(removed, true));
        }
        const view = presentStateHelp(
          await services.stateHelp.forState(localOwner, state, facts, lang),
        );
        return options.json ? printJson(io, view) : io.out(stateHelpText(view));
      });
    });
}
