import type {
  CasePick,
  ContactEntry,
  MedicaidEntry,
  RegulatorEntry,
  RegulatorId,
  StateHelpFacts,
} from './state-help.js';
import type { StateHelpWords } from './state-help-words-shape.js';

/**
 * Who to contact first for a case, in order, each with why — from the kind of plan (program,
 * funding) and, in a state that splits its regulators, the network type. Unknown facts widen the
 * list and add a note saying which fact would narrow it.
 */
export interface PickContext {
  readonly words: Pick<StateHelpWords, 'why' | 'notes'>;
  readonly facts: Required<StateHelpFacts>;
  readonly regulators: readonly RegulatorEntry[];
  /** In a state with two regulators, the one the network points to; null when it could be either. */
  readonly splitPick: RegulatorId | null;
  readonly splitNote: string | null;
  readonly consumerAssistance: ContactEntry | null;
  readonly medicaid: MedicaidEntry | null;
  readonly ship: ContactEntry;
  readonly medicare: ContactEntry;
  /** NAIC's list of regulators, for a place the directory does not cover. */
  readonly regulatorDirectory: ContactEntry;
  /** Medicaid.gov, for a place the directory does not cover. */
  readonly medicaidDirectory: ContactEntry;
}

const pick = (key: string, entry: ContactEntry, why: string): CasePick => ({
  key,
  name: entry.name,
  phone: entry.phone,
  url: entry.url,
  why,
});

function stateRegulatorPicks(context: PickContext): { picks: CasePick[]; notes: string[] } {
  const state = context.regulators.filter(
    (r) => r.id === 'insurance-department' || r.id === 'dmhc',
  );
  if (state.length === 0)
    return {
      picks: [
        pick(
          'national.regulatorDirectory',
          context.regulatorDirectory,
          context.words.why.regulatorDirectory,
        ),
      ],
      notes: [],
    };
  const chosen = context.splitPick ? state.filter((r) => r.id === context.splitPick) : state;
  const notes = !context.splitPick && context.splitNote ? [context.splitNote] : [];
  return {
    picks: chosen.map((r) => pick(`regulators.${r.id}`, r, context.words.why.oversees(r.covers))),
    notes,
  };
}

function consumerHelp(context: PickContext): CasePick[] {
  return context.consumerAssistance
    ? [pick('consumerAssistance', context.consumerAssistance, context.words.why.consumerAssistance)]
    : [];
}

function medicaidPicks({ medicaid, medicaidDirectory, words }: PickContext): CasePick[] {
  const { why } = words;
  if (!medicaid) return [pick('national.medicaidGov', medicaidDirectory, why.medicaidDirectory)];
  return [
    ...(medicaid.ombudsman
      ? [pick('medicaid.ombudsman', medicaid.ombudsman, why.medicaidOmbudsman)]
      : []),
    pick('medicaid', medicaid, why.medicaid),
    ...(medicaid.legalHelp
      ? [pick('medicaid.legalHelp', medicaid.legalHelp, why.medicaidLegalHelp)]
      : []),
  ];
}

/** The offices for this case, first one first, and notes on what would narrow the list. */
export function picksForCase(context: PickContext): { picks: CasePick[]; notes: string[] } {
  const { program, funding } = context.facts;
  const { why, notes: noteWords } = context.words;
  const ebsa = context.regulators.find((r) => r.id === 'ebsa');
  if (program === 'medicare-advantage')
    return {
      picks: [
        pick('medicare', context.medicare, why.medicare),
        pick('ship', context.ship, why.ship),
      ],
      notes: [],
    };
  if (program === 'medicaid-managed-care') return { picks: medicaidPicks(context), notes: [] };
  if (program === 'employer-group' && funding === 'self-funded' && ebsa)
    return {
      picks: [pick('regulators.ebsa', ebsa, why.ebsaSelfFunded), ...consumerHelp(context)],
      notes: [noteWords.stateCannotActOnSelfFunded],
    };
  const state = stateRegulatorPicks(context);
  const picks = [...state.picks, ...consumerHelp(context)];
  const notes = [...state.notes];
  if (program === 'employer-group' && !funding && ebsa) {
    picks.push(pick('regulators.ebsa', ebsa, why.ebsaIfSelfFunded));
    notes.push(noteWords.askHowFunded);
  }
  if (!program) notes.push(noteWords.tellKindOfPlan);
  return { picks, notes };
}
