import { describe, expect, it } from 'vitest';
import type { StoredDocument } from './document.js';
import { chainOf, currentDocuments, documentEntries } from './document-versions.js';

let n = 0;
const doc = (over: Partial<StoredDocument> = {}): StoredDocument => {
  n += 1;
  return {
    id: `d${n}`,
    caseId: 'c1',
    sha256: 'x',
    mediaType: 'application/pdf',
    sizeBytes: 1,
    originalName: null,
    createdAt: `2026-11-27T12:00:0${n % 10}.000Z`,
    createdBy: 'p',
    docType: 'other',
    title: null,
    documentDate: null,
    replacesId: null,
    deletedAt: null,
    ...over,
  };
};

describe('document versions', () => {
  n = 0;
  const first = doc({ docType: 'medical-necessity-letter' });
  const second = doc({ replacesId: first.id });
  const third = doc({ replacesId: second.id });
  const other = doc({ docType: 'bill' });

  it('lists the newest version of each document with how many versions it has', () => {
    const entries = documentEntries([first, second, third, other]);
    expect(entries.map((e) => [e.document.id, e.version, e.versionCount])).toEqual([
      [third.id, 3, 3],
      [other.id, 1, 1],
    ]);
    expect(entries[0]!.chainId).toBe(first.id);
  });

  it('lists every version on request, oldest first, numbered', () => {
    const entries = documentEntries([third, other, second, first], { allVersions: true });
    expect(entries.map((e) => [e.document.id, e.version, e.latest])).toEqual([
      [first.id, 1, false],
      [second.id, 2, false],
      [third.id, 3, true],
      [other.id, 1, true],
    ]);
  });

  it('shows the version before when the newest is deleted, and hides deleted documents', () => {
    const gone = { ...third, deletedAt: '2026-11-28T00:00:00.000Z' };
    const deletedBill = { ...other, deletedAt: '2026-11-28T00:00:00.000Z' };
    expect(currentDocuments([first, second, gone, deletedBill]).map((d) => d.id)).toEqual([
      second.id,
    ]);
    const withDeleted = documentEntries([first, second, gone, deletedBill], { deleted: true });
    expect(withDeleted.map((e) => e.document.id)).toEqual([second.id, deletedBill.id]);
    expect(withDeleted[0]!.versionCount).toBe(2);
  });

  it('finds the whole chain of any version', () => {
    expect(chainOf([other, third, first, second], second.id).map((d) => d.id)).toEqual([
      first.id,
      second.id,
      third.id,
    ]);
    expect(chainOf([first], 'nope')).toEqual([]);
  });
});
