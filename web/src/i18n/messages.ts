import type { Messages } from './catalog.js';
import { en } from './en/index.js';
import { currentLang, setLang, useLang, type Lang } from './language.js';

/**
 * Every word the app shows lives in a message file: `en/` and `es/`, one file per part of the app.
 * English is part of the main bundle; Spanish is its own chunk, loaded before it is first shown so
 * no page flashes English first. `Messages` is English's shape: a Spanish file that misses a key
 * or a parameter does not compile.
 */
export type { Messages } from './catalog.js';

const loaded: Partial<Record<Lang, Messages>> = { en };

async function load(lang: Lang): Promise<Messages> {
  const ready = loaded[lang];
  if (ready) return ready;
  const words = lang === 'es' ? (await import('./es/index.js')).es : en;
  loaded[lang] = words;
  return words;
}

/** Loads a language's words, then switches to it (`remember: false` for the guess at start). */
export async function chooseLang(lang: Lang, { remember = true } = {}): Promise<void> {
  await load(lang);
  setLang(lang, { remember });
}

/** The words of the current language (English until another has loaded). */
export function messagesFor(lang: Lang = currentLang()): Messages {
  return loaded[lang] ?? en;
}

/** The current language's words; the component shows again when the language changes. */
export function useT(): Messages {
  return messagesFor(useLang());
}
