import type { Lang } from '../common/lang.js';
import {
  callDirections,
  callOutcomes,
  partyKinds,
  type CallDirection,
  type CallOutcome,
  type PartyKind,
} from './call.js';

/**
 * The words of the call log in English and Spanish ("usted", plain and warm): the labels, the
 * reminders after a call, and the supervisor suggestion with its script. What the person wrote
 * about a call (who, what was said, the question) stays as they wrote it.
 */

const directionsEs: Record<CallDirection, string> = {
  outgoing: 'Usted les llamó',
  incoming: 'Ellos le llamaron',
};

const partiesEs: Record<PartyKind, string> = {
  plan: 'El plan de salud',
  provider: 'Un médico, un hospital o su oficina de facturación',
  reviewer: 'El revisor externo',
  regulator: 'El departamento de seguros del estado u otra agencia reguladora',
  other: 'Otra persona',
};

const outcomesEs: Record<CallOutcome, string> = {
  progress: 'Hubo avances',
  'no-progress': 'No hubo avances',
  resolved: 'Se resolvió',
};

export const directionLabel = (direction: CallDirection, lang: Lang): string =>
  lang === 'es' ? directionsEs[direction] : callDirections[direction];

export const partyLabel = (party: PartyKind, lang: Lang): string =>
  lang === 'es' ? partiesEs[party] : partyKinds[party];

export const outcomeLabel = (outcome: CallOutcome, lang: Lang): string =>
  lang === 'es' ? outcomesEs[outcome] : callOutcomes[outcome];

export interface CallWords {
  readonly reminders: {
    readonly reference: string;
    readonly person: string;
    readonly promiseDate: string;
  };
  readonly supervisorWhy: (count: number, topic: string) => string;
  readonly script: (count: number) => string[];
  readonly tip: string;
}

export const callWords: Record<Lang, CallWords> = {
  en: {
    reminders: {
      reference: 'Ask for a reference number on every call. Write it down with the date.',
      person: 'Ask for the name and ID of the person you speak with, and write them down.',
      promiseDate: 'They promised something, but not by when. Call back and ask for a date.',
    },
    supervisorWhy: (count, topic) =>
      `You have called ${count} times about “${topic}” with no progress. It is time to ask for a supervisor.`,
    script: (count) => [
      `I have called ${count} times about this, and it is still not solved. I would like to speak with a supervisor, please.`,
      'May I have your name and your employee ID?',
      'What is the reference number for this call?',
      'When will a decision be made? Please send me that date in writing.',
      'If a supervisor cannot talk now, please have one call me back. When should I expect the call?',
    ],
    // 29 CFR 2560.503-1(h)(2)(iii), (m)(8): call notes are part of the claim file (the citation goes out beside the tip).
    tip: 'For employer and ACA plans, notes and recordings of calls about your claim are part of your claim file. You can ask for a free copy.',
  },
  es: {
    reminders: {
      reference: 'Pida un número de referencia en cada llamada. Anótelo junto con la fecha.',
      person:
        'Pida el nombre y el número de identificación de la persona con quien habla, y anótelos.',
      promiseDate:
        'Le prometieron algo, pero no le dijeron para cuándo. Vuelva a llamar y pida una fecha.',
    },
    supervisorWhy: (count, topic) =>
      `Usted ha llamado ${count} veces sobre “${topic}” sin avances. Es hora de pedir hablar con un supervisor.`,
    script: (count) => [
      `He llamado ${count} veces por este asunto y todavía no se ha resuelto. Quisiera hablar con un supervisor, por favor.`,
      '¿Me puede dar su nombre y su número de empleado?',
      '¿Cuál es el número de referencia de esta llamada?',
      '¿Cuándo se tomará una decisión? Por favor, envíeme esa fecha por escrito.',
      'Si un supervisor no puede atenderme ahora, por favor pida que me devuelva la llamada. ¿Cuándo debo esperarla?',
    ],
    // 29 CFR 2560.503-1(h)(2)(iii), (m)(8), as in English.
    tip: 'En los planes de empleador y de la ACA, las notas y grabaciones de las llamadas sobre su reclamación forman parte del expediente de su reclamación. Puede pedir una copia gratis.',
  },
};
