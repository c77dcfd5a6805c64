import { useCallback, useEffect, useState } from 'react';
import { useLang } from './i18n/language.js';

/** Something loaded from the server: loading, failed (with the server's words) or ready. */
export type Loaded<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'ready'; readonly value: T };

/**
 * Loads `load()` and again whenever a key changes (a case's version after an edit), keeping the
 * last value shown while the new one loads; `retry` loads again after a failure. An answer that
 * arrives after the keys changed is dropped, so a slow old answer never overwrites a new one.
 */
export function useLoaded<T>(
  load: () => Promise<T>,
  keys: readonly unknown[],
): [Loaded<T>, () => void] {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // The server words some answers in the app's language: a switch loads them again.
  const lang = useLang();
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setState({ kind: 'ready', value }),
      (error: unknown) =>
        current && setState({ kind: 'failed', message: (error as Error).message }),
    );
    return () => {
      current = false;
    };
    // `keys` say when to load again; `load` is a new function on every render.
  }, [...keys, attempt, lang]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, retry];
}
