import type { Lang } from '../common/lang.js';
import type { UsState } from '../common/us-states.js';
import { picksForCase } from './contacts-for-case.js';
import { externalReviewFor } from './external-review-for.js';
import {
  ebsa,
  insuranceDepartmentRole,
  splitRegulatorStates,
  splitStateOf,
} from './plan-regulators.js';
import {
  withCorrections,
  type CorrectableEntry,
  type StateHelpCorrection,
} from './state-help-corrections.js';
import { nationalHelpRecord, stateHelpDataAsOf, stateHelpRecords } from './state-help-data.js';
import type { ContactRecord } from './state-help-record.js';
import type {
  ContactEntry,
  CorrectionMark,
  MedicaidEntry,
  RegulatorEntry,
  RegulatorId,
  StateHelp,
  StateHelpFacts,
} from './state-help.js';
import { stateHelpWords } from './state-help-words.js';
import type { CoverWords, StateHelpWords } from './state-help-words-shape.js';

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

/** An entry with the state's corrections laid over it, marked in the answer's language. */
type Fix = <T extends { readonly corrections: readonly CorrectionMark[] }>(
  key: CorrectableEntry,
  entry: T,
) => T;

/** The regulators of the state's plans (two in a split state) and EBSA, each with its law. */
function regulatorsOf(
  state: UsState,
  department: StateHelp['insuranceDepartment'],
  covers: CoverWords,
  fixed: Fix,
): RegulatorEntry[] {
  const splitState = splitStateOf(state);
  const regulators: RegulatorEntry[] = [];
  if (splitState) {
    const { id, reviewUrl: _reviewUrl, ...managed } = splitRegulatorStates[splitState].managedCare;
    const managedCovers = covers.split[splitState].managedCare;
    regulators.push(
      fixed('regulators.dmhc', { ...managed, covers: managedCovers, id, corrections: [] }),
    );
  }
  if (department)
    regulators.push({
      ...department,
      id: 'insurance-department',
      ...(splitState
        ? {
            covers: covers.split[splitState].department,
            ...splitRegulatorStates[splitState].department,
          }
        : { covers: covers.insuranceDepartment, ...insuranceDepartmentRole }),
    });
  const { id, ...federal } = ebsa;
  regulators.push(
    fixed('regulators.ebsa', { ...federal, covers: covers.ebsa, id, corrections: [] }),
  );
  return regulators;
}

function medicaidOf(state: UsState, fixed: Fix): MedicaidEntry | null {
  const record = stateHelpRecords[state];
  if (!record) return null;
  const part = (
    key: 'medicaid.ombudsman' | 'medicaid.legalHelp',
    r: ContactRecord | null,
    s: string,
  ) => (r ? fixed(key, entryOf(r, s)) : null);
  return {
    ...fixed('medicaid', entryOf(record.medicaid, sources.medicaid)),
    ombudsman: part('medicaid.ombudsman', record.medicaidOmbudsman, sources.ombudsman),
    legalHelp: part('medicaid.legalHelp', record.medicaidLegalHelp, sources.legalHelp),
  };
}

/** A plain warning for each office picked whose details the project could not confirm. */
function unconfirmed(
  keys: readonly string[],
  regulators: readonly RegulatorEntry[],
  words: StateHelpWords,
): string[] {
  return regulators
    .filter((r) => r.confidence === 'low' && keys.includes(`regulators.${r.id}`))
    .map((r) => words.notes.unconfirmed(r.name));
}

/** In a split state, the regulator the network points to; null when unknown or either. */
function splitPickOf(state: UsState, facts: Required<StateHelpFacts>): RegulatorId | null {
  const splitState = splitStateOf(state);
  return splitState && facts.network
    ? (splitRegulatorStates[splitState].byNetwork[facts.network] ?? null)
    : null;
}

/** The state's directory entries with the corrections laid over them (national ones where it has none). */
function contactsOf(state: UsState, fixed: Fix) {
  const record = stateHelpRecords[state];
  const national = nationalHelpRecord;
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
    medicaid: medicaidOf(state, fixed),
    regulatorDirectory: entryOf(national.regulatorDirectory, sources.national('consumer_advocacy')),
    medicaidDirectory: entryOf(national.medicaidGov, sources.national('federal_resources')),
  };
}

/**
 * Everything that helps with a denial in `state`, for a plan described by `facts`, with the
 * person's local `corrections` (live ones, oldest first) laid over the shipped directory, worded
 * in `lang`.
 */
export function stateHelpFor(
  state: UsState,
  { network = null, program = null, funding = null }: StateHelpFacts = {},
  corrections: readonly StateHelpCorrection[] = [],
  lang: Lang = 'en',
): StateHelp {
  const words = stateHelpWords[lang];
  const facts = { network, program, funding };
  const record = stateHelpRecords[state];
  const fixed: Fix = (key, entry) =>
    withCorrections(key, entry, corrections, words.correctedLocally);
  const { regulatorDirectory, medicaidDirectory, ...contacts } = contactsOf(state, fixed);
  const department = contacts.insuranceDepartment;
  const regulators = regulatorsOf(state, department, words.covers, fixed);
  const splitState = splitStateOf(state);
  const split = splitState ? splitRegulatorStates[splitState] : null;
  const splitPick = splitPickOf(state, facts);
  const review = externalReviewFor({
    words: words.review,
    state,
    facts,
    departmentName: department?.name ?? null,
    stateReviewUrl: record?.externalReviewUrl ?? null,
    split,
    splitPick,
  });
  const { picks, notes } = picksForCase({
    ...contacts,
    words,
    facts,
    regulators,
    splitPick,
    splitNote: splitState ? words.covers.split[splitState].howToTell : null,
    regulatorDirectory,
    medicaidDirectory,
  });
  return {
    state,
    stateName: words.stateName(state),
    facts,
    ...contacts,
    regulators,
    externalReview: fixed('externalReview', { ...review, corrections: [] }),
    forThisCase: picks,
    notes: [
      ...notes,
      ...(record ? [] : [words.notes.noDirectoryEntries(words.stateName(state))]),
      ...unconfirmed(
        picks.map((p) => p.key),
        regulators,
        words,
      ),
      ...words.notes.aboutTheData,
    ],
    attribution: words.attribution,
  };
}
