import type { LetterLang } from '../letters/letter.js';
import { comparisonWords, type Named } from './comparison-words.js';
import { parseIcd10, type Icd10 } from './icd10.js';
import {
  ratingKindIds,
  type Comparison,
  type Match,
  type Opinion,
  type OpinionFit,
} from './opinion.js';
import type { CoverageProgram, Goal } from './second-opinion.js';

/**
 * Comparing the opinions a person gathered: does each later doctor agree with the first one on the
 * diagnosis and on the treatment, is a third (or further) opinion worth seeking, and what to watch
 * for. Diagnoses agree by ICD-10 category when both doctors gave a code (the category is the kind
 * of condition; the detail after the dot often differs between careful doctors), else by the
 * person's own marking, else by identical text. Anything else is "cannot tell" (null), never a
 * guess. It weighs agreement, independence and reasoning; it never picks a doctor.
 */

/** A comparison needs the first doctor's opinion and at least one more. */
export const minimumOpinions = 2;

/** The message for a comparison asked with fewer than `minimumOpinions` opinions. */
export const tooFewOpinions = (lang: LetterLang): string => comparisonWords[lang].tooFew;

export interface ComparisonContext {
  readonly goals: readonly Goal[];
  readonly program: CoverageProgram | null;
}

type Verdict = boolean | null;

interface Pair {
  readonly a: Opinion;
  readonly b: Opinion;
  readonly verdict: Verdict;
  /** False when one doctor is tied to the other (same group, or sent by the first). */
  readonly independent: boolean;
}

const normalText = (text: string | null) =>
  (text ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const sameText = (a: string | null, b: string | null) =>
  normalText(a) !== '' && normalText(a) === normalText(b);
const fromMarking = (match: Match): Verdict =>
  match === 'same' ? true : match === 'different' ? false : null;
const codeOf = (opinion: Opinion): Icd10 | null =>
  opinion.diagnosisCode === null ? null : parseIcd10(opinion.diagnosisCode);
const linkedToFirst = (o: Opinion) => o.sameGroupAsFirst || o.referredByFirst;

/** A later opinion against the first one: the person's marking, else identical text, else null. */
function versusFirst(marking: Match, first: string | null, other: string | null): Verdict {
  return fromMarking(marking) ?? (sameText(first, other) ? true : null);
}

function diagnosisVersusFirst(first: Opinion, other: Opinion): Verdict {
  const [a, b] = [codeOf(first), codeOf(other)];
  if (a && b) return a.category === b.category;
  return versusFirst(other.diagnosisMatchesFirst, first.diagnosis, other.diagnosis);
}

function treatmentVersusFirst(first: Opinion, other: Opinion): Verdict {
  return versusFirst(other.treatmentMatchesFirst, first.treatment, other.treatment);
}

/**
 * Two later opinions against each other, from how each stands against the first: both agree with
 * it → they agree; one agrees and one does not → they differ; both differ from it → they may
 * differ in different ways, so only identical text (or, for diagnoses, codes) tells.
 */
function betweenLater(vA: Verdict, vB: Verdict, textA: string | null, textB: string | null) {
  if (vA === true && vB === true) return true;
  if ((vA === true && vB === false) || (vA === false && vB === true)) return false;
  return sameText(textA, textB) ? true : null;
}

/** Every pair of opinions with its verdict; `versus` gives a later opinion against the first. */
function pairsOf(
  ordered: readonly Opinion[],
  versus: (first: Opinion, other: Opinion) => Verdict,
  between: (a: Opinion, b: Opinion) => Verdict,
): Pair[] {
  const [first] = ordered;
  const pairs: Pair[] = [];
  ordered.forEach((a, i) => {
    for (const b of ordered.slice(i + 1)) {
      const isFirst = a === first;
      pairs.push({
        a,
        b,
        verdict: isFirst ? versus(a, b) : between(a, b),
        independent: isFirst ? !linkedToFirst(b) : !(a.sameGroupAsFirst && b.sameGroupAsFirst),
      });
    }
  });
  return pairs;
}

/** Any false → false; all true → true; else null. */
function overall(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.some((v) => v === false)) return false;
  return verdicts.every((v) => v === true) ? true : null;
}

const nameOf = (o: Opinion, lang: LetterLang) =>
  o.doctor.trim() || comparisonWords[lang].opinionNumber(o.position);
const namedWithCategory = (o: Opinion, lang: LetterLang): Named => ({
  name: nameOf(o, lang),
  code: codeOf(o)?.category ?? null,
});

/** Average of the ratings given (1–5), to one decimal; null when none. */
function averageRating(o: Opinion): number | null {
  const given = ratingKindIds
    .map((kind) => o.ratings[kind])
    .filter((r): r is number => r !== null && Number.isFinite(r));
  if (given.length === 0) return null;
  return Math.round((given.reduce((sum, r) => sum + r, 0) / given.length) * 10) / 10;
}

/** Agreement held up only by doctors tied to the first: the names of those who agree. */
function onlyTiedAgreement(pairs: readonly Pair[]): Opinion[] {
  const agreeing = pairs.filter((p) => p.verdict === true);
  if (agreeing.length === 0 || agreeing.some((p) => p.independent)) return [];
  return [...new Set(agreeing.flatMap((p) => [p.a, p.b]))].filter((o) => linkedToFirst(o));
}

/** Compares every later opinion with the first (position 1). Needs `minimumOpinions` or more. */
export function compareOpinions(
  opinions: readonly Opinion[],
  ctx: ComparisonContext,
  lang: LetterLang,
): Comparison {
  const words = comparisonWords[lang];
  const ordered = [...opinions].sort((a, b) => a.position - b.position);
  const [first, ...later] = ordered;
  if (!first || later.length === 0) {
    return {
      opinions: ordered,
      diagnosisAgrees: null,
      treatmentAgrees: null,
      suggestThirdOpinion: false,
      reasons: [words.tooFew],
      warnings: [],
      fit: ordered.map((o) => ({
        opinionId: o.id,
        averageRating: averageRating(o),
        agreesWithFirst: { diagnosis: null, treatment: null },
      })),
    };
  }
  const firstName = nameOf(first, lang);
  const diagnosisVs = new Map(later.map((o) => [o, diagnosisVersusFirst(first, o)]));
  const treatmentVs = new Map(later.map((o) => [o, treatmentVersusFirst(first, o)]));
  const diagnosisPairs = pairsOf(ordered, diagnosisVersusFirst, (a, b) => {
    const [codeA, codeB] = [codeOf(a), codeOf(b)];
    if (codeA && codeB) return codeA.category === codeB.category;
    return betweenLater(
      diagnosisVs.get(a) ?? null,
      diagnosisVs.get(b) ?? null,
      a.diagnosis,
      b.diagnosis,
    );
  });
  const treatmentPairs = pairsOf(ordered, treatmentVersusFirst, (a, b) =>
    betweenLater(treatmentVs.get(a) ?? null, treatmentVs.get(b) ?? null, a.treatment, b.treatment),
  );
  const diagnosisAgrees = overall([...diagnosisVs.values()]);
  const treatmentAgrees = overall([...treatmentVs.values()]);

  const reasons: string[] = [];
  if (later.length === 1) {
    const [second] = later;
    if (second && diagnosisAgrees === false)
      reasons.push(
        words.diagnosisDiffers(namedWithCategory(second, lang), namedWithCategory(first, lang)),
      );
    if (second && treatmentAgrees === false)
      reasons.push(words.treatmentDiffers(nameOf(second, lang), firstName));
  } else {
    const noneAgree = (pairs: readonly Pair[]) =>
      !pairs.some((p) => p.verdict === true) && pairs.some((p) => p.verdict === false);
    if (noneAgree(diagnosisPairs))
      reasons.push(words.noTwoAgreeOnDiagnosis(ordered.map((o) => namedWithCategory(o, lang))));
    if (noneAgree(treatmentPairs))
      reasons.push(words.noTwoAgreeOnTreatment(ordered.map((o) => nameOf(o, lang))));
  }
  const tied = [
    ...new Set([...onlyTiedAgreement(diagnosisPairs), ...onlyTiedAgreement(treatmentPairs)]),
  ];
  if (tied.length > 0)
    reasons.push(
      words.agreementNotIndependent(
        tied.map((o) => nameOf(o, lang)),
        firstName,
      ),
    );
  const suggestThirdOpinion = reasons.length > 0;
  // Medicare Benefit Policy Manual ch. 15 §30.D (appeal-rules.md §7, high confidence): Part B
  // covers a third opinion when the first two differ.
  if (suggestThirdOpinion && ctx.program === 'original-medicare')
    reasons.push(words.medicareThirdOpinion);
  if (!suggestThirdOpinion && diagnosisAgrees === null)
    reasons.push(words.diagnosisUnclear(firstName));
  if (!suggestThirdOpinion && treatmentAgrees === null)
    reasons.push(words.treatmentUnclear(firstName));
  reasons.push(words.compareReasoning(ctx.goals.map((goal) => words.goals[goal])));

  return {
    opinions: ordered,
    diagnosisAgrees,
    treatmentAgrees,
    suggestThirdOpinion,
    reasons,
    warnings: warningsOf(first, later, ordered, lang),
    fit: ordered.map((o): OpinionFit => ({
      opinionId: o.id,
      averageRating: averageRating(o),
      // The first opinion is what the others are measured against: it has no verdict of its own.
      agreesWithFirst: {
        diagnosis: diagnosisVs.get(o) ?? null,
        treatment: treatmentVs.get(o) ?? null,
      },
    })),
  };
}

/** What to keep in mind that does not change the answer. */
function warningsOf(
  first: Opinion,
  later: readonly Opinion[],
  ordered: readonly Opinion[],
  lang: LetterLang,
): string[] {
  const words = comparisonWords[lang];
  const firstName = nameOf(first, lang);
  const warnings: string[] = [];
  for (const o of later) {
    if (o.sameGroupAsFirst) warnings.push(words.sameGroup(nameOf(o, lang), firstName));
    else if (o.referredByFirst) warnings.push(words.referredBy(nameOf(o, lang), firstName));
  }
  const firstCode = codeOf(first);
  for (const o of later) {
    const code = codeOf(o);
    if (firstCode && code && code.category === firstCode.category && code.code !== firstCode.code)
      warnings.push(
        words.sameKindOtherDetail(
          { name: nameOf(o, lang), code: code.code },
          { name: firstName, code: firstCode.code },
        ),
      );
  }
  const timed = ordered.filter((o) => o.urgency !== null);
  if (new Set(timed.map((o) => o.urgency)).size > 1)
    warnings.push(
      words.urgencyDiffers(
        timed.map((o) => `${nameOf(o, lang)}: ${o.urgency ? words.urgencies[o.urgency] : ''}`),
        timed.some((o) => o.urgency === 'now'),
      ),
    );
  for (const o of ordered)
    if (normalText(o.reasoning) === '') warnings.push(words.noReasoning(nameOf(o, lang)));
  return warnings;
}
