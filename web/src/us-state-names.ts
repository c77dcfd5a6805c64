import { usStates, type UsState } from '../../src/common/us-states.js';
import { usStatesEs } from '../../src/common/us-states-es.js';
import { currentLang } from './i18n/language.js';

/** The states' names, by code, in the language the app speaks. */
export const usStateNames = (): Readonly<Record<UsState, string>> =>
  currentLang() === 'es' ? usStatesEs : usStates;

/** One state's name in the language the app speaks (an unknown code stays as it is). */
export const usStateName = (code: string): string =>
  Object.hasOwn(usStates, code) ? usStateNames()[code as UsState] : code;
