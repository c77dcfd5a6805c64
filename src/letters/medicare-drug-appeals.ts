import type { CitedText, ProgramLaw } from './program-law.js';
import type { LetterFacts, LetterLang } from './letter.js';

/**
 * Medicare drug appeals. A Medicare Advantage plan with drug coverage decides pharmacy-drug
 * questions (drug lists, step therapy) under Medicare Part D, 42 CFR Part 423, not under Part 422:
 * the plan's review is a "redetermination", asked for within 60 days of receiving the notice, which
 * is presumed 5 days after its date (42 CFR 423.582(b); appeal-rules.md §8, high). The rest of the
 * Part D ladder (expedited times, how the case reaches the Independent Review Entity) is not in
 * shared/reference, so letters ask rather than cite, and the guidance says to check with the plan.
 * A drug given in a doctor's office or clinic may be a Part B (medical) drug, which follows Part 422
 * like any other Medicare Advantage service; the guidance says so too.
 */

const cited = (text: string, ...citations: string[]): CitedText => ({ text, citations });

/** True when the denial is about a drug the plan's Part D benefit decides. */
export const isMedicareDrugAppeal = (facts: LetterFacts): boolean =>
  facts.plan.program === 'medicare-advantage' &&
  (facts.denial.category === 'formulary' || facts.denial.category === 'step-therapy');

export type MedicareReview = 'reconsideration' | 'redetermination';

/** What Medicare calls the plan's own review of this denial; null outside Medicare. */
export function medicareReviewOf(facts: LetterFacts): MedicareReview | null {
  if (facts.plan.program !== 'medicare-advantage') return null;
  return isMedicareDrugAppeal(facts) ? 'redetermination' : 'reconsideration';
}

const reviewWords: Readonly<Record<MedicareReview, Readonly<Record<LetterLang, string>>>> = {
  reconsideration: { en: 'reconsideration', es: 'reconsideración' },
  redetermination: { en: 'redetermination', es: 'redeterminación' },
};

/** The review's name in the letter's language ("reconsideration", "redeterminación"). */
export const medicareReviewWord = (review: MedicareReview, lang: LetterLang): string =>
  reviewWords[review][lang];

/** The law a Part D drug appeal is decided under, in the shape of the other programs' laws. */
export const medicareDrugLaw: ProgramLaw = {
  program: 'medicare-advantage',
  citation: '42 CFR 423.582',
  confidence: 'high',
  appealName: reviewWords.redetermination,
  basis: (_funding, lang) =>
    lang === 'en'
      ? cited(
          'This is a decision about a Medicare prescription drug (Part D) benefit. Its appeals are governed by the Medicare Part D rules, 42 CFR Part 423, including 42 CFR 423.582 (the request for a redetermination by the plan).',
          '42 CFR Part 423',
          '42 CFR 423.582',
        )
      : cited(
          'Esta es una decisión sobre un beneficio de medicamentos recetados de Medicare (Parte D). Sus apelaciones se rigen por las reglas de la Parte D de Medicare, 42 CFR Part 423, incluida 42 CFR 423.582 (la solicitud de redeterminación al plan).',
          '42 CFR Part 423',
          '42 CFR 423.582',
        ),
  fullAndFairReview: (lang) =>
    lang === 'en'
      ? cited(
          'I ask for a full and fair redetermination that takes into account all the information I send with this request. Please also send me a copy of my case file.',
        )
      : cited(
          'Solicito una redeterminación completa y justa que tenga en cuenta toda la información que envío con esta solicitud. Le pido también que me envíe una copia de mi expediente.',
        ),
};

/** The "check which benefit this is" note every drug-appeal letter's guidance carries. */
export function medicareDrugNote(lang: LetterLang): string {
  return lang === 'en'
    ? 'This looks like a drug from a pharmacy. For these, Medicare calls the plan’s review a “redetermination” (42 CFR 423.582). If a doctor or clinic gives you the drug, it may be a medical (Part B) drug. Then the review is a “reconsideration”. Check with your plan which one applies.'
    : 'Esto parece un medicamento de farmacia. Para estos, Medicare llama «redeterminación» a la revisión del plan (42 CFR 423.582). Si un médico o una clínica le da el medicamento, puede ser un medicamento médico (Parte B). Entonces la revisión es una «reconsideración». Pregunte a su plan cuál aplica.';
}

/** What comes after the plan's redetermination, said without rules the reference lacks. */
export function medicareDrugNextStep(lang: LetterLang): string {
  return lang === 'en'
    ? 'If the plan says no again, read its letter. It says how to ask for an outside review, and by when. For drug appeals, you may have to ask for it yourself. Check with your plan.'
    : 'Si el plan vuelve a decir que no, lea su carta. Dice cómo pedir una revisión externa y hasta cuándo. En las apelaciones de medicamentos, puede que tenga que pedirla usted. Pregunte a su plan.';
}
