import { useCallback, useEffect, useState } from 'react';

/**
 * A form's typed words, kept in this browser until they are sent: leaving a half-done step, a
 * reload, a lost connection or a server error never loses them. `clear()` after a successful send.
 * The words stay on this computer (browser storage), like the database of a local install.
 */
export function useDraft<T extends object>(
  key: string,
  initial: T,
): [T, (change: Partial<T>) => void, () => void] {
  const storageKey = `overturn-draft:${key}`;
  const [value, setValue] = useState<T>(() => {
    try {
      const saved = window.localStorage.getItem(storageKey);
      if (saved) return { ...initial, ...(JSON.parse(saved) as Partial<T>) };
    } catch {
      // Nothing usable saved: start from the initial values.
    }
    return initial;
  });
  const [cleared, setCleared] = useState(false);

  const empty = JSON.stringify(initial);
  useEffect(() => {
    if (cleared) return;
    try {
      const typed = JSON.stringify(value);
      if (typed === empty) window.localStorage.removeItem(storageKey);
      else window.localStorage.setItem(storageKey, typed);
    } catch {
      // Storage full or off: the form still works, without the safety net.
    }
  }, [storageKey, value, cleared, empty]);

  const change = useCallback((part: Partial<T>) => {
    setCleared(false);
    setValue((now) => ({ ...now, ...part }));
  }, []);
  const clear = useCallback(() => {
    setCleared(true);
    setValue(initial);
    try {
      window.localStorage.removeItem(storageKey);
    } catch {
      // Nothing to remove.
    }
    // `initial` is the form's empty state: a new object on every render, not a reason to clear again.
  }, [storageKey]);
  return [value, change, clear];
}
