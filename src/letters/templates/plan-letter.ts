import type { CategoryArgument } from '../category-arguments.js';
import { factWords, isDrugDenial } from '../category-arguments.js';
import type { CitedText } from '../governing-law.js';
import type { LetterDocument, LetterFacts, LetterKind, LetterLang } from '../letter.js';
import {
  fromBlock,
  planBlock,
  printedDate,
  referenceLines,
  signatureBlock,
} from '../letter-parts.js';

/**
 * What the four letters to the plan (internal appeal, expedited appeal, external review request,
 * second-level appeal) share: the frame of the letter, the representative's clause, the plan's
 * stated reason, the request to keep ongoing care going, the reply paragraph and the guidance
 * steps. Each template writes only its ask and its own paragraphs.
 */

export type Paragraph = string | CitedText;

const cited = (text: string, ...citations: string[]): CitedText => ({ text, citations });

export interface PlanLetterParts {
  readonly kind: LetterKind;
  readonly title: string;
  readonly subject: string;
  /** The recipient block; the plan's appeals department when left out. */
  readonly to?: readonly string[];
  readonly salutation?: string;
  /** The first paragraph is the ask; empty paragraphs are dropped. */
  readonly body: readonly Paragraph[];
  readonly enclosures: readonly string[];
}

/** The letter from its parts; `citations` are gathered from the cited paragraphs, each once. */
export function planLetter(
  facts: LetterFacts,
  lang: LetterLang,
  parts: PlanLetterParts,
): LetterDocument {
  const paragraphs = parts.body.map((p) => (typeof p === 'string' ? cited(p) : p));
  return {
    kind: parts.kind,
    lang,
    title: parts.title,
    from: fromBlock(facts, lang),
    date: printedDate(facts.today, lang),
    to: parts.to ?? planBlock(facts, lang),
    subject: parts.subject,
    reference: referenceLines(facts, lang),
    salutation:
      parts.salutation ?? (lang === 'es' ? 'Estimados señores:' : 'Dear Appeals Department:'),
    body: paragraphs.map((p) => p.text).filter(Boolean),
    closing: lang === 'es' ? 'Atentamente,' : 'Sincerely,',
    signature: signatureBlock(facts, lang),
    enclosures: [...new Set(parts.enclosures)],
    citations: [...new Set(paragraphs.flatMap((p) => p.citations))],
  };
}

/** ", as the mother of Ana Ruiz," when someone writes for the patient; else nothing. */
export function onBehalf(facts: LetterFacts, lang: LetterLang): string {
  const { relationship } = facts.sender;
  if (!relationship) return '';
  return lang === 'es'
    ? `, como ${relationship} de ${facts.patient.name} y en su nombre,`
    : `, as the ${relationship} of ${facts.patient.name} and on their behalf,`;
}

/** The enclosures every letter to the plan carries: the denial notice, and the authority to act. */
export function standardEnclosures(facts: LetterFacts, lang: LetterLang): string[] {
  const dated = facts.denial.noticeDate && printedDate(facts.denial.noticeDate, lang);
  const notice =
    lang === 'es'
      ? `Copia del aviso de negación del plan${dated ? ` con fecha del ${dated}` : ''}`
      : `Copy of the plan’s denial notice${dated ? ` dated ${dated}` : ''}`;
  const authority = facts.sender.relationship
    ? [
        lang === 'es'
          ? `Autorización firmada para que ${facts.sender.name} actúe en nombre de ${facts.patient.name}`
          : `Signed authorization for ${facts.sender.name} to act for ${facts.patient.name}`,
      ]
    : [];
  return [notice, ...authority];
}

/** The plan's reason in its own words, quoted, when the case has it. */
export function statedReason(facts: LetterFacts, lang: LetterLang, final = false): string {
  const reason = facts.denial.statedReason?.trim();
  if (!reason) return '';
  const dated = facts.denial.noticeDate && printedDate(facts.denial.noticeDate, lang);
  // English keeps the plan's own end mark inside the quotation and adds one only if it has none;
  // Spanish puts the sentence's period after the closing «», so a final period inside is dropped.
  const end = /[.!?]$/.test(reason) ? '' : '.';
  if (lang === 'es') {
    const which = final ? 'decisión sobre mi apelación' : 'aviso';
    return `${dated ? `En su ${which} del ${dated}, el plan` : 'El plan'} dio esta razón: «${reason.replace(/\.+$/, '')}». Las razones que siguen responden a ella.`;
  }
  const which = final ? 'decision on my appeal' : 'notice';
  return `${dated ? `In its ${which} dated ${dated}, the plan` : 'The plan'} gave this reason: “${reason}”${end} The reasons below answer it.`;
}

// Ongoing care the plan cuts short: ACA plans must keep covering it pending the appeal,
// 42 U.S.C. 300gg-19(a)(1)(C) (appeal-rules.md §1, high); Medicaid benefits continue on a timely
// appeal, 42 CFR 438.420 (§4, high). No such rule for Medicare Advantage in the reference.
export function continuedCoverage(facts: LetterFacts, lang: LetterLang): Paragraph {
  if (facts.denial.urgency !== 'concurrent') return '';
  const en = lang === 'en';
  switch (facts.plan.program) {
    case 'employer-group':
    case 'individual-market':
      return en
        ? cited(
            'Because this decision reduces or ends an ongoing course of treatment, I ask that coverage continue while this appeal is pending (42 U.S.C. 300gg-19(a)(1)(C)).',
            '42 U.S.C. 300gg-19(a)(1)(C)',
          )
        : cited(
            'Como esta decisión reduce o termina un tratamiento en curso, pido que la cobertura continúe mientras se decide esta apelación (42 U.S.C. 300gg-19(a)(1)(C)).',
            '42 U.S.C. 300gg-19(a)(1)(C)',
          );
    case 'medicaid-managed-care':
      return en
        ? cited(
            `I ask that ${facts.patient.name}’s benefits continue while this appeal is decided (42 CFR 438.420).`,
            '42 CFR 438.420',
          )
        : cited(
            `Pido que los beneficios de ${facts.patient.name} continúen mientras se decide esta apelación (42 CFR 438.420).`,
            '42 CFR 438.420',
          );
    case 'medicare-advantage':
      return '';
  }
}

/**
 * Where to send the decision, and how to reach the sender for anything missing. `answer`: the
 * recipient does not decide (the plan, asked to pass a request on), so it is asked for a reply.
 */
export function replyParagraph(
  facts: LetterFacts,
  lang: LetterLang,
  expects: 'decision' | 'answer' = 'decision',
): string {
  const { phone, email } = facts.sender;
  if (lang === 'es') {
    const reach = [phone && `al ${phone}`, email && `a ${email}`].filter(Boolean).join(' o ');
    return expects === 'decision'
      ? `Le pido que me envíe su decisión por escrito a la dirección de arriba. Si necesita algo más para decidir, comuníquese conmigo cuanto antes${reach ? ` ${reach}` : ''}.`
      : `Le pido que me responda por escrito a la dirección de arriba. Si necesita algo más de mí, comuníquese conmigo cuanto antes${reach ? ` ${reach}` : ''}.`;
  }
  const reach = [phone, email].filter(Boolean).join(' or ');
  return expects === 'decision'
    ? `Please send your decision in writing to the address above. If you need anything more to decide, please contact me right away${reach ? ` at ${reach}` : ''}.`
    : `Please send your answer in writing to the address above. If you need anything more from me, please contact me right away${reach ? ` at ${reach}` : ''}.`;
}

/** The steps every letter to the plan starts with: check, sign, enclose copies. */
export function firstSteps(lang: LetterLang): string[] {
  return lang === 'es'
    ? [
        'Lea la carta y corrija lo que esté mal.',
        'Imprima y firme la carta.',
        'Agregue copias (nunca originales) de los papeles de la lista de documentos adjuntos.',
      ]
    : [
        'Read the letter and fix anything that is wrong.',
        'Print and sign the letter.',
        'Add copies (never originals) of the papers listed under Enclosures.',
      ];
}

/** How to send it, so the date can be proved. */
export const sendStep = (lang: LetterLang) =>
  lang === 'es'
    ? 'Envíela por fax o por correo certificado. Guarde el recibo y una copia de todo.'
    : 'Send it by fax or certified mail. Keep the receipt and a copy of everything.';

/** When: the deadline date is on the case, not in the letter's facts. */
export const deadlineStep = (lang: LetterLang) =>
  lang === 'es'
    ? 'Envíela antes de la fecha límite que aparece en su caso.'
    : 'Send it before the deadline shown on your case.';

/**
 * The care at issue as one phrase: "MRI of the lumbar spine from Dr. Lena Ortiz on September 2,
 * 2026, for Ana Ruiz (claim C123)"; in Spanish it starts with its article ("el servicio «…»"),
 * so callers put `de(…)` before it.
 */
export function careAtIssue(facts: LetterFacts, lang: LetterLang): string {
  const w = factWords(facts, lang);
  const provider = facts.claim.provider?.trim();
  const claim = facts.claim.claimNumber;
  return lang === 'es'
    ? `${w.service}${provider ? ` ${isDrugDenial(facts.denial.category) ? 'recetado' : 'prestado'} por ${provider}` : ''}${w.onDate} a ${w.patient}${claim ? ` (reclamo ${claim})` : ''}`
    : `${w.service}${provider ? ` from ${provider}` : ''}${w.onDateMid} for ${w.patient}${claim ? ` (claim ${claim})` : ''}`;
}

/** The argument's paragraphs for a letter body; its citations ride on an empty paragraph. */
export function argumentBody(argument: CategoryArgument): Paragraph[] {
  return [...argument.paragraphs, { text: '', citations: argument.citations }];
}
