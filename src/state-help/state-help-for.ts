import { usStates, type UsState } from '../common/us-states.js';
import { picksForCase } from './contacts-for-case.js';
import { externalReviewFor } from './external-review-for.js';
import { ebsa, insuranceDepartmentRole, splitRegulatorStates } from './plan-regulators.js';
import {
  withCorrections,
  type CorrectableEntry,
  type StateHelpCorrection,
} from './state-help-corrections.js';
import { nationalHelpRecord, stateHelpDataAsOf, stateHelpRecords } from './state-help-data.js';
import type { ContactRecord } from './state-help-record.js';
import type {
  ContactEntry,
  MedicaidEntry,
  RegulatorEntry,
  RegulatorId,
  StateHelp,
  StateHelpFacts,
} from './state-help.js';

export const stateHelpAttribution =
  'State contacts from the state help directory curated by the Fight Health Insurance project (August 2026), Apache License 2.0.';

const json = 'state_help.json';
const sources = {
  insuranceDepartment: `${json}: insurance_department`,
  consumerAssistance: `${json}: consumer_assistance.cap_*`,
  ship: `${json}: consumer_assistance.ship_*`,
  medicaid: `${json}: medicaid.agency_*`,
  ombudsman: `${json}: medicaid.managed_care_ombudsman`,
  legalHelp: 'medicaid_resources.csv: helpline, helpline_contact, self_help_resources',
  national: (field: string) => `${json}: national.${field}`,
} as const;

const entryOf = <R extends ContactRecord>(record: R, source: string): R & ContactEntry => ({
  ...record,
  source,
  asOf: stateHelpDataAsOf,
  corrections: [],
});

const dataNotes = [
  'These contacts come from a public directory and may have changed. If one is wrong, you can correct it.',
  'Overturn does not contact these offices for you. What they can do depends on your plan.',
];

/** The regulators of the state's plans (two in a split state) and EBSA, each with its law. */
function regulatorsOf(
  state: UsState,
  department: StateHelp['insuranceDepartment'],
  corrections: readonly StateHelpCorrection[],
): RegulatorEntry[] {
  const split = splitRegulatorStates[state];
  const regulators: RegulatorEntry[] = [];
  if (split) {
    const { id, reviewUrl: _reviewUrl, ...managed } = split.managedCare;
    regulators.push(
      withCorrections('regulators.dmhc', { ...managed, id, corrections: [] }, corrections),
    );
  }
  if (department)
    regulators.push({
      ...department,
      id: 'insurance-department',
      ...(split ? split.department : insuranceDepartmentRole),
    });
  const { id, ...federal } = ebsa;
  regulators.push(
    withCorrections('regulators.ebsa', { ...federal, id, corrections: [] }, corrections),
  );
  return regulators;
}

function medicaidOf(
  state: UsState,
  corrections: readonly StateHelpCorrection[],
): MedicaidEntry | null {
  const record = stateHelpRecords[state];
  if (!record) return null;
  const part = (
    key: 'medicaid.ombudsman' | 'medicaid.legalHelp',
    r: ContactRecord | null,
    s: string,
  ) => (r ? withCorrections(key, entryOf(r, s), corrections) : null);
  return {
    ...withCorrections('medicaid', entryOf(record.medicaid, sources.medicaid), corrections),
    ombudsman: part('medicaid.ombudsman', record.medicaidOmbudsman, sources.ombudsman),
    legalHelp: part('medicaid.legalHelp', record.medicaidLegalHelp, sources.legalHelp),
  };
}

/** A plain warning for each office picked whose details the project could not confirm. */
function unconfirmed(keys: readonly string[], regulators: readonly RegulatorEntry[]): string[] {
  return regulators
    .filter((r) => r.confidence === 'low' && keys.includes(`regulators.${r.id}`))
    .map(
      (r) =>
        `We could not confirm the phone and site of the ${r.name}. Check them before you rely on them.`,
    );
}

/** In a split state, the regulator the network points to; null when unknown or either. */
function splitPickOf(state: UsState, facts: Required<StateHelpFacts>): RegulatorId | null {
  const split = splitRegulatorStates[state];
  return split && facts.network ? (split.byNetwork[facts.network] ?? null) : null;
}

/** The state's directory entries with the corrections laid over them (national ones where it has none). */
function contactsOf(state: UsState, corrections: readonly StateHelpCorrection[]) {
  const record = stateHelpRecords[state];
  const national = nationalHelpRecord;
  const fixed = <T extends ContactEntry>(key: CorrectableEntry, entry: T) =>
    withCorrections(key, entry, corrections);
  return {
    insuranceDepartment: record
      ? fixed(
          'insuranceDepartment',
          entryOf(record.insuranceDepartment, sources.insuranceDepartment),
        )
      : null,
    consumerAssistance: record?.consumerAssistance
      ? fixed('consumerAssistance', entryOf(record.consumerAssistance, sources.consumerAssistance))
      : null,
    ship: record?.ship
      ? fixed('ship', entryOf(record.ship, sources.ship))
      : entryOf(national.shipLocator, sources.national('specialized_assistance')),
    medicare: entryOf(national.medicare, sources.national('federal_resources')),
    medicaid: medicaidOf(state, corrections),
    regulatorDirectory: entryOf(national.regulatorDirectory, sources.national('consumer_advocacy')),
    medicaidDirectory: entryOf(national.medicaidGov, sources.national('federal_resources')),
  };
}

/**
 * Everything that helps with a denial in `state`, for a plan described by `facts`, with the
 * person's local `corrections` (live ones, oldest first) laid over the shipped directory.
 */
export function stateHelpFor(
  state: UsState,
  { network = null, program = null, funding = null }: StateHelpFacts = {},
  corrections: readonly StateHelpCorrection[] = [],
): StateHelp {
  const facts = { network, program, funding };
  const record = stateHelpRecords[state];
  const { regulatorDirectory, medicaidDirectory, ...contacts } = contactsOf(state, corrections);
  const department = contacts.insuranceDepartment;
  const regulators = regulatorsOf(state, department, corrections);
  const split = splitRegulatorStates[state] ?? null;
  const splitPick = splitPickOf(state, facts);
  const review = externalReviewFor({
    state,
    facts,
    departmentName: department?.name ?? null,
    stateReviewUrl: record?.externalReviewUrl ?? null,
    split,
    splitPick,
  });
  const { picks, notes } = picksForCase({
    ...contacts,
    facts,
    regulators,
    splitPick,
    splitNote: split?.howToTell ?? null,
    regulatorDirectory,
    medicaidDirectory,
  });
  return {
    state,
    stateName: usStates[state],
    facts,
    ...contacts,
    regulators,
    externalReview: withCorrections('externalReview', { ...review, corrections: [] }, corrections),
    forThisCase: picks,
    notes: [
      ...notes,
      ...(record ? [] : [`Overturn’s directory has no entries for ${usStates[state]} yet.`]),
      ...unconfirmed(
        picks.map((p) => p.key),
        regulators,
      ),
      ...dataNotes,
    ],
    attribution: stateHelpAttribution,
  };
}
