import type {
  CasePick,
  ContactEntry,
  MedicaidEntry,
  RegulatorEntry,
  RegulatorId,
  StateHelpFacts,
} from './state-help.js';

/**
 * Who to contact first for a case, in order, each with why — from the kind of plan (program,
 * funding) and, in a state that splits its regulators, the network type. Unknown facts widen the
 * list and add a note saying which fact would narrow it.
 */
export interface PickContext {
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

const askHr =
  'Ask your employer’s benefits office whether the plan is self-funded or fully insured. That decides who oversees it.';

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
          'Overturn has no entry for this place yet. This list names every state and territory’s insurance regulator.',
        ),
      ],
      notes: [],
    };
  const chosen = context.splitPick ? state.filter((r) => r.id === context.splitPick) : state;
  const notes = !context.splitPick && context.splitNote ? [context.splitNote] : [];
  return {
    picks: chosen.map((r) =>
      pick(
        `regulators.${r.id}`,
        r,
        `Oversees: ${r.covers}. You can file a complaint about your plan there.`,
      ),
    ),
    notes,
  };
}

function consumerHelp(context: PickContext): CasePick[] {
  return context.consumerAssistance
    ? [
        pick(
          'consumerAssistance',
          context.consumerAssistance,
          'Free help with health coverage problems, including appeals.',
        ),
      ]
    : [];
}

function medicaidPicks(medicaid: MedicaidEntry | null, directory: ContactEntry): CasePick[] {
  if (!medicaid) return [pick('national.medicaidGov', directory, 'Finds your Medicaid program.')];
  return [
    ...(medicaid.ombudsman
      ? [
          pick(
            'medicaid.ombudsman',
            medicaid.ombudsman,
            'Helps Medicaid members with problems with their plan.',
          ),
        ]
      : []),
    pick('medicaid', medicaid, 'Runs Medicaid in your state. Ask it about a state fair hearing.'),
    ...(medicaid.legalHelp
      ? [pick('medicaid.legalHelp', medicaid.legalHelp, 'Free legal help with Medicaid problems.')]
      : []),
  ];
}

/** The offices for this case, first one first, and notes on what would narrow the list. */
export function picksForCase(context: PickContext): { picks: CasePick[]; notes: string[] } {
  const { program, funding } = context.facts;
  const ebsa = context.regulators.find((r) => r.id === 'ebsa');
  if (program === 'medicare-advantage')
    return {
      picks: [
        pick(
          'medicare',
          context.medicare,
          'Medicare Advantage plans answer to Medicare, not to the state. Call to complain about the plan.',
        ),
        pick(
          'ship',
          context.ship,
          'Free Medicare counseling. A counselor can help with your appeal.',
        ),
      ],
      notes: [],
    };
  if (program === 'medicaid-managed-care')
    return { picks: medicaidPicks(context.medicaid, context.medicaidDirectory), notes: [] };
  if (program === 'employer-group' && funding === 'self-funded' && ebsa)
    return {
      picks: [
        pick(
          'regulators.ebsa',
          ebsa,
          'Your plan is self-funded, so federal law (ERISA) governs it and the U.S. Department of Labor oversees it.',
        ),
        ...consumerHelp(context),
      ],
      notes: [
        'The state insurance department cannot act on a self-funded plan. It may still tell you where to go.',
      ],
    };
  const state = stateRegulatorPicks(context);
  const picks = [...state.picks, ...consumerHelp(context)];
  const notes = [...state.notes];
  if (program === 'employer-group' && !funding && ebsa) {
    picks.push(
      pick(
        'regulators.ebsa',
        ebsa,
        'Only if your job plan is self-funded: then the U.S. Department of Labor oversees it, not the state.',
      ),
    );
    notes.push(askHr);
  }
  if (!program)
    notes.push(
      'Tell Overturn the kind of plan (through a job, bought yourself, Medicare Advantage or Medicaid) to see the right office.',
    );
  return { picks, notes };
}
