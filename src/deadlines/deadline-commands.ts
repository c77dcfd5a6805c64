import { Option, type Command } from 'commander';
import { localOwner } from '../common/actor.js';
import { AppError, isAppError } from '../common/errors.js';
import { parseInput } from '../common/validation.js';
import { printJson, type CliIo } from '../cli/cli-io.js';
import { withRuntime } from '../cli/run-command.js';
import { fundingIds, networkTypeIds, programIds } from '../cases/case-terms.js';
import { defaultSendByDays } from './deadline-query.js';
import { deadlineQueryInput } from './deadline-input.js';
import {
  notLegalAdvice,
  presentCaseDeadlines,
  presentDeadlineOfCase,
  presentSchedule,
} from './deadline-presenter.js';
import { scheduleFor } from './deadline-schedule.js';
import { noticeStageIds, urgencyIds } from './deadline-terms.js';
import {
  caseDeadlinesText,
  deadlinesAcrossCasesText,
  scheduleText,
} from './deadline-commands-text.js';

/** `overturn deadlines …` (the stable CLI contract) and `overturn case deadlines [ID]`. */

/** Each flag and the input field it fills; an error about a field is re-worded to name the flag. */
const flags = [
  ['--program <program>', 'program', programIds.join(' | ')],
  ['--state <XX>', 'state', 'two-letter state code, e.g. TX'],
  ['--notice <stage>', 'notice', `${noticeStageIds.join(' | ')} (default initial-denial)`],
  ['--notice-date <date>', 'noticeDate', 'date printed on the notice, YYYY-MM-DD'],
  ['--received-date <date>', 'receivedDate', 'day you received it, YYYY-MM-DD'],
  ['--urgency <urgency>', 'urgency', urgencyIds.join(' | ')],
  ['--funding <funding>', 'funding', fundingIds.join(' | ')],
  ['--network <type>', 'networkType', networkTypeIds.join(' | ')],
  ['--appeal-filed <when>', 'appealFiledAt', 'when the plan got your appeal, YYYY-MM-DD[THH:MM]'],
  [
    '--review-filed <when>',
    'reviewFiledAt',
    'when the reviewer got your request, YYYY-MM-DD[THH:MM]',
  ],
  ['--reviewer-notice-date <date>', 'reviewerNoticeDate', "date of the reviewer's notice"],
  [
    '--time-zone <zone>',
    'timeZone',
    'your time zone, e.g. America/Chicago (default: your state’s)',
  ],
  ['--send-by-days <days>', 'sendByDays', `days to allow for mail (default ${defaultSendByDays})`],
  ['--lang <lang>', 'lang', 'en | es: the language of the words (default en)'],
] as const;

const attribute = (flag: string) => new Option(flag).attributeName();

function inputFrom(options: Record<string, unknown>) {
  const input: Record<string, unknown> = {};
  for (const [flag, field] of flags) {
    const raw = options[attribute(flag)];
    if (typeof raw !== 'string') continue;
    if (field === 'sendByDays') {
      if (!/^\s*\d+\s*$/.test(raw))
        throw new AppError('invalid-input', '--send-by-days: must be a whole number of days');
      input[field] = Number(raw);
    } else input[field] = raw;
  }
  return input;
}

function inFlagTerms(error: unknown): unknown {
  if (!isAppError(error) || !error.field) return error;
  const flag = flags.find(([, field]) => field === error.field)?.[0].split(' ')[0];
  if (!flag) return error;
  const message = error.message.replace(`${error.field}:`, `${flag}:`);
  return new AppError(
    error.code,
    message.startsWith(flag) ? message : `${flag}: ${message}`,
    error.field,
  );
}

export function registerDeadlineCommands(program: Command, io: CliIo): void {
  const command = program
    .command('deadlines')
    .description('every deadline that follows from a denial notice, with its legal citation');
  for (const [flag, , description] of flags) command.option(flag, description);
  command.option('--json', 'print JSON').action((options: Record<string, unknown>) => {
    let schedule;
    let input;
    try {
      if (typeof options.program !== 'string')
        throw new AppError('invalid-input', 'is required', 'program');
      if (typeof options.noticeDate !== 'string')
        throw new AppError('invalid-input', 'is required', 'noticeDate');
      input = parseInput(deadlineQueryInput, inputFrom(options));
      schedule = scheduleFor(input, new Date());
    } catch (error) {
      throw inFlagTerms(error);
    }
    const view = presentSchedule(schedule, input.lang);
    if (options.json) printJson(io, view);
    else io.out(scheduleText(view));
  });
}

/** `overturn case deadlines [CASE_ID]`: one case's deadlines, or those of every open case. */
export function registerCaseDeadlinesCommand(cases: Command, io: CliIo): void {
  cases
    .command('deadlines [caseId]')
    .description("a case's deadlines, or those of every open case when no id is given")
    .option('--json', 'print JSON')
    .action(async (caseId: string | undefined, options: { json?: boolean }) => {
      await withRuntime(async ({ services }) => {
        if (caseId) {
          const view = presentCaseDeadlines(await services.deadlines.forCase(localOwner, caseId));
          if (options.json) printJson(io, view);
          else io.out(caseDeadlinesText(view));
          return;
        }
        const items = (await services.deadlines.acrossCases(localOwner)).map(presentDeadlineOfCase);
        if (options.json) printJson(io, { items, disclaimer: notLegalAdvice });
        else io.out(deadlinesAcrossCasesText(items));
      });
    });
}
