/**
 * One doctor's opinion on the question: what they found, what they advise and why, and how the
 * visit felt to the person. The first opinion of a case is the first doctor's.
 */

export const urgencies = {
  now: 'Needs care right away',
  soon: 'Should start within weeks',
  'can-wait': 'Can safely wait',
} as const;
export type OpinionUrgency = keyof typeof urgencies;
export const urgencyIds = Object.keys(urgencies) as [OpinionUrgency, ...OpinionUrgency[]];

/** The person's own ratings of the visit, 1 (not at all) to 5 (completely); null when not rated. */
export const ratingKinds = {
  listened: 'Listened to me',
  explained: 'Explained clearly',
  consideredValues: 'Considered what matters to me',
  confidence: 'Gave me confidence',
} as const;
export type RatingKind = keyof typeof ratingKinds;
export const ratingKindIds = Object.keys(ratingKinds) as [RatingKind, ...RatingKind[]];
export type Ratings = { readonly [K in RatingKind]: number | null };

/** The person's own marking of whether an opinion matches the first doctor's. */
export type Match = 'same' | 'different' | null;

export interface Opinion {
  readonly id: string;
  readonly caseId: string;
  /** Order on the case, from 1; opinion 1 is the first doctor's. */
  readonly position: number;
  readonly doctor: string;
  readonly specialty: string | null;
  /** What the doctor focuses on ("breast cancer surgery"): a subspecialist sees more such cases. */
  readonly focus: string | null;
  readonly institution: string;
  /** Works in the same practice, group or health system as the first doctor. */
  readonly sameGroupAsFirst: boolean;
  /** The first doctor sent the person to this one. */
  readonly referredByFirst: boolean;
  /** The day of the visit, `YYYY-MM-DD`. */
  readonly date: string | null;
  readonly diagnosis: string | null;
  /** ICD-10-CM code, upper case with its dot (`C50.911`). */
  readonly diagnosisCode: string | null;
  readonly treatment: string | null;
  readonly alternatives: string | null;
  readonly risksAndBenefits: string | null;
  readonly urgency: OpinionUrgency | null;
  readonly reasoning: string | null;
  readonly testsOrdered: string | null;
  readonly ratings: Ratings;
  /** The person's marking: same diagnosis as the first doctor's, or not (used when codes are missing). */
  readonly diagnosisMatchesFirst: Match;
  /** The person's marking: same treatment advice as the first doctor's, or not. */
  readonly treatmentMatchesFirst: Match;
  /** What the person thinks of it, in their words. */
  readonly notes: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What comparing the opinions finds. It weighs reasoning and fit with values; it never picks a doctor. */
export interface Comparison {
  readonly opinions: readonly Opinion[];
  /** True when every opinion's diagnosis agrees; false when one differs; null when it cannot be told. */
  readonly diagnosisAgrees: boolean | null;
  readonly treatmentAgrees: boolean | null;
  readonly suggestThirdOpinion: boolean;
  /** Why a third opinion is suggested (or why the picture is unclear), in plain words. */
  readonly reasons: readonly string[];
  /** Warnings that do not change the answer: two opinions from the same group, and the like. */
  readonly warnings: readonly string[];
  /** Per opinion (by id): how it fits each of the person's goals, as the person rated and said. */
  readonly fit: readonly OpinionFit[];
}

export interface OpinionFit {
  readonly opinionId: string;
  /** Average of the person's ratings, 1–5, or null when none given. */
  readonly averageRating: number | null;
  readonly agreesWithFirst: {
    readonly diagnosis: boolean | null;
    readonly treatment: boolean | null;
  };
}
