import type { LetterGuidance, LetterLang } from '../letters/letter.js';
import { quoted } from '../letters/templates/support-letter-text.js';
import type { OpinionLetterFacts } from './opinion-letter.js';

/**
 * Phrases both second-opinion letters share, in English and Spanish. The appeal letters' sentence
 * on legal advice speaks of "your appeal"; a second opinion is not one yet, so these letters say it
 * of the request.
 */

const notLegalAdvice = {
  en: 'This is general information, not legal advice. It cannot promise how your request will be answered.',
  es: 'Esta es información general, no es asesoría legal. No puede prometer cómo se responderá su solicitud.',
} as const;

/** The guidance of a second-opinion letter: its steps, and the one sentence on legal advice. */
export function opinionGuidanceOf(lang: LetterLang, steps: readonly string[]): LetterGuidance {
  return { lang, steps, notLegalAdvice: notLegalAdvice[lang] };
}

/**
 * The person's question, quoted, ending a sentence: “Do I need surgery?” keeps its own mark; a
 * question typed without one gets a period after the quote.
 */
export function quotedQuestion(
  facts: Pick<OpinionLetterFacts, 'question'>,
  lang: LetterLang,
): string {
  const text = quoted(facts.question, lang);
  return lang === 'en' && /[.?!]$/.test(facts.question.trim()) ? text : `${text}.`;
}

/** "for me" or "for Ana Ruiz": whose second opinion, as the signer says it. */
export function forWhom(facts: Pick<OpinionLetterFacts, 'sender' | 'patient'>, lang: LetterLang) {
  if (!facts.sender.relationship) return lang === 'es' ? 'para mí' : 'for me';
  return lang === 'es' ? `para ${facts.patient.name}` : `for ${facts.patient.name}`;
}
