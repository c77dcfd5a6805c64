import type { LetterLang } from '../letters/letter.js';
import type { Bilingual } from './guidance-lang.js';
import type { QuestionKind, SecondOpinionCase } from './second-opinion.js';

/**
 * What to say when asking for a second opinion: to the first doctor, for a doctor outside the
 * first doctor's circle, to the primary doctor for an HMO referral, when picking a subspecialist,
 * and to the plan. Warm and short, never adversarial: most doctors welcome a second opinion, and
 * the person will likely keep seeing the first doctor. The person's own words for the condition
 * are put in when given.
 */

export type ScriptId =
  'ask-first-doctor' | 'ask-outside-circle' | 'ask-referral' | 'pick-subspecialist' | 'ask-plan';

export interface Script {
  readonly id: ScriptId;
  readonly title: string;
  readonly text: string;
}

/** What the second opinion is about, as the scripts say it ("about the surgery"). */
const aboutWords: Readonly<Record<QuestionKind, Bilingual>> = {
  diagnosis: { en: 'the diagnosis', es: 'el diagnóstico' },
  treatment: { en: 'the treatment plan', es: 'el plan de tratamiento' },
  surgery: { en: 'the surgery', es: 'la cirugía' },
};

type ScriptWords = (about: string, condition: string | null) => { title: string; text: string };

const scripts: Readonly<Record<ScriptId, Readonly<Record<LetterLang, ScriptWords>>>> = {
  'ask-first-doctor': {
    en: (about) => ({
      title: 'Asking your doctor',
      text: `"Thank you for your care. Before I decide on ${about}, I’d like another perspective so I can feel confident moving forward. Could you send my records to the doctor I see?" Most doctors expect this. You do not have to give a reason.`,
    }),
    es: (about) => ({
      title: 'Cómo decírselo a su médico',
      text: `"Gracias por su atención. Antes de decidir sobre ${about}, me gustaría tener otro punto de vista para seguir adelante con confianza. ¿Podría enviar mis expedientes al médico que voy a ver?" La mayoría de los médicos lo esperan. No tiene que dar una razón.`,
    }),
  },
  'ask-outside-circle': {
    en: () => ({
      title: 'Asking for a doctor outside the first group',
      text: `"I’d like an opinion from a doctor who does not work in the same group or hospital system. Can you suggest someone at another center?" A doctor from another group is more likely to look at things fresh.`,
    }),
    es: () => ({
      title: 'Cómo pedir un médico de otro grupo',
      text: `"Me gustaría la opinión de un médico que no trabaje en el mismo grupo ni en el mismo sistema de hospitales. ¿Me puede recomendar a alguien de otro centro?" Un médico de otro grupo puede mirar su caso con ojos nuevos.`,
    }),
  },
  'ask-referral': {
    en: (about) => ({
      title: 'Asking your primary doctor for a referral',
      text: `"My plan needs a referral for a second opinion on ${about}. Could you send one to this doctor? Please tell me when it is sent." Ask for the referral number and keep it.`,
    }),
    es: (about) => ({
      title: 'Cómo pedir un pase a su médico de cabecera',
      text: `"Mi plan necesita un pase para una segunda opinión sobre ${about}. ¿Podría enviar uno a este médico? Avíseme cuando lo envíe, por favor." Pida el número del pase y guárdelo.`,
    }),
  },
  'pick-subspecialist': {
    en: (_about, condition) => ({
      title: 'Picking a doctor who focuses on your condition',
      text: `Look for a doctor who treats ${condition ?? 'your condition'} most of the time. Such a doctor has seen many cases like yours. Good places to look: a university (academic) medical center; for cancer, an NCI-designated cancer center; for a rare disease, the patient groups for that disease. Ask: "How many people with this do you see each year?"`,
    }),
    es: (_about, condition) => ({
      title: 'Cómo elegir un médico que se dedique a su problema de salud',
      text: `Busque un médico que trate ${condition ?? 'su problema de salud'} casi todo el tiempo. Ese médico ha visto muchos casos como el suyo. Buenos lugares para buscar: un centro médico universitario; para el cáncer, un centro oncológico designado por el NCI; para una enfermedad rara, los grupos de pacientes de esa enfermedad. Pregunte: "¿A cuántas personas con esto atiende cada año?"`,
    }),
  },
  'ask-plan': {
    en: (about) => ({
      title: 'What to ask your plan',
      text: `Call member services at the number on your card. Ask: "Do you cover a second opinion on ${about}? Do I need a referral or approval first? Is this doctor in the network? What will I pay?" Write down the date, the name of the person and the reference number.`,
    }),
    es: (about) => ({
      title: 'Qué preguntar a su plan',
      text: `Llame a servicios para miembros al número de su tarjeta. Pregunte: "¿Cubren una segunda opinión sobre ${about}? ¿Necesito un pase o una aprobación antes? ¿Este médico está en la red? ¿Cuánto voy a pagar?" Anote la fecha, el nombre de la persona y el número de referencia.`,
    }),
  },
};

const scriptOrder: readonly ScriptId[] = [
  'ask-first-doctor',
  'ask-outside-circle',
  'ask-referral',
  'pick-subspecialist',
  'ask-plan',
];

export function askingScripts(
  sc: Pick<SecondOpinionCase, 'questionKind' | 'condition'>,
  lang: LetterLang,
): Script[] {
  const about = aboutWords[sc.questionKind][lang];
  const condition = sc.condition?.trim() || null;
  return scriptOrder.map((id) => ({ id, ...scripts[id][lang](about, condition) }));
}
