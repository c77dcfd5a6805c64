import { Option } from 'commander';
import { AppError, isAppError } from '../common/errors.js';
import {
  denialCategoryIds,
  fundingIds,
  networkTypeIds,
  noticeTypeIds,
  programIds,
} from './case-terms.js';
import { noticeStageIds, urgencyIds } from '../deadlines/deadline-terms.js';

/**
 * The flags of `overturn case new|update`. Flags are flat; each maps to one field of the same input
 * schema the HTTP API uses, and an error is re-worded to name the flag to fix.
 */
export type Section = 'patient' | 'plan' | 'claim' | 'denial';
interface CaseFlag {
  readonly flags: string;
  readonly field: readonly [Section, string];
  readonly description: string;
  readonly kind?: 'list' | 'integer';
}

export const caseFlags: readonly CaseFlag[] = [
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
    flags: '--notice <stage>',
    field: ['denial', 'noticeStage'],
    description: noticeStageIds.join(' | '),
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
  {
    flags: '--urgency <urgency>',
    field: ['denial', 'urgency'],
    description: urgencyIds.join(' | '),
  },
  {
    flags: '--appeal-filed <date>',
    field: ['denial', 'appealFiledAt'],
    description: 'when the plan got your appeal, YYYY-MM-DD or YYYY-MM-DDTHH:MM',
  },
];

const flagName = (flag: CaseFlag) => flag.flags.split(' ')[0]!;
const attributeOf = (flag: CaseFlag) => new Option(flag.flags).attributeName();

/** Turns flags into the nested input the schemas expect. */
export function inputFromFlags(
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
export function inFlagTerms(error: unknown): unknown {
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

export function parseFlags<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw inFlagTerms(error);
  }
}
