import type { CaseLetterKind } from '../../src/letters/letter.js';
import type { Messages } from './i18n/messages.js';

/**
 * The letters Overturn can write, in the order they are offered: the order of a fight, ask the plan,
 * then go outside it. Their names, what each is and when to send it are in the message files
 * (`t.letters.kinds`).
 */
export interface LetterKindWords {
  readonly kind: CaseLetterKind;
  readonly name: string;
  readonly description: string;
  readonly when: string;
  /** An appeal (or review request) that a packet can carry as its cover letter. */
  readonly appeal: boolean;
}

const letterKindOrder: readonly { readonly kind: CaseLetterKind; readonly appeal: boolean }[] = [
  { kind: 'internal-appeal', appeal: true },
  { kind: 'expedited-appeal', appeal: true },
  { kind: 'claim-file-request', appeal: false },
  { kind: 'medical-necessity-request', appeal: false },
  { kind: 'medical-necessity-letter', appeal: false },
  { kind: 'second-level-appeal', appeal: true },
  { kind: 'external-review-request', appeal: true },
  { kind: 'regulator-complaint', appeal: false },
  { kind: 'records-request', appeal: false },
];

/** The letters an appeal case offers, each with its words in the current language. */
export const letterKindWords = (t: Messages): readonly LetterKindWords[] =>
  letterKindOrder.map(({ kind, appeal }) => ({ kind, appeal, ...t.letters.kinds[kind] }));

/** The plain name of a letter kind, or the kind itself if this app does not know it. */
export function letterKindName(t: Messages, kind: string): string {
  return (
    Object.entries(t.letters.kinds).find(([known]) => known === kind)?.[1].name ??
    Object.entries(t.letters.otherKinds).find(([other]) => other === kind)?.[1] ??
    kind
  );
}

/** The letter kind a page's address names (`?kind=internal-appeal`), or null when it names none. */
export function letterKindOf(value: string | null): CaseLetterKind | null {
  return letterKindOrder.find((entry) => entry.kind === value)?.kind ?? null;
}

export function isAppealKind(kind: string): boolean {
  return letterKindOrder.some((entry) => entry.kind === kind && entry.appeal);
}
