import path from 'node:path';
import type { Command } from 'commander';
import { localOwner } from '../common/actor.js';
import { AppError, isAppError } from '../common/errors.js';
import { printJson, type CliIo } from '../cli/cli-io.js';
import { withRuntime } from '../cli/run-command.js';
import { loadConfig } from '../config/config.js';
import {
  caseFlags,
  inFlagTerms,
  inputFromFlags,
  parseFlags,
} from '../cases/case-commands-flags.js';
import { caseText } from '../cases/case-commands-text.js';
import { casePatchInput } from '../cases/case-input.js';
import { presentCase } from '../cases/case-presenter.js';
import { parseInput } from '../common/validation.js';
import { presentCaseDeadlines } from '../deadlines/deadline-presenter.js';
import { explainDenial } from './denial-explanation.js';
import { proposedFields } from './draft-proposal.js';
import { intakeQuery } from './intake-input.js';
import { explanationText } from './intake-commands-text.js';
import { readInput, ttyProgress } from './intake-commands.js';
import { closeOcr } from './read-image.js';

/**
 * `overturn intake FILE [--json] [case flags]`: read a denial and open its case in one step. The
 * flags (the same as `case new`) correct or add to what was read; a field the case needs that the
 * document does not give must come as a flag, or nothing is stored.
 */
export function registerOpenCaseCommand(program: Command, io: CliIo): void {
  const command = program
    .command('intake <file>')
    .description(
      'read a denial letter or EOB and open a case from it (flags correct or add fields)',
    );
  for (const flag of caseFlags) command.option(flag.flags, flag.description);
  command
    .option('--denial <n>', 'a FHIR file with several denied claims: which one (from 1)')
    .option('--anyway', 'open a case even if the document does not read as a denial')
    .option('--json', 'print JSON: {case, document, review, deadlines, explanation}')
    .action(async (file: string, options: Record<string, unknown>) => {
      const corrections = parseFlags(() => parseInput(casePatchInput, inputFromFlags(options, [])));
      const denial = parseInput(intakeQuery.shape.denial, options.denial, '--denial');
      const { maxUploadBytes } = loadConfig();
      const bytes = await readInput(file, maxUploadBytes);
      await withRuntime(async ({ services }) => {
        const progress = ttyProgress();
        const opened = await services.intake
          .open(localOwner, bytes, path.basename(file), corrections, {
            onProgress: progress.update,
            denial,
            anyway: options.anyway === true,
          })
          .catch((error: unknown) => {
            if (isAppError(error) && error.details?.notADenial === true)
              throw new AppError(error.code, `${error.message} (add --anyway)`, error.field);
            throw inFlagTerms(error);
          })
          // The OCR worker is a thread: stop it, or the process would not exit.
          .finally(async () => {
            progress.clear();
            await closeOcr();
          });
        const view = presentCase(opened.case);
        const deadlines = presentCaseDeadlines(
          await services.deadlines.forCase(localOwner, view.id),
        );
        const review = proposedFields(opened.draft.reading).filter((f) => f.check !== null);
        if (options.json) {
          const { id, sha256, originalName, mediaType, sizeBytes } = opened.document;
          return printJson(io, {
            case: view,
            document: { id, sha256, originalName, mediaType, sizeBytes },
            review,
            deadlines,
            explanation: explainDenial(opened.draft.reading.fields),
          });
        }
        io.out(
          openedText(
            view,
            opened.document.sha256,
            review,
            deadlines.deadlines.find((d) => d.state === 'open'),
          ),
        );
        io.out(`\n${explanationText(explainDenial(opened.draft.reading.fields))}`);
      });
    });
}

function openedText(
  view: ReturnType<typeof presentCase>,
  sha256: string,
  review: ReturnType<typeof proposedFields>,
  next: ReturnType<typeof presentCaseDeadlines>['deadlines'][number] | undefined,
): string {
  const lines = [`Opened case ${view.id}`, '', caseText(view), '', `Document SHA-256: ${sha256}`];
  const unsure = review.filter((f) => f.check === 'unsure').map((f) => f.path);
  if (unsure.length > 0)
    lines.push(
      '',
      `Check these fields against the letter (the reader was not sure): ${unsure.join(', ')}`,
    );
  lines.push(
    '',
    next
      ? `Next deadline: ${next.due} — ${next.action}${next.sendBy ? ` (send it by ${next.sendBy})` : ''}`
      : 'No deadline of yours is still open: check the dates with your plan now.',
  );
  lines.push(
    '',
    `Next step: check the case with \`overturn case show ${view.id}\`, fix a field with \`overturn case update ${view.id} --…\`, and see every date with \`overturn case deadlines ${view.id}\`.`,
  );
  return lines.join('\n');
}
