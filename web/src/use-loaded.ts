import { useCallback, useEffect, useState } from 'react';

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
  }, [...keys, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, retry];
}
