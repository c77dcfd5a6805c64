import {
  denialCategories,
  fundings,
  networkTypes,
  noticeTypes,
  programs,
} from '../../src/cases/case-terms.js';
import { limits } from '../../src/common/limits.js';
import { noticeStages, urgencies } from '../../src/deadlines/deadline-terms.js';
import { usStates } from '../../src/common/us-states.js';

/**
 * The fields of a case as people see them: a plain name, a hint in everyday words, and the kind of
 * control. The new-case form, the case page and the timeline all read their words from here.
 */
export type FieldKind =
  | 'text'
  | 'long-text'
  | 'date'
  /** A day, with a clock time if the person knows it: `2026-11-26` or `2026-11-26T09:30`. */
  | 'date-time'
  | 'choice'
  | 'codes'
  | 'money'
  | 'days';

export interface FieldDef {
  /** Dotted path, as the API names it in errors: `plan.program`. */
  readonly path: string;
  readonly label: string;
  /** What a sentence calls the field when its label is a question ("The date the plan got…"). */
  readonly noun?: string;
  readonly kind: FieldKind;
  readonly hint?: string;
  readonly required?: boolean;
  readonly choices?: Readonly<Record<string, string>>;
  readonly maxLength?: number;
}

export interface FieldSection {
  readonly id: 'patient' | 'plan' | 'claim' | 'denial';
  readonly title: string;
  readonly fields: readonly FieldDef[];
}

export const caseSections: readonly FieldSection[] = [
  {
    id: 'patient',
    title: 'Patient',
    fields: [
      {
        path: 'patient.name',
        label: 'Patient’s name',
        kind: 'text',
        required: true,
        maxLength: limits.name,
        hint: 'The person who got the care, as the name is written on the insurance card.',
      },
      { path: 'patient.dateOfBirth', label: 'Date of birth', kind: 'date' },
    ],
  },
  {
    id: 'plan',
    title: 'Plan',
    fields: [
      {
        path: 'plan.insurer',
        label: 'Insurance company',
        kind: 'text',
        required: true,
        maxLength: limits.name,
        hint: 'The company named on the denial letter or the insurance card, such as Aetna or Blue Cross.',
      },
      {
        path: 'plan.program',
        label: 'Kind of plan',
        kind: 'choice',
        required: true,
        choices: programs,
        hint: 'How you get this insurance. It decides your appeal steps and your deadlines.',
      },
      {
        path: 'plan.planName',
        label: 'Plan name',
        kind: 'text',
        maxLength: limits.name,
        hint: 'Printed on the insurance card, such as “Gold PPO 1500”.',
      },
      {
        path: 'plan.funding',
        label: 'Who pays the claims',
        kind: 'choice',
        choices: fundings,
        hint: 'Only for plans through a job. Your benefits office can tell you. If you do not know, leave it.',
      },
      {
        path: 'plan.networkType',
        label: 'Network type',
        kind: 'choice',
        choices: networkTypes,
        hint: 'Often printed on the insurance card: HMO, PPO, EPO or POS.',
      },
      {
        path: 'plan.state',
        label: 'State',
        kind: 'choice',
        choices: usStates,
        hint: 'The state where you live or where the plan was sold. State rules can add to your rights.',
      },
      {
        path: 'plan.memberId',
        label: 'Member ID',
        kind: 'text',
        maxLength: limits.identifier,
        hint: 'On the front of the insurance card.',
      },
      {
        path: 'plan.groupNumber',
        label: 'Group number',
        kind: 'text',
        maxLength: limits.identifier,
        hint: 'On the insurance card, for plans through a job.',
      },
    ],
  },
  {
    id: 'claim',
    title: 'What was denied',
    fields: [
      {
        path: 'claim.serviceDescription',
        label: 'The care that was denied',
        kind: 'text',
        maxLength: limits.shortText,
        hint: 'In your own words, such as “MRI of my lower back”.',
      },
      {
        path: 'claim.provider',
        label: 'Doctor, hospital or pharmacy',
        kind: 'text',
        maxLength: limits.name,
      },
      {
        path: 'claim.serviceDate',
        label: 'Date of the care',
        kind: 'date',
        hint: 'The day you got the care, or the day it is planned.',
      },
      {
        path: 'claim.claimNumber',
        label: 'Claim number',
        kind: 'text',
        maxLength: limits.identifier,
        hint: 'On the denial letter or the explanation of benefits (EOB).',
      },
      {
        path: 'claim.procedureCodes',
        label: 'Procedure codes',
        kind: 'codes',
        hint: 'Billing codes for the care, 5 letters or numbers each, such as 97110. They are on the bill or the EOB. Put a comma between codes.',
      },
      {
        path: 'claim.diagnosisCodes',
        label: 'Diagnosis codes',
        kind: 'codes',
        hint: 'Codes for the health problem, such as M54.16. Put a comma between codes.',
      },
      {
        path: 'claim.amountBilled',
        label: 'Amount billed',
        kind: 'money',
        hint: 'What the provider charged, in dollars, such as 1240.00.',
      },
      {
        path: 'claim.patientResponsibility',
        label: 'Amount the plan says you owe',
        kind: 'money',
        hint: 'In dollars. Leave it empty if the letter does not say.',
      },
    ],
  },
  {
    id: 'denial',
    title: 'The denial notice',
    fields: [
      { path: 'denial.noticeType', label: 'Kind of notice', kind: 'choice', choices: noticeTypes },
      {
        path: 'denial.noticeStage',
        label: 'Which letter is this?',
        noun: 'The kind of letter',
        kind: 'choice',
        choices: noticeStages,
        hint: 'Is it the plan’s first “no”, or an answer to an appeal? It decides which deadlines apply. If you are not sure, leave it.',
      },
      {
        path: 'denial.noticeDate',
        label: 'Date on the notice',
        kind: 'date',
        hint: 'The date printed on the letter.',
      },
      {
        path: 'denial.receivedDate',
        label: 'Date you got the notice',
        kind: 'date',
        hint: 'The day the letter reached you. Some deadlines count from this day, so keep the envelope.',
      },
      {
        path: 'denial.category',
        label: 'Reason for the denial',
        kind: 'choice',
        choices: denialCategories,
        hint: 'The main reason the plan gave. Pick the closest one.',
      },
      {
        path: 'denial.statedReason',
        label: 'The reason in the letter’s words',
        kind: 'long-text',
        maxLength: limits.longText,
        hint: 'Copy it from the letter, word for word if you can.',
      },
      {
        path: 'denial.statedDeadlineDays',
        label: 'Days the letter gives you to appeal',
        kind: 'days',
        hint: 'Many letters say something like “you have 180 days to appeal”. Leave it empty if yours does not.',
      },
      {
        path: 'denial.urgency',
        label: 'How soon is the care needed?',
        noun: 'How soon the care is needed',
        kind: 'choice',
        choices: urgencies,
        hint: 'It sets how fast the plan must answer your appeal. Choose “Urgent” if waiting could seriously harm your health.',
      },
      {
        path: 'denial.appealFiledAt',
        label: 'When did the plan get your appeal?',
        noun: 'The date the plan got your appeal',
        kind: 'date-time',
        hint: 'Use the delivery receipt or fax confirmation. When you mark the appeal sent, Overturn fills in that day. For an urgent appeal, add the time too: the plan’s hours count from it.',
      },
    ],
  },
];

export const caseFields: readonly FieldDef[] = caseSections.flatMap((s) => s.fields);

const byPath = new Map(caseFields.map((field) => [field.path, field]));

/** The field a dotted API path points into (`claim.procedureCodes.2` → procedure codes). */
export function fieldAt(path: string): FieldDef | undefined {
  const [section, key] = path.split('.');
  return byPath.get(`${section}.${key}`);
}

/** An element id for a field's control: `plan.program` → `plan-program`. */
export const controlId = (field: FieldDef) => field.path.replace('.', '-');

/** The value at a dotted path of a case, or undefined. */
export function valueAt(root: object, path: string): unknown {
  let value: unknown = root;
  for (const key of path.split('.')) {
    value =
      value !== null && typeof value === 'object'
        ? (value as Record<string, unknown>)[key]
        : undefined;
  }
  return value;
}
