import type { DenialCategory, NoticeType, Program } from '../cases/case-terms.js';
import type { Lang } from '../common/lang.js';
import { carcExplanationsEs, type CodeWords } from './carc-explanations-es.js';
import {
  categoryExplanations,
  externalReviewStep,
  unknownCategoryExplanation,
  type CategoryExplanation,
} from './category-explanations.js';
import {
  categoryExplanationsEs,
  externalReviewStepEs,
  unknownCategoryExplanationEs,
} from './category-explanations-es.js';
import {
  carcExplanation,
  rarcExplanation,
  type CodeExplanation,
  type WhoActs,
} from './code-explanations.js';
import { explanationWords, type GroupCode, type NextLevel } from './denial-explanation-words.js';
import type { DenialFields } from './extraction.js';
import { rarcExplanationsEs } from './rarc-explanations-es.js';
import { carcCodeSet, rarcCodeSet } from './x12-codes.js';

/**
 * A plain-language explanation of a denial and its codes: what it means, what the plan seems
 * to want, and how people usually answer it. General guidance that promises no outcome. In
 * English by default, or in Spanish (`lang`); codes, group letters and citations stay as written.
 */

export type DenialExplanationInput = Pick<
  DenialFields,
  'denialCategory' | 'carcCodes' | 'rarcCodes' | 'noticeType' | 'program'
>;

export type { GroupCode };

export interface ExplainedCode {
  /** The code as X12 lists it: no group letters, no leading zeros ("CO-050" → "50"). */
  readonly code: string;
  readonly kind: 'carc' | 'rarc';
  /** The group letters people typed or the notice printed with a CARC, if any. */
  readonly group: GroupCode | null;
  readonly groupMeaning: string | null;
  /** Whether X12 lists the code (current or retired). */
  readonly listed: boolean;
  /** Whether Overturn has its own plain explanation of the code. */
  readonly known: boolean;
  readonly meaning: string;
  readonly planWants: string | null;
  readonly howToAnswer: string | null;
  readonly whoActs: WhoActs | null;
  readonly category: DenialCategory | null;
}

export interface DenialExplanation {
  readonly summary: string;
  readonly planWants: string;
  readonly howToAnswer: readonly string[];
  readonly codes: readonly ExplainedCode[];
  readonly notLegalAdvice: string;
}

/** The English line; `explainDenial` gives it in the language asked for. */
export const notLegalAdvice = explanationWords.en.notLegalAdvice;

/** The next level after the plan turns down the internal appeal, by program. */
function nextLevel(program: Program | null): NextLevel {
  switch (program) {
    case 'medicare-advantage':
      // 42 CFR 422.590(a)(2), 422.592: an upheld denial of medical care goes to the independent
      // review entity automatically (Part D drug appeals follow a different path).
      return 'independent-review';
    case 'medicaid-managed-care':
      // 42 CFR 438.408(f): a state fair hearing after the plan's appeal decision.
      return 'fair-hearing';
    case 'employer-group':
    case 'individual-market':
    case null:
      // 45 CFR 147.136(c)-(d); 29 CFR 2590.715-2719: external review (plans that are not grandfathered).
      return 'external-review';
  }
}

/** The category's steps, adjusted for where the person is on the appeal ladder. */
function steps(
  category: CategoryExplanation,
  noticeType: NoticeType | null,
  program: Program | null,
  lang: Lang,
): string[] {
  const words = explanationWords[lang];
  switch (noticeType) {
    case 'prior-authorization-denial':
      // Urgent (expedited) appeals: 29 CFR 2560.503-1(i)(2)(i) (job-based plans); 45 CFR 147.136(b)(3)
      // (individual market); 42 CFR 422.584 (Medicare Advantage); 42 CFR 438.410 (Medicaid managed care).
      return [words.expeditedStep, ...category.howToAnswer];
    case 'final-internal-appeal-denial': {
      // The internal appeal is already lost: the program's next level replaces the generic step.
      const genericStep = lang === 'es' ? externalReviewStepEs : externalReviewStep;
      return [
        ...category.howToAnswer.filter((step) => step !== genericStep),
        words.nextLevel[nextLevel(program)],
      ];
    }
    case 'claim-denial':
    case 'eob':
    case null:
      return [...category.howToAnswer];
  }
}

function isGroupCode(text: string): text is GroupCode {
  return Object.hasOwn(explanationWords.en.groupMeanings, text);
}

const spanishCodeWords: Readonly<
  Record<'carc' | 'rarc', Readonly<Partial<Record<string, CodeWords>>>>
> = { carc: carcExplanationsEs, rarc: rarcExplanationsEs };

/** A code's explanation in the language asked for; who acts and the category do not change. */
function codeWords(
  explanation: CodeExplanation,
  kind: 'carc' | 'rarc',
  code: string,
  lang: Lang,
): CodeWords {
  if (lang === 'en') return explanation;
  const table = spanishCodeWords[kind];
  // Every explained code has its Spanish (checked by type and by test); English is only a safety net.
  return (Object.hasOwn(table, code) ? table[code] : undefined) ?? explanation;
}

const groupPrefix = /^(CO|PR|OA|PI|CR)[\s-]*(?=[A-Z]?\d)/;

/** "co-050" → { code: '50', group: 'CO' }; "n130" → { code: 'N130', group: null }. */
export function normalizeCode(raw: string): { code: string; group: GroupCode | null } {
  let text = raw
    .trim()
    .toUpperCase()
    .replace(/^(?:CARC|RARC)[\s:#-]*/, '');
  let group: GroupCode | null = null;
  const prefix = groupPrefix.exec(text);
  const letters = prefix?.[1];
  if (prefix && letters !== undefined && isGroupCode(letters)) {
    group = letters;
    text = text.slice(prefix[0].length);
  }
  const code = /^\d+$/.test(text) ? String(Number(text)) : text.replace(/\s+/g, '');
  return { code, group };
}

function explainCode(raw: string, listedAs: 'carc' | 'rarc', lang: Lang): ExplainedCode | null {
  const { code, group } = normalizeCode(raw);
  if (code === '') return null;
  // A code typed into the wrong list is still explained as what it is.
  const kind: 'carc' | 'rarc' = carcCodeSet.has(code)
    ? 'carc'
    : rarcCodeSet.has(code)
      ? 'rarc'
      : listedAs;
  const listed = kind === 'carc' ? carcCodeSet.has(code) : rarcCodeSet.has(code);
  const explanation: CodeExplanation | undefined =
    kind === 'carc' ? carcExplanation(code) : rarcExplanation(code);
  const words = explanationWords[lang];
  const groupFields = {
    group,
    groupMeaning: group === null ? null : words.groupMeanings[group],
  };
  if (explanation) {
    const { meaning, planWants, howToAnswer } = codeWords(explanation, kind, code, lang);
    return {
      code,
      kind,
      ...groupFields,
      listed,
      known: true,
      meaning,
      planWants,
      howToAnswer,
      whoActs: explanation.whoActs,
      category: explanation.category ?? null,
    };
  }
  const meaning = listed ? words.listedUnknown(code) : words.unlisted(code);
  return {
    code,
    kind,
    ...groupFields,
    listed,
    known: false,
    meaning,
    planWants: null,
    howToAnswer: null,
    whoActs: null,
    category: null,
  };
}

function explainCodes(fields: DenialExplanationInput, lang: Lang): ExplainedCode[] {
  const seen = new Set<string>();
  const codes: ExplainedCode[] = [];
  const listed = [
    ...fields.carcCodes.map((raw) => ({ raw, listedAs: 'carc' as const })),
    ...fields.rarcCodes.map((raw) => ({ raw, listedAs: 'rarc' as const })),
  ];
  for (const { raw, listedAs } of listed) {
    const explained = explainCode(raw, listedAs, lang);
    if (!explained || seen.has(`${explained.kind}:${explained.code}`)) continue;
    seen.add(`${explained.kind}:${explained.code}`);
    codes.push(explained);
  }
  return codes;
}

/** The plain-language text for a denial category; `null` when the reason is not known. */
export function categoryExplanation(
  category: DenialCategory | null,
  lang: Lang = 'en',
): CategoryExplanation {
  switch (lang) {
    case 'en':
      return category === null ? unknownCategoryExplanation : categoryExplanations[category];
    case 'es':
      return category === null ? unknownCategoryExplanationEs : categoryExplanationsEs[category];
  }
}

export function explainDenial(
  fields: DenialExplanationInput,
  lang: Lang = 'en',
): DenialExplanation {
  const category = categoryExplanation(fields.denialCategory, lang);
  const words = explanationWords[lang];
  const lead = fields.noticeType === null ? null : words.noticeLeads[fields.noticeType];
  return {
    summary: lead === null ? category.meaning : `${lead} ${category.meaning}`,
    planWants: category.planWants,
    howToAnswer: steps(category, fields.noticeType, fields.program, lang),
    codes: explainCodes(fields, lang),
    notLegalAdvice: words.notLegalAdvice,
  };
}
