import type { DenialCategory, Funding, NoticeType, Program } from '../cases/case-terms.js';
import type { UsState } from '../common/us-states.js';
import type { NoticeStage, Urgency } from '../deadlines/deadline-terms.js';

/**
 * A letter of the fight, as data: who writes to whom, about what, the ask, the argument and what
 * is enclosed. Templates (one per kind) fill it from the case's facts, with no network and no
 * language model; renderers turn it into plain text or a PDF a person can mail or fax. Keeping the
 * letter as data lets the person edit it before it is final, and lets tests check its parts.
 */

export const letterKinds = [
  'internal-appeal',
  'expedited-appeal',
  'claim-file-request',
  'medical-necessity-request',
  'medical-necessity-letter',
  'external-review-request',
  'regulator-complaint',
  'records-request',
  'second-level-appeal',
  'second-opinion-referral-request',
  // The note on top of a second opinion's records packet (never saved as a letter).
  'second-opinion-cover-note',
] as const;
export type LetterKind = (typeof letterKinds)[number];

/**
 * The kinds an appeal case writes (its template registry, request schema and `--kind`). A
 * second-opinion case writes its own kinds from its own facts (src/opinions/opinion-letter-facts.ts),
 * so they are not offered on an appeal.
 */
const secondOpinionKinds = [
  'second-opinion-referral-request',
  'second-opinion-cover-note',
] as const;
export type CaseLetterKind = Exclude<LetterKind, (typeof secondOpinionKinds)[number]>;
export const caseLetterKinds = letterKinds.filter(
  (kind): kind is CaseLetterKind => !(secondOpinionKinds as readonly string[]).includes(kind),
) as [CaseLetterKind, ...CaseLetterKind[]];

export const letterLangs = ['en', 'es'] as const;
export type LetterLang = (typeof letterLangs)[number];

/** Who the letter is addressed to: decides its default language (plans, doctors, agencies: English). */
export type LetterAudience = 'plan' | 'doctor' | 'regulator' | 'provider-records';

/** The facts a letter is written from: the case, today's date, and who signs it. */
export interface LetterFacts {
  /** The date the letter carries, `YYYY-MM-DD` (the person's today). */
  readonly today: string;
  readonly patient: { readonly name: string; readonly dateOfBirth: string | null };
  /** Who writes and signs: the patient, or someone on their behalf. */
  readonly sender: Sender;
  readonly plan: {
    readonly insurer: string;
    readonly planName: string | null;
    readonly program: Program;
    readonly funding: Funding | null;
    readonly state: UsState | null;
    readonly memberId: string | null;
    readonly groupNumber: string | null;
    /** The plan's appeals address, as lines; empty when not known (a blank is left to fill in). */
    readonly appealsAddress: readonly string[];
  };
  readonly claim: {
    readonly claimNumber: string | null;
    readonly serviceDate: string | null;
    readonly provider: string | null;
    readonly serviceDescription: string | null;
    readonly procedureCodes: readonly string[];
    readonly diagnosisCodes: readonly string[];
    readonly amountBilledCents: number | null;
  };
  readonly denial: {
    readonly noticeType: NoticeType | null;
    readonly noticeDate: string | null;
    readonly category: DenialCategory | null;
    /** The plan's reason in its own words. */
    readonly statedReason: string | null;
    readonly noticeStage: NoticeStage | null;
    readonly urgency: Urgency | null;
  };
}

export interface Sender {
  readonly name: string;
  /** Empty when the patient writes for themselves; else e.g. "parent", "authorized representative". */
  readonly relationship: string | null;
  readonly addressLines: readonly string[];
  readonly phone: string | null;
  readonly email: string | null;
}

/** A letter ready to render. Every string is the person's or the template's text: never markup. */
export interface LetterDocument {
  readonly kind: LetterKind;
  readonly lang: LetterLang;
  /** What the letter is, for lists and file names ("Internal appeal"). */
  readonly title: string;
  /** The sender block: name, address lines, phone, email. */
  readonly from: readonly string[];
  /** The date as it is printed ("November 27, 2026", "27 de noviembre de 2026"). */
  readonly date: string;
  /** The recipient block; a blank line to fill in when the address is not known. */
  readonly to: readonly string[];
  /** "RE:" line. */
  readonly subject: string;
  /** Label and value pairs under the subject: patient, member ID, claim number, dates of service. */
  readonly reference: readonly (readonly [string, string])[];
  readonly salutation: string;
  /** Paragraphs. The first one is the ask, in one or two sentences. */
  readonly body: readonly string[];
  readonly closing: string;
  /** Signature block lines (the name, and on whose behalf). */
  readonly signature: readonly string[];
  /** What is sent with it, one per line (the exhibits of a packet). */
  readonly enclosures: readonly string[];
  /** The rules the letter relies on, each as cited in the body (e.g. "29 CFR 2560.503-1(h)"). */
  readonly citations: readonly string[];
}

/** What the person should do with the letter, in plain words (about an 8th-grade reading level). */
export interface LetterGuidance {
  readonly lang: LetterLang;
  readonly steps: readonly string[];
  /** One sentence: this is not legal advice and does not promise an outcome. */
  readonly notLegalAdvice: string;
}

/** A fact a letter needs that the case does not have, named as the case names it. */
export interface MissingFact {
  /** Dotted path into the case (`plan.memberId`) or `sender.addressLines`. */
  readonly path: string;
  /** Plain name, in English ("member ID"). */
  readonly label: string;
}

/** A written letter and the guidance around it. */
export interface LetterResult {
  readonly document: LetterDocument;
  readonly guidance: LetterGuidance;
}

/** One kind of letter: who it goes to, what it needs, and how it is written. */
export interface LetterTemplate {
  readonly kind: CaseLetterKind;
  readonly audience: LetterAudience;
  /** The facts it cannot be written without. */
  readonly requires: readonly MissingFact[];
  readonly write: (facts: LetterFacts, lang: LetterLang) => LetterResult;
}
