import type { Lang } from '../common/lang.js';
import { taskKinds, type StoredTask, type TaskKind } from './task.js';

/**
 * The words of the tasks the system makes, in English and Spanish. Follow-ups and the records
 * check are stored with their English title when they are made, so the Spanish one is written
 * when they are read, from the stored words. A title the person typed stays as they typed it.
 */

/** The kinds of task in Spanish (`taskKinds` has the English). */
const taskKindsEs: Record<TaskKind, string> = {
  'follow-up': 'Seguimiento de una llamada',
  manual: 'Su propia tarea',
  deadline: 'Enviar antes de una fecha límite',
  'call-if-no-decision': 'Llamar si no hay decisión',
};

export const taskKindLabel = (kind: TaskKind, lang: Lang): string =>
  lang === 'es' ? taskKindsEs[kind] : taskKinds[kind];

/**
 * What to send and by when. `actionEs` is the deadline's action in Spanish when the deadline has
 * one; without it, the Spanish title names the step in general words.
 */
export function sendByTitle(
  step: {
    readonly action: string;
    readonly actionEs: string | null;
    readonly due: string;
    readonly lastDay: string;
  },
  lang: Lang,
): string {
  const { action, actionEs, due, lastDay } = step;
  if (lang === 'en') return `${action} (send by ${due}; last day ${lastDay})`;
  return actionEs
    ? `${actionEs} (envíelo a más tardar el ${due}; el último día es el ${lastDay})`
    : `Envíe su apelación o solicitud a más tardar el ${due} (el último día es el ${lastDay})`;
}

/** Who must decide by the deadline: the plan, or the external reviewer. */
export type Decider = 'plan' | 'external-reviewer';

const deciders: Record<Decider, Record<Lang, string>> = {
  plan: { en: 'the plan', es: 'a su plan de salud' },
  'external-reviewer': { en: 'the external reviewer', es: 'al revisor externo' },
};

/** The day after a decision was due: call and ask. */
export function callIfNoDecisionTitle(who: Decider, lastDay: string, lang: Lang): string {
  return lang === 'es'
    ? `Llame ${deciders[who].es} si el ${lastDay} todavía no tiene una decisión`
    : `Call ${deciders[who].en} if you have no decision by ${lastDay}`;
}

/** A call's follow-up: check on what was promised, or simply follow up. */
export function followUpTitle(
  call: { readonly withParty: string; readonly promised: string | null },
  lang: Lang,
): string {
  if (lang === 'es')
    return call.promised
      ? `Confirme con ${call.withParty}: ${call.promised}`
      : `Comuníquese de nuevo con ${call.withParty}`;
  return call.promised
    ? `Check with ${call.withParty}: ${call.promised}`
    : `Follow up with ${call.withParty}`;
}

const anOffice = { en: 'the doctor’s office', es: 'el consultorio del médico' } as const;
// 45 CFR 164.524(b)(2): the provider acts within 30 days of receiving the request.
const recordsCheckEn = {
  head: 'Check the records came from ',
  tail: ' (they have 30 days from getting the request, 45 CFR 164.524(b)(2))',
};

/** The second-opinion task made with a records request: did the records come in time? */
export function recordsCheckTitle(from: string | null, lang: Lang): string {
  return lang === 'es'
    ? `Confirme que llegaron los expedientes médicos de ${from ?? anOffice.es} (tienen 30 días desde que reciben la solicitud, 45 CFR 164.524(b)(2))`
    : `${recordsCheckEn.head}${from ?? anOffice.en}${recordsCheckEn.tail}`;
}

/** The middle of `text` between a fixed head and tail, or null when it does not have them. */
function between(text: string, head: string, tail = ''): string | null {
  if (!text.startsWith(head) || !text.endsWith(tail)) return null;
  const middle = text.slice(head.length, text.length - tail.length);
  return middle.length > 0 ? middle : null;
}

/**
 * A stored task's title in `lang`. Only titles the system wrote are reworded, recognized by their
 * kind and their exact English words: a follow-up made by a call, and the records check.
 */
export function storedTaskTitle(
  task: Pick<StoredTask, 'kind' | 'title' | 'sourceCallId'>,
  lang: Lang,
): string {
  if (lang === 'en') return task.title;
  if (task.kind === 'follow-up' && task.sourceCallId !== null) {
    // The Spanish keeps the ": " between who and what, so where the split falls does not matter.
    const checkWith = between(task.title, 'Check with ');
    const colon = checkWith?.indexOf(': ') ?? -1;
    if (checkWith && colon > 0)
      return followUpTitle(
        { withParty: checkWith.slice(0, colon), promised: checkWith.slice(colon + 2) },
        lang,
      );
    const withParty = between(task.title, 'Follow up with ');
    if (withParty) return followUpTitle({ withParty, promised: null }, lang);
  }
  if (task.kind === 'manual' && task.sourceCallId === null) {
    const from = between(task.title, recordsCheckEn.head, recordsCheckEn.tail);
    if (from) return recordsCheckTitle(from === anOffice.en ? null : from, lang);
  }
  return task.title;
}
