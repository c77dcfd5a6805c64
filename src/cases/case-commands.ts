import { Option, type Command } from 'commander';
import { localOwner } from '../common/actor.js';
import { AppError, isAppError } from '../common/errors.js';
import type { Services } from '../app/services.js';
import { limits } from '../common/limits.js';
import { parseInput } from '../common/validation.js';
import { printJson, type CliIo } from '../cli/cli-io.js';
import { withRuntime } from '../cli/run-command.js';
import { fieldList, textTable } from '../cli/text-table.js';
import { presentTimelineEvent } from '../timeline/timeline-presenter.js';
import { describeEvent } from '../timeline/timeline-wording.js';
import { noteInput } from '../timeline/timeline-input.js';
import type { TimelineEvent } from '../timeline/timeline-event.js';
import type { Case } from './case.js';
import {
  caseCreateInput,
  caseListQuery,
  casePatchInput,
  caseSorts,
  statusChangeInput,
} from './case-input.js';
import { presentCase, type CaseView } from './case-presenter.js';
import {
  denialCategoryIds,
  fundingIds,
  networkTypeIds,
  noticeTypeIds,
  programIds,
} from './case-terms.js';

/**
 * `overturn case …`: the CLI face of the case service. Flags are flat; each maps to one field of
 * the same input schema the HTTP API uses, and an error names the flag to fix.
 */
type Section = 'patient' | 'plan' | 'claim' | 'denial';
interface CaseFlag {
  readonly flags: string;
  readonly field: readonly [Section, string];
  readonly description: string;
  readonly kind?: 'list' | 'integer';
}

const caseFlags: readonly CaseFlag[] = [
  { flags: '--patient <name>', field: ['patient', 'name'], description: "the patient's full name" },
  { flags: '--date-of-birth <date>', field: ['patient', 'dateOfBirth'], description: 'YYYY-MM-DD' },
  {
    flags: '--insurer <name>',
    field: ['plan', 'insurer'],
    description: 'the health plan or insurer',
  },
  { flags: '--plan-name <name>', field: ['plan', 'planName'], description: "the plan's name" },
  { flags: '--program <program>', field: ['plan', 'program'], description: programIds.join(' | ') },
  { flags: '--funding <funding>', field: ['plan', 'funding'], description: fundingIds.join(' | ') },
  {
    flags: '--network <type>',
    field: ['plan', 'networkType'],
    description: networkTypeIds.join(' | '),
  },
  {
    flags: '--state <XX>',
    field: ['plan', 'state'],
    description: 'two-letter state code, e.g. TX',
  },
  { flags: '--member-id <id>', field: ['plan', 'memberId'], description: 'member ID on the card' },
  { flags: '--group-number <number>', field: ['plan', 'groupNumber'], description: 'group number' },
  {
    flags: '--claim-number <number>',
    field: ['claim', 'claimNumber'],
    description: 'claim or reference number',
  },
  {
    flags: '--service-date <date>',
    field: ['claim', 'serviceDate'],
    description: 'date of service, YYYY-MM-DD',
  },
  { flags: '--provider <name>', field: ['claim', 'provider'], description: 'doctor or facility' },
  {
    flags: '--service <text>',
    field: ['claim', 'serviceDescription'],
    description: 'what was denied',
  },
  {
    flags: '--procedure-codes <codes>',
    field: ['claim', 'procedureCodes'],
    description: 'CPT/HCPCS codes, comma-separated',
    kind: 'list',
  },
  {
    flags: '--diagnosis-codes <codes>',
    field: ['claim', 'diagnosisCodes'],
    description: 'ICD-10 codes, comma-separated',
    kind: 'list',
  },
  {
    flags: '--amount-billed <dollars>',
    field: ['claim', 'amountBilled'],
    description: 'amount billed',
  },
  {
    flags: '--patient-owes <dollars>',
    field: ['claim', 'patientResponsibility'],
    description: 'what the notice says you owe',
  },
  {
    flags: '--notice-type <type>',
    field: ['denial', 'noticeType'],
    description: noticeTypeIds.join(' | '),
  },
  {
    flags: '--notice-date <date>',
    field: ['denial', 'noticeDate'],
    description: 'date printed on the notice, YYYY-MM-DD',
  },
  {
    flags: '--received-date <date>',
    field: ['denial', 'receivedDate'],
    description: 'day you received it, YYYY-MM-DD',
  },
  {
    flags: '--category <category>',
    field: ['denial', 'category'],
    description: denialCategoryIds.join(' | '),
  },
  {
    flags: '--reason <text>',
    field: ['denial', 'statedReason'],
    description: "the plan's reason, in its words",
  },
  {
    flags: '--deadline-days <days>',
    field: ['denial', 'statedDeadlineDays'],
    description: 'days the notice gives to appeal',
    kind: 'integer',
  },
];

const flagName = (flag: CaseFlag) => flag.flags.split(' ')[0]!;
const attributeOf = (flag: CaseFlag) => new Option(flag.flags).attributeName();

/** Turns flags into the nested input the schemas expect. */
function inputFromFlags(
  options: Record<string, unknown>,
  sections: Section[],
): Record<string, Record<string, unknown>> {
  const input: Record<string, Record<string, unknown>> = Object.fromEntries(
    sections.map((s) => [s, {}]),
  );
  for (const flag of caseFlags) {
    const raw = options[attributeOf(flag)];
    if (typeof raw !== 'string') continue;
    const [section, field] = flag.field;
    let value: unknown = raw;
    if (flag.kind === 'list')
      value = raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    if (flag.kind === 'integer') {
      if (!/^\s*\d+\s*$/.test(raw))
        throw new AppError('invalid-input', `${flagName(flag)}: must be a whole number`);
      value = Number(raw);
    }
    (input[section] ??= {})[field] = value;
  }
  return input;
}

/** Re-words a schema error so it names the flag (`--program: …`) instead of the field path. */
function inFlagTerms(error: unknown): unknown {
  if (!isAppError(error) || !error.field) return error;
  const flag =
    caseFlags.find((f) => {
      const path = f.field.join('.');
      return error.field === path || error.field!.startsWith(`${path}.`);
    }) ?? caseFlags.find((f) => f.field[0] === error.field);
  if (!flag) return error;
  return new AppError(
    error.code,
    error.message.replace(`${error.field}:`, `${flagName(flag)}:`),
    error.field,
    error.details,
  );
}

function parseFlags<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw inFlagTerms(error);
  }
}

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

const money = (value: number | null) => (value === null ? null : `$${value.toFixed(2)}`);

function caseText(view: CaseView): string {
  return fieldList([
    ['Case', view.id],
    ['Status', view.statusLabel],
    ['Next deadline', view.nextDeadline],
    ['Patient', view.patient.name],
    ['Date of birth', view.patient.dateOfBirth],
    ['Insurer', view.plan.insurer],
    ['Plan', view.plan.planName],
    ['Program', view.plan.program],
    ['Funding', view.plan.funding],
    ['Network', view.plan.networkType],
    ['State', view.plan.state],
    ['Member ID', view.plan.memberId],
    ['Group number', view.plan.groupNumber],
    ['Claim number', view.claim.claimNumber],
    ['Service date', view.claim.serviceDate],
    ['Provider', view.claim.provider],
    ['Service', view.claim.serviceDescription],
    ['Procedure codes', view.claim.procedureCodes.join(', ')],
    ['Diagnosis codes', view.claim.diagnosisCodes.join(', ')],
    ['Amount billed', money(view.claim.amountBilled)],
    ['You may owe', money(view.claim.patientResponsibility)],
    ['Notice type', view.denial.noticeType],
    ['Notice date', view.denial.noticeDate],
    ['Received', view.denial.receivedDate],
    ['Denial reason', view.denial.category],
    ["Plan's words", view.denial.statedReason],
  ]);
}

const nextStepsText = (view: CaseView) =>
  view.allowedNextStatuses.length === 0
    ? 'This case is finished; its status cannot change.'
    : `Next steps (overturn case status ${view.id} STEP):\n${view.allowedNextStatuses
        .map((s) => `  ${s.status.padEnd(34)} ${s.label}`)
        .join('\n')}`;

const localTime = (iso: string) => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

function timelineText(c: Case, events: readonly TimelineEvent[]): string {
  return textTable(
    ['When', 'Who', 'What'],
    events.map((e) => [localTime(e.at), e.actor.name, describeEvent(e.data, c.plan.program)]),
  );
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
    .option('--json', 'print JSON')
    .action(
      async (options: {
        status?: string;
        sort: string;
        limit: string;
        cursor?: string;
        json?: boolean;
      }) => {
        const { json, ...query } = options;
        const parsed = parseFlags(() => parseInput(caseListQuery, query));
        await withRuntime(async ({ services }) => {
          const page = await services.cases.list(cliActor, parsed);
          const items = page.cases.map(presentCase);
          if (json) return printJson(io, { items, nextCursor: page.nextCursor });
          if (items.length === 0)
            return io.out('No cases yet. Open one with: overturn case new --help');
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
          if (page.nextCursor) io.out(`\nMore: overturn case list --cursor ${page.nextCursor}`);
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
    .option('--json', 'print the case as JSON')
    .action(
      async (id: string, step: string | undefined, options: { note?: string; json?: boolean }) => {
        await withRuntime(async ({ services }) => {
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
}
