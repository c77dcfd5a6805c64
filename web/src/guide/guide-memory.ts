import { useCallback, useSyncExternalStore } from 'react';

/**
 * What the guide remembers of a case beyond its data: the steps the person has seen and the ones
 * put off ("skip, I'll do it later"). Only step names, no health data, kept in this browser.
 */
export interface GuideMemory {
  readonly seen: readonly string[];
  readonly skipped: readonly string[];
}

const empty: GuideMemory = { seen: [], skipped: [] };
const listeners = new Set<() => void>();
const cache = new Map<string, GuideMemory>();
const keyOf = (caseId: string) => `overturn-guide:${caseId}`;

function read(caseId: string): GuideMemory {
  const known = cache.get(caseId);
  if (known) return known;
  let memory = empty;
  try {
    const saved: unknown = JSON.parse(window.localStorage.getItem(keyOf(caseId)) ?? 'null');
    if (saved && typeof saved === 'object' && 'seen' in saved && 'skipped' in saved) {
      const strings = (value: unknown) =>
        Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
      memory = { seen: strings(saved.seen), skipped: strings(saved.skipped) };
    }
  } catch {
    // Nothing saved, or storage is off: start fresh.
  }
  cache.set(caseId, memory);
  return memory;
}

function write(caseId: string, memory: GuideMemory): void {
  cache.set(caseId, memory);
  try {
    window.localStorage.setItem(keyOf(caseId), JSON.stringify(memory));
  } catch {
    // Kept for this visit only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The case's guide memory, and the two ways it changes. */
export function useGuideMemory(caseId: string) {
  const memory = useSyncExternalStore(subscribe, () => read(caseId));
  const markSeen = useCallback(
    (step: string) => {
      const now = read(caseId);
      if (now.seen.includes(step)) return;
      write(caseId, { ...now, seen: [...now.seen, step] });
    },
    [caseId],
  );
  const skip = useCallback(
    (step: string) => {
      const now = read(caseId);
      write(caseId, { ...now, skipped: [...new Set([...now.skipped, step])] });
    },
    [caseId],
  );
  return { memory, markSeen, skip };
}
