import { Option, type Command } from 'commander';
import type { Services } from '../app/services.js';
import { localOwner } from '../common/actor.js';
import { AppError, invalidInput } from '../common/errors.js';
import { limits } from '../common/limits.js';
import { parseInput } from '../common/validation.js';
import { printJson, type CliIo } from '../cli/cli-io.js';
import { withRuntime } from '../cli/run-command.js';
import { textTable } from '../cli/text-table.js';
import type { TimelineEvent } from '../timeline/timeline-event.js';
import { noteInput } from '../timeline/timeline-input.js';
import { presentTimelineEvent } from '../timeline/timeline-presenter.js';
import { caseFlags, inputFromFlags, parseFlags } from './case-commands-flags.js';
import { caseText, nextStepsText, timelineText } from './case-commands-text.js';
import {
  caseCreateInput,
  caseListQuery,
  casePatchInput,
  caseSorts,
  statusChangeInput,
} from './case-input.js';
import { presentCase, presentCaseSummary } from './case-presenter.js';
import { registerCaseDeadlinesCommand } from '../deadlines/deadline-commands.js';
import { registerCaseSummaryCommand } from '../case-summary/case-summary-commands.js';

/** `overturn case …`: the CLI face of the case service. */
/** On the command line the person at the keyboard is the local owner. */
const cliActor = localOwner;

async function readWholeTimeline(services: Services, caseId: string): Promise<TimelineEvent[]> {
  const events: TimelineEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await services.timeline.read(cliActor, caseId, {
      limit: limits.maxPageSize,
      cursor,
    });
    events.push(...page.events);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return events;
}

export function registerCaseCommands(program: Command, io: CliIo): void {
  const cases = program.command('case').description('open, list, show and move appeal cases');

  const withCaseFlags = (command: Command) => {
    for (const flag of caseFlags) command.option(flag.flags, flag.description);
    return command;
  };

  withCaseFlags(
    cases
      .command('new')
      .description('open a case for a denial (needs --patient, --insurer and --program)'),
  )
    .option('--json', 'print the case as JSON')
    .action(async (options: Record<string, unknown>) => {
      const input = parseFlags(() =>
        parseInput(caseCreateInput, inputFromFlags(options, ['patient', 'plan'])),
      );
      await withRuntime(async ({ services }) => {
        const view = presentCase(await services.cases.create(cliActor, input));
        if (options.json) printJson(io, view);
        else io.out(`Opened case ${view.id}\n\n${caseText(view)}\n\n${nextStepsText(view)}`);
      });
    });

  cases
    .command('list')
    .description('list cases, soonest deadline first')
    .option('--status <statuses>', 'only these statuses (comma-separated)')
    .addOption(new Option('--sort <order>', 'order').choices(caseSorts).default('next-deadline'))
    .option('--limit <n>', `how many (1-${limits.maxPageSize})`, String(limits.defaultPageSize))
    .option('--cursor <cursor>', 'continue after a previous page')
    .option('--deleted', 'list deleted cases instead (to restore one)')
    .option('--json', 'print JSON')
    .action(
      async (options: {
        status?: string;
        sort: string;
        limit: string;
        cursor?: string;
        deleted?: boolean;
        json?: boolean;
      }) => {
        const { json, ...query } = options;
        const parsed = parseFlags(() => parseInput(caseListQuery, query));
        await withRuntime(async ({ services }) => {
          const page = await services.cases.list(cliActor, parsed);
          const items = page.cases.map(presentCaseSummary);
          if (json) return printJson(io, { items, nextCursor: page.nextCursor });
          if (items.length === 0)
            return io.out(
              parsed.deleted
                ? 'No deleted cases.'
                : 'No cases yet. Open one with: overturn case new --help',
            );
          io.out(
            textTable(
              ['ID', 'Patient', 'Insurer', 'Status', 'Next deadline'],
              items.map((c) => [
                c.id,
                c.patient.name,
                c.plan.insurer,
                c.statusLabel,
                c.nextDeadline ?? '—',
              ]),
            ),
          );
          if (page.nextCursor)
            io.out(
              `\nMore: overturn case list${parsed.deleted ? ' --deleted' : ''} --cursor ${page.nextCursor}`,
            );
          if (parsed.deleted) io.out('\nTo bring one back: overturn case restore ID');
        });
      },
    );

  cases
    .command('show <id>')
    .description('show a case and its timeline')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      await withRuntime(async ({ services }) => {
        const c = await services.cases.get(cliActor, id);
        const events = await readWholeTimeline(services, c.id);
        const view = presentCase(c);
        if (options.json)
          return printJson(io, { ...view, timeline: events.map(presentTimelineEvent) });
        io.out(
          `${caseText(view)}\n\n${nextStepsText(view)}\n\nTimeline\n${timelineText(c, events)}`,
        );
      });
    });

  withCaseFlags(cases.command('update <id>').description('change fields of a case'))
    .option('--json', 'print the case as JSON')
    .action(async (id: string, options: Record<string, unknown>) => {
      const patch = parseFlags(() => parseInput(casePatchInput, inputFromFlags(options, [])));
      await withRuntime(async ({ services }) => {
        const view = presentCase(await services.cases.update(cliActor, id, patch));
        if (options.json) printJson(io, view);
        else io.out(`Updated case ${view.id}\n\n${caseText(view)}`);
      });
    });

  cases
    .command('status <id> [step]')
    .description('move a case to its next step (without a step: list the allowed ones)')
    .option('--note <text>', 'why, or what happened')
    .option('--undo', 'take back the last step (after a mistake)')
    .option('--json', 'print the case as JSON')
    .action(
      async (
        id: string,
        step: string | undefined,
        options: { note?: string; undo?: boolean; json?: boolean },
      ) => {
        if (options.undo && step !== undefined) {
          throw new AppError('invalid-input', 'Give a step or --undo, not both.');
        }
        await withRuntime(async ({ services }) => {
          if (options.undo) {
            const view = presentCase(await services.cases.undoStatusChange(cliActor, id));
            if (options.json) return printJson(io, view);
            return io.out(`Undone. Status: ${view.statusLabel}\n\n${nextStepsText(view)}`);
          }
          if (step === undefined) {
            const view = presentCase(await services.cases.get(cliActor, id));
            if (options.json) return printJson(io, view);
            return io.out(`Status: ${view.statusLabel}\n\n${nextStepsText(view)}`);
          }
          const input = parseInput(statusChangeInput, { to: step, note: options.note });
          const view = presentCase(await services.cases.changeStatus(cliActor, id, input));
          if (options.json) printJson(io, view);
          else io.out(`Status: ${view.statusLabel}\n\n${nextStepsText(view)}`);
        });
      },
    );

  cases
    .command('note <id> <text>')
    .description('add a note to the case timeline')
    .option('--json', 'print the note as JSON')
    .action(async (id: string, text: string, options: { json?: boolean }) => {
      const input = parseInput(noteInput, { body: text });
      await withRuntime(async ({ services }) => {
        const event = await services.timeline.addNote(cliActor, id, input);
        if (options.json) printJson(io, presentTimelineEvent(event));
        else io.out(`Note added to case ${id}.`);
      });
    });

  cases
    .command('delete <id>')
    .description('delete a case (asks for --yes; it can be restored)')
    .option('--yes', 'yes, delete it')
    .action(async (id: string, options: { yes?: boolean }) => {
      if (!options.yes)
        throw invalidInput(
          `This deletes the case ${id}: it leaves your lists, deadlines, tasks and calendar. Add --yes to confirm. You can undo it with \`overturn case restore ${id}\`.`,
          '--yes',
        );
      await withRuntime(async ({ services }) => {
        await services.cases.remove(cliActor, id);
        io.out(`Deleted case ${id}. To undo: overturn case restore ${id}`);
      });
    });

  cases
    .command('restore <id>')
    .description('bring back a deleted case')
    .option('--json', 'print the case as JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      await withRuntime(async ({ services }) => {
        const view = presentCase(await services.cases.restore(cliActor, id));
        if (options.json) printJson(io, view);
        else io.out(`Restored case ${view.id}\n\n${caseText(view)}`);
      });
    });

  registerCaseDeadlinesCommand(cases, io);
  registerCaseSummaryCommand(cases, io);
}
