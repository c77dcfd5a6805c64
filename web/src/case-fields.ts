import { limits } from '../../src/common/limits.js';
import { usStateNames } from './us-state-names.js';
import { messagesFor, type Messages } from './i18n/messages.js';

/**
 * The fields of a case as people see them: a plain name, a hint in everyday words, and the kind of
 * control. The new-case form, the case page and the timeline all read their words from here, in the
 * language the app speaks: the shape of each field is below, its words are in the message files
 * (`cases.fields`, `cases.sections`, `cases.choices`).
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

/** What a field is, without its words: enough to read, compare and send its value. */
export interface FieldShape {
  /** Dotted path, as the API names it in errors: `plan.program`. */
  readonly path: string;
  readonly kind: FieldKind;
  readonly required?: boolean;
  readonly maxLength?: number;
}

/** A field with its words in one language. */
export interface FieldDef extends FieldShape {
  readonly label: string;
  /** What a sentence calls the field when its label is a question ("The date the plan got…"). */
  readonly noun?: string;
  readonly hint?: string;
  readonly choices?: Readonly<Record<string, string>>;
}

type Words = Messages['cases']['fields'];
type SectionId = keyof Words;
/** Every field's path, each with its words in the message files (a path without them does not compile). */
type FieldPath = { [S in SectionId]: `${S}.${keyof Words[S] & string}` }[SectionId];
type ChoiceList = keyof Messages['cases']['choices'] | 'states';

interface FieldSpec extends FieldShape {
  readonly path: FieldPath;
  /** Where the choices' labels are: a list of the message files, or the states' own names. */
  readonly choiceList?: ChoiceList;
}

export interface FieldSection {
  readonly id: SectionId;
  readonly title: string;
  readonly fields: readonly FieldDef[];
}

const sectionIds = ['patient', 'plan', 'claim', 'denial'] as const satisfies readonly SectionId[];

/** The fields in the order people fill them in, group by group. */
export const caseFields: readonly FieldSpec[] = [
  { path: 'patient.name', kind: 'text', required: true, maxLength: limits.name },
  { path: 'patient.dateOfBirth', kind: 'date' },
  { path: 'plan.insurer', kind: 'text', required: true, maxLength: limits.name },
  { path: 'plan.program', kind: 'choice', required: true, choiceList: 'programs' },
  { path: 'plan.planName', kind: 'text', maxLength: limits.name },
  { path: 'plan.funding', kind: 'choice', choiceList: 'fundings' },
  { path: 'plan.networkType', kind: 'choice', choiceList: 'networkTypes' },
  { path: 'plan.state', kind: 'choice', choiceList: 'states' },
  { path: 'plan.memberId', kind: 'text', maxLength: limits.identifier },
  { path: 'plan.groupNumber', kind: 'text', maxLength: limits.identifier },
  { path: 'claim.serviceDescription', kind: 'text', maxLength: limits.shortText },
  { path: 'claim.provider', kind: 'text', maxLength: limits.name },
  { path: 'claim.serviceDate', kind: 'date' },
  { path: 'claim.claimNumber', kind: 'text', maxLength: limits.identifier },
  { path: 'claim.procedureCodes', kind: 'codes' },
  { path: 'claim.diagnosisCodes', kind: 'codes' },
  { path: 'claim.amountBilled', kind: 'money' },
  { path: 'claim.patientResponsibility', kind: 'money' },
  { path: 'denial.noticeType', kind: 'choice', choiceList: 'noticeTypes' },
  { path: 'denial.noticeStage', kind: 'choice', choiceList: 'noticeStages' },
  { path: 'denial.noticeDate', kind: 'date' },
  { path: 'denial.receivedDate', kind: 'date' },
  { path: 'denial.category', kind: 'choice', choiceList: 'denialCategories' },
  { path: 'denial.statedReason', kind: 'long-text', maxLength: limits.longText },
  { path: 'denial.statedDeadlineDays', kind: 'days' },
  { path: 'denial.urgency', kind: 'choice', choiceList: 'urgencies' },
  { path: 'denial.appealFiledAt', kind: 'date-time' },
];

interface FieldWords {
  readonly label: string;
  readonly noun?: string;
  readonly hint?: string;
}

function withWords(spec: FieldSpec, t: Messages): FieldDef {
  const [section = '', key = ''] = spec.path.split('.');
  const words: Readonly<Record<string, Readonly<Record<string, FieldWords>>>> = t.cases.fields;
  const fallback: FieldWords = { label: spec.path };
  const { label, noun, hint } = words[section]?.[key] ?? fallback;
  const { choiceList, ...shape } = spec;
  const choices =
    choiceList === undefined
      ? undefined
      : choiceList === 'states'
        ? usStateNames()
        : t.cases.choices[choiceList];
  return { ...shape, label, noun, hint, choices };
}

const sectionsCache = new WeakMap<Messages, readonly FieldSection[]>();

/** The case's fields by group, with their words in `t`'s language (the current one by default). */
export function caseSectionsIn(t: Messages = messagesFor()): readonly FieldSection[] {
  let sections = sectionsCache.get(t);
  if (!sections) {
    sections = sectionIds.map((id) => ({
      id,
      title: t.cases.sections[id],
      fields: caseFields
        .filter((spec) => spec.path.startsWith(`${id}.`))
        .map((spec) => withWords(spec, t)),
    }));
    sectionsCache.set(t, sections);
  }
  return sections;
}

/** Every field with its words, in order. */
export const caseFieldsIn = (t: Messages = messagesFor()): readonly FieldDef[] =>
  caseSectionsIn(t).flatMap((s) => s.fields);

/** The field a dotted API path points into (`claim.procedureCodes.2` → procedure codes), with its words. */
export function fieldAt(path: string, t: Messages = messagesFor()): FieldDef | undefined {
  const [section, key] = path.split('.');
  return caseFieldsIn(t).find((field) => field.path === `${section}.${key}`);
}

/** An element id for a field's control: `plan.program` → `plan-program`. */
export const controlId = (field: Pick<FieldShape, 'path'>) => field.path.replace('.', '-');

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
