import type { LetterFacts, LetterLang, LetterTemplate } from '../letter.js';
import {
  blankLine,
  fromBlock,
  guidanceOf,
  printedDate,
  referenceLines,
  signatureBlock,
} from '../letter-parts.js';
import type { Regulator } from './regulators.js';
import { regulatorFor } from './regulators.js';
import {
  careDescription,
  claimNumberSuffix,
  closing,
  quoted,
  representativeEnclosure,
  representativeSentence,
} from './support-letter-text.js';

/**
 * A complaint to the regulator of the plan (see regulators.ts for who that is). It asks the agency
 * to look into how the plan handled the claim, states the plan's duty in general terms (the rule
 * that governs each kind of plan, appeal-rules.md §1, §3, §4, high confidence), and leaves one
 * bracketed space for the person's own account. A complaint is not an appeal: the guidance says
 * to keep every appeal deadline.
 */

function lawParagraph(
  regulator: Regulator,
  lang: LetterLang,
): { text: string; citations: string[] } {
  const es = lang === 'es';
  switch (regulator.kind) {
    case 'state-insurance':
      return {
        citations: ['45 CFR 147.136'],
        text: es
          ? 'Mi plan debe seguir las reglas de reclamos, apelaciones internas y revisión externa de 45 CFR 147.136, además de las leyes de este estado.'
          : 'My plan must follow the claims, internal appeal and external review rules of 45 CFR 147.136, as well as the laws of this state.',
      };
    case 'ebsa':
      return {
        citations: ['29 CFR 2560.503-1'],
        text: es
          ? 'Mi plan es un plan de empleador autofinanciado regido por ERISA. Debe seguir la regla de procedimiento de reclamos de 29 CFR 2560.503-1, que incluye una revisión completa y justa de mi apelación.'
          : 'My plan is a self-funded employer plan governed by ERISA. It must follow the claims procedure rule of 29 CFR 2560.503-1, including a full and fair review of my appeal.',
      };
    case 'medicare':
      return {
        citations: ['42 CFR Part 422, Subpart M'],
        text: es
          ? 'Mi plan Medicare Advantage debe seguir las reglas de Medicare sobre determinaciones, quejas y apelaciones (42 CFR Part 422, Subpart M).'
          : 'My Medicare Advantage plan must follow Medicare’s rules on organization determinations, grievances and appeals (42 CFR Part 422, Subpart M).',
      };
    case 'state-medicaid':
      return {
        citations: ['42 CFR Part 438, Subpart F'],
        text: es
          ? 'Mi plan de Medicaid debe seguir las reglas federales de quejas y apelaciones de la atención administrada (42 CFR Part 438, Subpart F).'
          : 'My Medicaid plan must follow the federal managed care grievance and appeal rules (42 CFR Part 438, Subpart F).',
      };
  }
}

function body(facts: LetterFacts, lang: LetterLang, regulator: Regulator) {
  const es = lang === 'es';
  const { insurer } = facts.plan;
  const care = careDescription(facts, lang);
  const claim = claimNumberSuffix(facts, lang);
  const noticeDate = facts.denial.noticeDate && printedDate(facts.denial.noticeDate, lang);
  const reason = facts.denial.statedReason;
  const law = lawParagraph(regulator, lang);
  const ask = es
    ? `Le pido a su oficina que revise cómo ${insurer} manejó mi reclamo por ${care}${claim}, y que me ayude a obtener una revisión completa y justa.`
    : `I ask your office to look into how ${insurer} handled my claim for ${care}${claim}, and to help me get a full and fair review.`;
  const denied = es
    ? `${insurer} negó el reclamo${noticeDate ? ` en un aviso con fecha del ${noticeDate}` : ''}.${reason ? ` La razón que dio fue: ${quoted(reason, lang)}.` : ''}`
    : `${insurer} denied the claim${noticeDate ? ` in a notice dated ${noticeDate}` : ''}.${reason ? ` The reason it gave was: ${quoted(reason, lang)}${/[.!?]$/.test(reason.trim()) ? '' : '.'}` : ''}`;
  const story = es
    ? '[Describa lo que salió mal y lo que ya hizo: llamadas, apelaciones, fechas y números de referencia.]'
    : '[Describe what went wrong and what you have done so far: calls, appeals, dates and reference numbers.]';
  const requests = es
    ? 'Le pido que revise cómo el plan manejó este reclamo, que le pida al plan que explique su decisión, y que me informe de cualquier otra ayuda o revisión a la que yo tenga derecho.'
    : 'I ask that you review the plan’s handling of this claim, ask the plan to explain its decision, and tell me about any other help or review I may be entitled to.';
  // The records released are the patient's, whoever writes.
  const records = facts.sender.relationship
    ? es
      ? `los registros de ${facts.patient.name}`
      : `${facts.patient.name}’s records`
    : es
      ? 'mis registros'
      : 'my records';
  const consent = es
    ? `Adjunto copias de la negación y de los papeles relacionados. Autorizo que comparta esta queja con mi plan, y que el plan le entregue ${records}, para esta revisión. Gracias por su atención.`
    : `I enclose copies of the denial and related papers. I authorize you to share this complaint with my plan, and the plan to give you ${records}, for this review. Thank you for your attention.`;
  return {
    body: [ask, ...representativeSentence(facts, lang), denied, story, law.text, requests, consent],
    citations: law.citations,
  };
}

function recipient(regulator: Regulator, lang: LetterLang): string[] {
  const es = lang === 'es';
  const name = regulator.generic
    ? es
      ? regulator.kind === 'state-insurance'
        ? 'Departamento de Seguros del estado'
        : 'Agencia de Medicaid del estado'
      : regulator.name
    : regulator.name;
  return [
    regulator.alternative && regulator.kind === 'state-insurance'
      ? `${name} ${es ? 'o' : 'or'} ${regulator.alternative}`
      : name,
    es ? 'Quejas de consumidores' : 'Consumer Complaints',
    `${es ? 'Dirección' : 'Address'}: ${blankLine}`,
  ];
}

function guidanceSteps(facts: LetterFacts, lang: LetterLang, regulator: Regulator): string[] {
  const es = lang === 'es';
  const steps: string[] = [
    es
      ? 'Llene la parte entre [corchetes] con lo que pasó, en sus propias palabras. Use fechas y hechos.'
      : 'Fill in the part in [brackets] with what happened, in your own words. Stick to dates and facts.',
  ];
  const contact = regulator.phone
    ? es
      ? ` El teléfono es ${regulator.phone}.`
      : ` Its phone number is ${regulator.phone}.`
    : '';
  switch (regulator.kind) {
    case 'state-insurance':
      if (regulator.generic) {
        steps.push(
          es
            ? 'Busque el departamento de seguros de su estado en content.naic.org o en los papeles de su plan. Escriba su dirección en la carta.'
            : 'Find your state’s department of insurance at content.naic.org or on your plan’s papers. Write its address on the letter.',
        );
      } else if (regulator.alternative) {
        steps.push(
          es
            ? `Los planes HMO y la mayoría de los de Covered California van al ${regulator.name}. La mayoría de los planes PPO van al ${regulator.alternative}. Su tarjeta del plan dice cuál. Tache el otro.`
            : `HMOs and most Covered California plans go to the ${regulator.name}. Most PPO plans go to the ${regulator.alternative}. Your plan card says which. Cross out the other one.`,
        );
      } else {
        steps.push(
          es
            ? `Puede presentar la queja en línea y adjuntar esta carta.${contact}`
            : `You can file online and attach this letter.${contact}`,
        );
      }
      if (facts.plan.program === 'employer-group' && facts.plan.funding !== 'fully-insured') {
        steps.push(
          es
            ? 'Si el plan de su trabajo es autofinanciado, envíe la queja al Departamento de Trabajo de EE. UU. (EBSA).'
            : 'If your job’s plan is self-funded, send this to the U.S. Department of Labor (EBSA) instead.',
        );
      }
      break;
    case 'ebsa':
      steps.push(
        es
          ? `Puede presentar la queja en askebsa.dol.gov y adjuntar esta carta.${contact}`
          : `You can file at askebsa.dol.gov and attach this letter.${contact}`,
      );
      break;
    case 'medicare':
      steps.push(
        es
          ? 'Llame al 1-800-MEDICARE (1-800-633-4227) para presentar la queja. Lea lo que dice esta carta y pida un número de caso.'
          : 'Call 1-800-MEDICARE (1-800-633-4227) to make the complaint. Read from this letter, and ask for a case number.',
      );
      break;
    case 'state-medicaid':
      steps.push(
        regulator.generic
          ? es
            ? 'Busque la agencia de Medicaid de su estado en medicaid.gov. Escriba su dirección en la carta.'
            : 'Find your state’s Medicaid agency at medicaid.gov. Write its address on the letter.'
          : es
            ? `También puede llamar a ${regulator.alternative ?? regulator.name}.${contact}`
            : `You can also call the ${regulator.alternative ?? regulator.name}.${contact}`,
      );
      break;
  }
  steps.push(
    es
      ? 'Una queja no reemplaza su apelación. Siga cumpliendo los plazos de su apelación.'
      : 'A complaint does not take the place of your appeal. Keep meeting your appeal deadlines.',
    es
      ? 'Guarde una copia y anote la fecha en que la envió.'
      : 'Keep a copy and write down the date you sent it.',
  );
  return steps;
}

export const regulatorComplaint: LetterTemplate = {
  kind: 'regulator-complaint',
  audience: 'regulator',
  requires: [
    { path: 'patient.name', label: 'patient’s name' },
    { path: 'plan.insurer', label: 'insurer' },
    { path: 'plan.memberId', label: 'member ID' },
  ],
  write(facts, lang) {
    const es = lang === 'es';
    const regulator = regulatorFor(facts.plan);
    const { body: paragraphs, citations } = body(facts, lang, regulator);
    return {
      document: {
        kind: 'regulator-complaint',
        lang,
        title: es ? 'Queja ante el regulador' : 'Complaint to the regulator',
        from: fromBlock(facts, lang),
        date: printedDate(facts.today, lang),
        to: recipient(regulator, lang),
        subject: es
          ? `Queja sobre ${facts.plan.insurer}: manejo de mi reclamo`
          : `Complaint about ${facts.plan.insurer}: handling of my claim`,
        reference: referenceLines(facts, lang),
        salutation: es ? 'A quien corresponda:' : 'Dear Consumer Services:',
        body: paragraphs,
        closing: closing(lang),
        signature: signatureBlock(facts, lang),
        enclosures: [
          ...(es
            ? [
                'Copia de la carta de negación',
                'Copias de mis apelaciones y de las respuestas del plan',
              ]
            : ['Copy of the denial letter', 'Copies of my appeals and the plan’s answers']),
          ...representativeEnclosure(facts, lang),
        ],
        citations,
      },
      guidance: guidanceOf(lang, guidanceSteps(facts, lang, regulator)),
    };
  },
};
