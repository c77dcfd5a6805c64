import { describe, expect, it } from 'vitest';
import { en } from './en/index.js';
import { es } from './es/index.js';

/** Words that are the same in both languages (names, codes). */
const sameInBoth = new Set(['Overturn', 'PDF', 'ICD-10', 'Email', 'Fax', 'No']);

type Leaf = { readonly path: string; readonly value: unknown };

function leavesOf(value: unknown, path = ''): Leaf[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) =>
      leavesOf(inner, path ? `${path}.${key}` : key),
    );
  }
  return [{ path, value }];
}

const english = new Map(leavesOf(en).map((leaf) => [leaf.path, leaf.value]));
const spanish = leavesOf(es);

describe('the Spanish words match the English ones', () => {
  it('has every English message and no other', () => {
    expect(spanish.map((leaf) => leaf.path).sort()).toEqual([...english.keys()].sort());
  });

  it('translates every message (none is left in English or empty)', () => {
    const untranslated = spanish.filter(
      ({ path, value }) =>
        typeof value === 'string' &&
        (value.trim() === '' || (value === english.get(path) && !sameInBoth.has(value))),
    );
    expect(untranslated.map((leaf) => leaf.path)).toEqual([]);
  });

  it('gives every worded message the same kind in both (text, or words made from values)', () => {
    const mismatched = spanish.filter(
      ({ path, value }) =>
        typeof value !== typeof english.get(path) ||
        (typeof value === 'function' &&
          (value as (...args: never[]) => unknown).length !==
            (english.get(path) as (...args: never[]) => unknown).length),
    );
    expect(mismatched.map((leaf) => leaf.path)).toEqual([]);
  });
});
