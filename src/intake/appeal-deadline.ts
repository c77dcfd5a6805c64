import type { NoticeType } from '../cases/case-terms.js';

/**
 * How many days the notice gives to ask for the next review it offers: the internal appeal /
 * reconsideration / grievance after an initial decision or EOB, external review or a State Fair
 * Hearing after a final one. Decision timeframes, "72 hours", "10 days to keep services" and
 * filing limits are other numbers, not this one.
 */

export interface DeadlineFinding {
  readonly days: number | null;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
}

const numberWords: Readonly<Record<string, number>> = {
  thirty: 30,
  sixty: 60,
  ninety: 90,
  'one hundred twenty': 120,
  'one hundred eighty': 180,
};

// A number in words may be followed by its digits ("sixty-five (65) days"): the digits decide.
const daysRe =
  /\b(?:(?:[a-z]+[\s-]+){0,3}[a-z]+\s*\((\d{1,3})\)|(\d{1,3})(?:\s*\(\d{1,3}\))?|(thirty|sixty|ninety|one hundred (?:and )?(?:twenty|eighty)))[\s-]+(?:calendar\s+)?days?\b/gi;

const asksForReview =
  /\b(?:appeals?|reconsider(?:ations?)?|redeterminations?|grievances?|fair hearings?|hearings?|external reviews?|independent reviews?)\b|\b(?:request|ask for|file|submit)\s+(?:a |an )?(?:new |second |further )?review\b/i;
/** A sentence that carries on the one before: "You may ask for an appeal. You must ask within 60 days." */
const carriesOn =
  /^\s*(?:(?:your|the|this) request\b|you (?:must|need to|have to) (?:ask|file|send|submit|request|call|write|do (?:so|this))\b|(?:it|this) must be (?:filed|received|sent|made|submitted)\b)/i;
const notTheDeadline =
  /\bwe (?:will|must|'ll) (?:send|decide|answer|make|give|notify|tell|review|respond)|decided within|(?<!\b(?:appeal|challenge|dispute|contest) (?:this|our|the|that) )decision within|(?:decide|answer|respond|(?<!\b(?:a|an|new|second|further) )review)s? (?:it |your [a-z]+ )?within|keep (?:getting|giving|your)|continue|business days|peer|usually decided|to be decided|receives? the case|filing limit|after the date of service|more than/i;
const nextLevel = /external review|independent review|fair hearing|\bhearing\b|\bIRO\b/i;

interface Candidate {
  readonly days: number;
  readonly start: number;
  readonly end: number;
  readonly external: boolean;
}

function candidatesOf(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  // A period inside a word ("my.plan.com", "0.5 mg") ends no sentence.
  const sentenceRe = /(?:[^.!?]|[.!?](?=\S))+[.!?]?/g;
  let previous = '';
  for (const s of text.matchAll(sentenceRe)) {
    const sentence = s[0].replace(/\s+/g, ' ');
    // "You may ask for an external review. Your request must be filed within 120 days …"
    const context = carriesOn.test(sentence) ? `${previous} ${sentence}` : sentence;
    previous = sentence;
    if (!asksForReview.test(context) || notTheDeadline.test(sentence)) continue;
    for (const m of s[0].matchAll(daysRe)) {
      const word = (m[1] ?? m[2] ?? m[3] ?? '')
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(' and ', ' ');
      const days = numberWords[word] ?? Number(word);
      if (!Number.isFinite(days) || days < 7) continue;
      const start = s.index + m.index;
      candidates.push({ days, start, end: start + m[0].length, external: nextLevel.test(context) });
    }
  }
  return candidates;
}

export function findAppealDeadlineDays(
  text: string,
  noticeType: NoticeType | null,
): DeadlineFinding {
  const candidates = candidatesOf(text);
  const wanted = noticeType === 'final-internal-appeal-denial';
  const chosen = candidates.find((c) => c.external === wanted);
  if (chosen === undefined) return { days: null, start: 0, end: 0, confidence: 0.4 };
  return { days: chosen.days, start: chosen.start, end: chosen.end, confidence: 0.75 };
}
