import type { Unknown } from './rule-matching.js';
import { ruleActionEs, ruleNoteEs } from './deadline-rules-es.js';
import type { DeadlineWords, NextNotice } from './deadline-words-shape.js';

/**
 * The deadline engine's words in Spanish ("usted", plain and warm), twin of the English in
 * `deadline-wording.ts`. Citations and the names of laws and agencies stay as written.
 */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const unknownWords: Record<Unknown, string> = {
  funding:
    'si su empleador paga las reclamaciones por su cuenta (plan autofinanciado) o compra un seguro (plan totalmente asegurado)',
  urgency: 'si la atención es urgente, todavía no recibida, ya recibida o continua',
  networkType: 'el tipo de su plan (HMO, PPO, EPO o POS)',
  state: 'su estado',
};

const nextNoticeWhen: Record<NextNotice, string> = {
  'ire-decision':
    'la decisión de la Entidad de Revisión Independiente (Independent Review Entity), si dice que no',
  'final-internal-denial': 'la respuesta final del plan a su apelación, si dice que no',
  'alj-decision': 'la decisión del juez, si dice que no',
  'council-decision': 'la decisión del Consejo de Apelaciones, si dice que no',
};

const confidenceWords = { high: 'alta', medium: 'media', low: 'baja' } as const;

export const spanishDeadlineWords: DeadlineWords = {
  limit: (limit) => {
    switch (limit.unit) {
      case 'days':
        return plural(limit.count, 'día', 'días');
      case 'business-days':
        return plural(limit.count, 'día hábil', 'días hábiles');
      case 'months':
        return plural(limit.count, 'mes', 'meses');
      case 'hours':
        return plural(limit.count, 'hora', 'horas');
    }
  },
  or: ' o ',
  countedFrom: (event, query, start) => {
    switch (event) {
      case 'notice-received':
        return query.receivedDate
          ? `el día en que usted recibió el aviso (${start})`
          : `la fecha del aviso (${start}): no se sabe el día en que usted lo recibió, y contar desde la fecha anterior es lo más seguro`;
      case 'notice-date':
        return `la fecha del aviso (${start})`;
      case 'appeal-filed':
        return `el día en que el plan recibió su apelación (${start})`;
      case 'appeal-decided':
        return `la fecha de la respuesta del plan a su apelación (${start})`;
      case 'review-filed':
        return `el día en que el revisor recibió su solicitud (${start})`;
      case 'reviewer-notice':
        return `la fecha del aviso del revisor que dice que aceptó su caso (${start})`;
    }
  },
  startsWhen: (event) => {
    switch (event) {
      case 'notice-received':
      case 'notice-date':
        return 'la fecha del próximo aviso';
      case 'appeal-filed':
        return 'el día en que el plan reciba su apelación';
      case 'appeal-decided':
        return 'la respuesta del plan a su apelación';
      case 'review-filed':
        return 'el día en que el revisor reciba su solicitud';
      case 'reviewer-notice':
        return 'el aviso del revisor que dice que aceptó su caso';
    }
  },
  nextNoticeWhen: (notice) => nextNoticeWhen[notice],
  dependsOn: (unknowns, safest) => {
    const facts = unknowns.map((u) => unknownWords[u]).join('; y ');
    const why =
      safest === 'earliest'
        ? 'la fecha más temprana posible, para que usted nunca llegue tarde'
        : 'la fecha más tardía posible, para que no le reclame al plan antes de tiempo';
    return `Esto depende de ${facts}, y Overturn todavía no lo sabe. Por eso muestra ${why}.`;
  },
  verify:
    'Confirme esta fecha con su plan o con su estado: la regla en que se basa no está confirmada en una fuente publicada.',
  tooShortForMail:
    'Queda muy poco tiempo para confiar en el correo: llame, envíe un fax, use el portal en línea del plan o entréguelo en persona, y guarde una prueba de cuándo llegó.',
  timeUnknown: (who) =>
    who === 'patient'
      ? 'No se sabe la hora, así que esto cuenta desde el comienzo de ese día.'
      : 'No se sabe la hora, así que esto cuenta desde el final de ese día: pasada esta hora, el plan sin duda va con retraso.',
  ruleAction: (english) => ruleActionEs[english] ?? english,
  ruleNote: (english) => ruleNoteEs[english] ?? english,
  state: {
    noState:
      'Este es el mínimo federal. Agregue su estado para ver sus propias reglas, que pueden darle más tiempo.',
    federalProcess: (name, { asOf, confidence, checked }) =>
      `${name} usa el proceso federal de revisión externa para los planes asegurados (fuente con fecha ${asOf}; confianza ${confidenceWords[confidence]}; lista revisada el ${checked}). Si tiene dudas, pregunte al departamento de seguros de ${name}.`,
    ownProcess: (name, likely) =>
      `${
        likely
          ? `${name} no está en ninguna lista de estados con proceso federal que Overturn haya leído, así que probablemente tiene su propia revisión externa`
          : `${name} tiene su propia revisión externa`
      }. Un proceso estatal debe darle al menos 4 meses y puede darle más: revise su aviso o pregunte al departamento de seguros de ${name}.`,
    mayGiveMore: (name, medicaid) =>
      `Este es el mínimo federal. ${name} puede darle más tiempo: revise su aviso o pregunte ${
        medicaid ? `a la agencia de Medicaid de ${name}` : `al departamento de seguros de ${name}`
      }.`,
  },
  stated: {
    action: 'Apele antes de la fecha que indica su aviso',
    countedFrom: (noticeDate) => `la fecha del aviso (${noticeDate})`,
    citation: 'Su aviso',
    laterByLaw: (due, citation) =>
      `La ley le da hasta el ${due} (${citation}). Mientras el plan no confirme por escrito la fecha más tardía, envíe su apelación antes de la fecha más temprana.`,
    source: 'el aviso que usted recibió',
  },
  missingNoticeDate: 'la fecha del aviso',
  disclaimer:
    'Estas fechas vienen de las reglas tal como Overturn las entiende. No es asesoramiento legal: las fechas de su propio aviso y de los documentos de su plan van primero, y un plan o un estado puede darle más tiempo.',
};
