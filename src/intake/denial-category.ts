import type { DenialCategory } from '../cases/case-terms.js';
import { carcCategories } from './carc-categories.js';

/**
 * Why the plan said no, from the letter's own words: ordered phrase rules (the more specific
 * first), tried on the sentences that give the reason before the rest of the notice, whose
 * boilerplate (appeal rights, external review) names many reasons it does not apply. CARCs
 * decide only when no phrase does.
 */

interface PhraseRule {
  readonly category: DenialCategory;
  readonly pattern: RegExp;
  /** The sentence must also say this (e.g. speak of a drug), or the rule does not apply. */
  readonly within?: RegExp;
}

/** Words of a drug: "try X first" is step therapy only for drugs ("home exercise tried first" is not). */
const drugWords =
  /\b(?:drugs?|medications?|medicines?|prescriptions?|generic|brand|formulary|tablets?|capsules?|injections?|infusions?|inhalers?|\d+ ?mg|NDC|pharmacy)\b/i;

const phraseRules: readonly PhraseRule[] = [
  { category: 'step-therapy', pattern: /step[- ]therapy|fail[- ]first/i },
  {
    category: 'step-therapy',
    pattern:
      /(?:tried|try|trial of)\b[^.]{0,80}\bfirst\b|\bfirst (?:try|tried|use|fail)\b|(?:must|should|need to) (?:try|use)\b[^.]{0,80}\bbefore\b/i,
    within: drugWords,
  },
  {
    category: 'formulary',
    pattern:
      /not (?:on|in(?:cluded (?:on|in))?) (?:the |our |your )?(?:plan's )?(?:formulary|drug list|preferred drug list|medical drug list|list of covered drugs)|non-?formulary|non-?preferred (?:drug|medication|brand|product)|quantity limit|formulary (?:exception|limit)|exceeds? the (?:plan's )?(?:quantity|dose|dosing) limit/i,
  },
  {
    category: 'timely-filing',
    pattern:
      /timely filing|filing (?:limit|deadline)|(?:filed|received|submitted|arrived)\b[^.]{0,60}\b(?:after|past|beyond|more than)\b[^.]{0,40}\b(?:limit|deadline|days|year|months)/i,
  },
  {
    category: 'duplicate',
    pattern:
      /duplicate|(?<!n['’]t |not )already (?:been )?(?:processed|paid|submitted)|same service[^.]{0,40}already/i,
  },
  {
    category: 'coordination-of-benefits',
    pattern:
      /coordination of benefits|other (?:health )?(?:insurance|coverage)|(?:should|must|to) (?:pay|process[^.]{0,30}) first|primary (?:payer|insurance|carrier|plan)|another (?:payer|insurer|plan)/i,
  },
  {
    category: 'eligibility',
    pattern:
      /coverage (?:for this member )?(?:ended|ends|terminated|was terminated|had ended|not in effect|had not (?:yet )?started|began)|not eligible|no(?:t)? (?:active )?coverage on|(?:was|were) not (?:enrolled|covered) on|eligibility/i,
  },
  { category: 'referral', pattern: /\breferral\b/i },
  {
    category: 'out-of-network',
    pattern:
      /out[- ]of[- ]network|not (?:in|part of) (?:the |our |your )?(?:plan's )?network|non-?participating|not (?:provided|furnished) by (?:a )?network/i,
  },
  {
    category: 'prior-authorization',
    pattern:
      /(?:prior |pre-?)?(?:authorization|approval|precertification|pre-?certification)\b[^.]{0,60}\b(?:not|never) (?:obtained|requested|received|on file)|without (?:a |an |the )?(?:prior )?(?:authorization|approval|precertification)|no (?:prior )?authorization|no record of (?:a |an |the )?(?:prior )?(?:authorization|approval|precertification)|authorization[^.]{0,40}(?:does not|did not) (?:cover|include|match)|precertification[^.]{0,40}not obtained/i,
  },
  {
    category: 'missing-documentation',
    pattern:
      /(?:records|information|documentation|notes)\b[^.]{0,80}\b(?:not (?:been )?received|were not (?:sent|provided)|was not (?:sent|provided)|did not receive|have not received)|did not (?:receive|get) (?:the )?(?:requested |additional )?(?:records|information|documentation)|did not (?:send|provide|submit|give us) (?:us )?(?:the |all )?(?:[a-z]+ ){0,3}(?:records|information|documentation|notes|reports)\b|(?:asked|requested)\b[^.]{0,160}\b(?:did not|have not|never) (?:receive|get)|additional information|missing (?:records|information|documentation)/i,
  },
  { category: 'experimental', pattern: /experimental|investigational|unproven/i },
  {
    category: 'coding-error',
    pattern:
      /\bmodifier\b|bundled|inconsistent with|invalid (?:code|procedure|diagnosis|NDC|units?)|without (?:a )?valid (?:NDC|code|procedure code|diagnosis code)|units? (?:billed )?(?:is|are|was|were) (?:not correct|incorrect|invalid)|incorrect(?:ly)? (?:code|coded|billed|units?)|does not (?:match|support) the (?:procedure|diagnosis)|part of (?:another|the) (?:procedure|service)/i,
  },
  {
    category: 'medical-necessity',
    pattern:
      /not medically necessary|medical(?:ly)? necess|criteria\b(?:[^.]|\.\d){0,60}?\b(?:were|are|was|is) not met|(?:does|did) not meet (?:the )?(?:plan's |our )?(?:clinical |medical )?(?:criteria|guidelines|policy)|(?:do|does|did) not (?:show|document|demonstrate|support) that (?:you|the (?:patient|member)) meets? [^.]{0,40}\b(?:criteria|guidelines)|not reasonable and necessary|(?:guidelines|criteria|clinical policy)\b[^.]{0,80}\bnot (?:supported|indicated)\b|cosmetic/i,
  },
  {
    category: 'not-covered',
    pattern:
      /not a covered (?:benefit|service)|not covered under|is not covered|excluded|exclusions?\b|non-?covered|not a benefit/i,
  },
  {
    category: 'other',
    pattern:
      /benefit maximum|visit limit|limit (?:has been|was) (?:reached|met|used)|maximum (?:number|benefit)/i,
  },
];

/** Sentences that state the reason, rather than rights and boilerplate. */
const reasonSentence =
  /\bbecause\b|\breason\b|we denied|we (?:have|are) den(?:ied|ying)\b|was denied|is denied|has been denied|cannot (?:be )?(?:pay|paid|approve)|not able to (?:pay|approve)|upheld|did not change|continue to deny|we cannot|codes? mean|means:|message about|^\s*(?:CO|PR|OA|PI)-\d/i;

/** "The reason:", "We denied it for this reason:": what follows is the reason itself. */
const isReasonLead = (sentence: string | undefined): boolean =>
  sentence !== undefined && sentence.endsWith(':') && reasonSentence.test(sentence);

export interface CategoryDecision {
  readonly category: DenialCategory;
  /** The phrase that decided it. */
  readonly evidence: string | null;
  /** The whole sentence it stands in: the plan's reason, in its own words. */
  readonly sentence: string | null;
  readonly confidence: number;
}

function sentencesOf(text: string): string[] {
  // A blank line ends a sentence too: a block of labels above a paragraph is not part of it.
  return text
    .split(/\n[ \t]*\n/)
    .flatMap((paragraph) => withoutHeadings(paragraph).flatMap(sentencesOfParagraph));
}

/**
 * A short heading on a line of its own ("The reason", "Why we denied it") stands alone: the plan's
 * reason is the sentence under it, not the heading run into it. A heading starts a paragraph or
 * follows a finished sentence, and a capital letter starts the line after it; a line a sentence
 * merely wrapped onto is neither. The heading becomes "Heading:", so that the sentence under a
 * reason's heading counts as a reason (`isReasonLead`).
 */
function withoutHeadings(paragraph: string): string[] {
  const lines = paragraph.split('\n');
  const chunks: string[][] = [[]];
  lines.forEach((line, i) => {
    const startsAfresh = i === 0 || /[.!?:]$/.test((lines[i - 1] ?? '').trim());
    const heading =
      /^[A-Z][^.!?:;,]{0,30}$/.test(line.trim()) &&
      line.trim().split(/\s+/).length <= 4 &&
      startsAfresh &&
      /^[A-Z]/.test((lines[i + 1] ?? '').trim());
    // Marked with a colon: "The reason:" introduces the sentence under it.
    if (heading) chunks.push([`${line.trim()}:`], []);
    else chunks[chunks.length - 1]?.push(line);
  });
  return chunks.map((chunk) => chunk.join('\n')).filter((chunk) => chunk.trim() !== '');
}

function sentencesOfParagraph(text: string): string[] {
  return (
    text
      .replace(/\s+/g, ' ')
      // A period before a lowercase word ends no sentence: an abbreviation, or a speck OCR read
      // as a period ("can be used. in your home"), which would cut a reason in two.
      .replace(/\.(?= [a-z])/g, ' ')
      .split(/(?<=[.!?])\s+(?=[A-Z"(])/)
      .map((s) => s.trim())
      .filter((s) => s !== '')
  );
}

function firstRule(
  sentences: readonly string[],
): { rule: PhraseRule; evidence: string; sentence: string } | null {
  for (const rule of phraseRules) {
    for (const sentence of sentences) {
      const m = rule.pattern.exec(sentence);
      if (m && (!rule.within || rule.within.test(sentence)))
        return { rule, evidence: m[0], sentence };
    }
  }
  return null;
}

/**
 * Forms (the Medicare Integrated Denial Notice, many Medicaid notices) list every reason with a
 * box and tick the ones that apply: an unticked reason ("[ ] … you did not get a referral") is
 * not the plan's reason, up to the end of its sentence.
 */
function withoutUntickedBoxes(text: string): string {
  return text.replace(/^[ \t]*(?:\[ ?\]|☐|□|\( \))[^.]*\.?/gm, '');
}

export function decideDenialCategory(
  printed: string,
  carcCodes: readonly string[] = [],
): CategoryDecision {
  const text = withoutUntickedBoxes(printed);
  const sentences = sentencesOf(text);
  const reasons = sentences.filter(
    (s, i) => reasonSentence.test(s) || isReasonLead(sentences[i - 1]),
  );
  const fromReasons = firstRule(reasons);
  if (fromReasons)
    return {
      category: fromReasons.rule.category,
      evidence: fromReasons.evidence,
      sentence: fromReasons.sentence,
      confidence: 0.8,
    };
  for (const code of carcCodes) {
    const category = carcCategories[code];
    if (category !== undefined)
      return { category, evidence: `reason code ${code}`, sentence: null, confidence: 0.6 };
  }
  // Not rights boilerplate ("If you …", "You may …"), such as the No Surprises Act notice many
  // statements carry, which names out-of-network care in general; nor a table of figures
  // ("OUT-OF-NETWORK Deductible $424.88 / $3,400").
  // Legally required inserts (surprise-billing rights, nondiscrimination, language help) follow
  // the letter itself and say nothing about why this claim was denied.
  const insert = text.search(
    /surprise (?:medical )?bills|discrimination is against the law|notice of nondiscrimination|language assistance services/i,
  );
  const body = insert > 0 ? sentencesOf(text.slice(0, insert)) : sentences;
  const prose = body.filter(
    (s) =>
      !/surprise bill|balance bill|\bif you\b|\bwhen you\b|\byou (?:may|can|also)\b/i.test(s) &&
      (s.match(/\$/g)?.length ?? 0) < 2,
  );
  const fromAll = firstRule(prose);
  if (fromAll)
    return {
      category: fromAll.rule.category,
      evidence: fromAll.evidence,
      sentence: fromAll.sentence,
      confidence: 0.4,
    };
  return { category: 'other', evidence: null, sentence: null, confidence: 0.2 };
}
