import type { CaseLetterKind, LetterKind } from '../../src/letters/letter.js';

/**
 * The letters Overturn can write, in the words a person reads when choosing one: what it is and
 * when to send it. The order is the order of a fight: ask the plan, then go outside it.
 */
export interface LetterKindWords {
  readonly kind: CaseLetterKind;
  readonly name: string;
  readonly description: string;
  readonly when: string;
  /** An appeal (or review request) that a packet can carry as its cover letter. */
  readonly appeal: boolean;
}

export const letterKindWords: readonly LetterKindWords[] = [
  {
    kind: 'internal-appeal',
    name: 'Appeal to your plan',
    description: 'Asks your plan to look again at its decision and pay.',
    when: 'Send it first, before the deadline on your denial letter.',
    appeal: true,
  },
  {
    kind: 'expedited-appeal',
    name: 'Fast (urgent) appeal',
    description: 'Asks your plan to decide quickly because waiting could harm your health.',
    when: 'Use it when you need the care soon. A doctor’s note helps.',
    appeal: true,
  },
  {
    kind: 'claim-file-request',
    name: 'Ask for your claim file',
    description: 'Asks your plan for free copies of everything it used to deny you.',
    when: 'Send it right away: it helps you write a stronger appeal.',
    appeal: false,
  },
  {
    kind: 'medical-necessity-request',
    name: 'Ask your doctor for a letter',
    description: 'Asks your doctor to write why you need this care.',
    when: 'Send it early, so the doctor’s letter is ready for your appeal.',
    appeal: false,
  },
  {
    kind: 'medical-necessity-letter',
    name: 'Letter for your doctor to fill in',
    description: 'A draft letter your doctor can check, change and sign.',
    when: 'Give it to your doctor with the request, to save them time.',
    appeal: false,
  },
  {
    kind: 'second-level-appeal',
    name: 'Second appeal to your plan',
    description: 'Asks your plan to look again after it said no to your first appeal.',
    when: 'Use it only if your plan offers a second level of appeal.',
    appeal: true,
  },
  {
    kind: 'external-review-request',
    name: 'Ask for an outside review',
    description: 'Asks for a reviewer who does not work for your plan to decide.',
    when: 'Use it after your plan says no to your appeal.',
    appeal: true,
  },
  {
    kind: 'regulator-complaint',
    name: 'Complaint to the state or federal office',
    description: 'Tells the office that oversees your plan what went wrong.',
    when: 'Use it when your plan misses deadlines or does not follow the rules.',
    appeal: false,
  },
  {
    kind: 'records-request',
    name: 'Ask for your medical records',
    description: 'Asks your doctor or hospital for copies of your records.',
    when: 'Use it to collect proof for your appeal.',
    appeal: false,
  },
];

/** Kinds a second-opinion case writes, not offered among an appeal's letters: their names only. */
const otherKindNames: Partial<Record<LetterKind, string>> = {
  'second-opinion-referral-request': 'Ask your plan to cover a second opinion',
};

/** The plain name of a letter kind, or the kind itself if this app does not know it. */
export function letterKindName(kind: string): string {
  return (
    letterKindWords.find((words) => words.kind === kind)?.name ??
    Object.entries(otherKindNames).find(([other]) => other === kind)?.[1] ??
    kind
  );
}

export function isAppealKind(kind: string): boolean {
  return letterKindWords.some((words) => words.kind === kind && words.appeal);
}
