import { useSyncExternalStore } from 'react';
import { langs, type Lang } from '../../../src/common/lang.js';

/**
 * The language the app speaks: English or Spanish. The choice is kept in this browser (it is not
 * health data) and set on `<html lang>`, so screen readers pronounce the page in the right voice.
 */
export type { Lang };

const storageKey = 'overturn-lang';
const listeners = new Set<() => void>();
let current: Lang = 'en';

const isLang = (value: unknown): value is Lang =>
  typeof value === 'string' && (langs as readonly string[]).includes(value);

/** The saved choice, else the browser's first language if Overturn speaks it, else English. */
export function preferredLang(): Lang {
  try {
    const saved = window.localStorage.getItem(storageKey);
    if (isLang(saved)) return saved;
  } catch {
    // Storage can be turned off; the browser's languages still count.
  }
  for (const tag of window.navigator.languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

export const currentLang = (): Lang => current;

/**
 * Switches the language (its words must already be loaded: see `chooseLang` in messages.ts);
 * a choice the person made is remembered, the language guessed at start is not.
 */
export function setLang(lang: Lang, { remember = true } = {}): void {
  current = lang;
  document.documentElement.lang = lang;
  if (remember) {
    try {
      window.localStorage.setItem(storageKey, lang);
    } catch {
      // Not saved: the page still switches.
    }
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLang(): Lang {
  return useSyncExternalStore(subscribe, currentLang);
}

/** The BCP 47 locale for dates and money: US English or US Spanish. */
export const localeOf = (lang: Lang): string => (lang === 'es' ? 'es-US' : 'en-US');
