/**
 * How an English error message finds its Spanish in a list of wordings: each wording is an English
 * message, exact or with `{name}` for each value that changes, and its Spanish. Kept apart from the
 * words themselves (error-words-es.ts), so a test can make one from a list with a wording left out
 * and see the coverage check catch it.
 */

export type Parts = Readonly<Record<string, string>>;

export interface Wording {
  /** The English message; `{name}` stands for a value that changes. */
  readonly en: string;
  /** The Spanish, with the same `{name}`s; or made from the parts (`say` translates a part). */
  readonly es: string | ((parts: Parts, say: (english: string) => string) => string);
}

/** Spanish for error messages, made from a list of wordings. */
export interface SpanishWords {
  /** The message in Spanish; null when no wording fits it. */
  readonly translate: (english: string) => string | null;
  /**
   * The values the fitting wording took from the message (a field path aside), or null when none
   * fits. The coverage test uses it to tell a message worded in full from one a looser pattern
   * only half fits ("must be {n} or fewer" taking "200 characters" as its number).
   */
  readonly valuesOf: (english: string) => readonly string[] | null;
}

const placeholder = /\{([A-Za-z]+)\}/g;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A message that begins with a field path (`plan.insurer: `, `If-Match: `, `--out: `). */
const fieldPrefix = /^([A-Za-z0-9_.[\]-]+): (.+)$/s;

interface Pattern {
  readonly regex: RegExp;
  readonly names: readonly string[];
  readonly fixed: number;
  readonly es: Wording['es'];
}

/**
 * Exact sentences first, then patterns, the ones with more fixed text first (so "must be {n}
 * characters or fewer" wins over "must be {n} or fewer"). A message that starts with a field path
 * is worded without it first, then whole.
 */
export function spanishWords(words: readonly Wording[]): SpanishWords {
  const exact = new Map<string, Wording['es']>();
  const patterns: Pattern[] = [];
  for (const { en, es } of words) {
    const names = [...en.matchAll(placeholder)].map((m) => m[1]!);
    if (names.length === 0) {
      exact.set(en, es);
      continue;
    }
    const source = en
      .split(placeholder)
      .map((part, i) => (i % 2 === 0 ? escapeRegExp(part) : '(.*?)'))
      .join('');
    patterns.push({
      regex: new RegExp(`^${source}$`, 's'),
      names,
      fixed: en.replace(placeholder, '').length,
      es,
    });
  }
  patterns.sort((a, b) => b.fixed - a.fixed);

  /** The wording that fits a text, and the values it takes from it. */
  function fit(text: string): { es: Wording['es']; parts: Parts; values: string[] } | null {
    const sentence = exact.get(text);
    if (sentence !== undefined) return { es: sentence, parts: {}, values: [] };
    for (const { regex, names, es } of patterns) {
      const match = regex.exec(text);
      if (!match) continue;
      const values = names.map((_, i) => match[i + 1] ?? '');
      return { es, parts: Object.fromEntries(names.map((name, i) => [name, values[i]!])), values };
    }
    return null;
  }

  /** The fitting wording for the message without its field path, else for the whole message. */
  function fitWithPath(english: string) {
    const prefixed = fieldPrefix.exec(english);
    const rest = prefixed && fit(prefixed[2]!);
    if (prefixed && rest) return { path: `${prefixed[1]!}: `, ...rest };
    const whole = fit(english);
    return whole && { path: '', ...whole };
  }

  const say = (english: string): string => translate(english) ?? english;

  function translate(english: string): string | null {
    const found = fitWithPath(english);
    if (!found) return null;
    const { es, parts, path } = found;
    const words =
      typeof es === 'function'
        ? es(parts, say)
        : es.replace(placeholder, (_, name: string) => parts[name] ?? '');
    return `${path}${words}`;
  }

  return { translate, valuesOf: (english) => fitWithPath(english)?.values ?? null };
}
