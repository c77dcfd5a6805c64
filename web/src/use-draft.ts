import { useCallback, useEffect, useState } from 'react';

/**
 * A short, stable name for some values (the server's version of what a form changes), to store
 * with a draft: the same values give the same name, other values almost surely another. Not a
 * secret and not a checksum against tampering; it only tells "typed over these values" apart.
 */
export function versionOf(values: unknown): string {
  // cyrb53: two 32-bit halves, 53 bits in all.
  const text = JSON.stringify(values) ?? '';
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The draft kept in `saved` (browser storage's text), over the form's `initial` values; null when
 * there is none to use: nothing saved, unreadable, or typed over another `version` (the values a
 * draft was typed over changed since, and restoring it would bring old values back).
 */
export function savedDraft<T extends object>(
  saved: string | null,
  initial: T,
  version?: string,
): T | null {
  if (!saved) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(saved);
  } catch {
    return null;
  }
  if (!isObject(parsed)) return null;
  if (version !== undefined) {
    if (parsed.version !== version || !isObject(parsed.value)) return null;
    parsed = parsed.value;
  }
  return { ...initial, ...(parsed as Partial<T>) };
}

/** What is kept for a draft: its values, with the version they were typed over when there is one. */
export function draftText(value: object, version?: string): string {
  return JSON.stringify(version === undefined ? value : { version, value });
}

/** True when words typed into the form kept under `key` are waiting in this browser. */
export function hasDraft(key: string): boolean {
  try {
    return window.localStorage.getItem(`overturn-draft:${key}`) !== null;
  } catch {
    return false;
  }
}

/** Lets go of the words kept under `key` (its form is gone: what it prepared was saved). */
export function forgetDraft(key: string): void {
  try {
    window.localStorage.removeItem(`overturn-draft:${key}`);
  } catch {
    // Nothing to remove.
  }
}

/**
 * A form's typed words, kept in this browser until they are sent: leaving a half-done step, a
 * reload, a lost connection or a server error never loses them. `clear()` after a successful send.
 * The words stay on this computer (browser storage), like the database of a local install.
 *
 * `version` names what the draft is typed over (a case's details as the server has them, see
 * `versionOf`): a draft typed over another version is dropped, so that it never brings back
 * values that changed on the server since. A `key` of null keeps nothing (a plain form state).
 */
export function useDraft<T extends object>(
  key: string | null,
  initial: T,
  { version }: { readonly version?: string } = {},
): [T, (change: Partial<T>) => void, () => void] {
  const storageKey = key === null ? null : `overturn-draft:${key}`;
  // The version the form's values started from: a draft is stored with it even if a newer one
  // comes in while the form stays open (its values are still typed over the one it started from).
  const [basis] = useState(version);
  const [value, setValue] = useState<T>(() => {
    if (storageKey === null) return initial;
    try {
      return savedDraft(window.localStorage.getItem(storageKey), initial, basis) ?? initial;
    } catch {
      // Storage off: start from the initial values.
      return initial;
    }
  });
  const [cleared, setCleared] = useState(false);

  const empty = JSON.stringify(initial);
  useEffect(() => {
    if (cleared || storageKey === null) return;
    try {
      if (JSON.stringify(value) === empty) window.localStorage.removeItem(storageKey);
      else window.localStorage.setItem(storageKey, draftText(value, basis));
    } catch {
      // Storage full or off: the form still works, without the safety net.
    }
  }, [storageKey, value, cleared, empty, basis]);

  const change = useCallback((part: Partial<T>) => {
    setCleared(false);
    setValue((now) => ({ ...now, ...part }));
  }, []);
  const clear = useCallback(() => {
    setCleared(true);
    setValue(initial);
    if (storageKey === null) return;
    try {
      window.localStorage.removeItem(storageKey);
    } catch {
      // Nothing to remove.
    }
    // `initial` is the form's empty state: a new object on every render, not a reason to clear again.
  }, [storageKey]);
  return [value, change, clear];
}
