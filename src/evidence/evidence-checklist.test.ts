import { describe, expect, it } from 'vitest';
import { denialCategoryIds, programIds } from '../cases/case-terms.js';
import type { StoredDocument } from '../documents/document.js';
import { documentTypeIds, type DocumentType } from '../documents/document-types.js';
import { evidenceChecklist, type EvidenceMark } from './evidence-checklist.js';
import { categoryItems, itemsFor } from './evidence-items.js';

const doc = (docType: DocumentType, over: Partial<StoredDocument> = {}): StoredDocument => ({
  id: `doc-${docType}`,
  caseId: 'c1',
  sha256: 'x',
  mediaType: 'application/pdf',
  sizeBytes: 1,
  originalName: `${docType}.pdf`,
  createdAt: '2026-11-27T12:00:00.000Z',
  createdBy: 'p',
  docType,
  title: null,
  documentDate: null,
  replacesId: null,
  deletedAt: null,
  ...over,
});

const mark = (itemKey: string, state: EvidenceMark['state'], note: string | null = null) => ({
  id: `m-${itemKey}`,
  caseId: 'c1',
  itemKey,
  state,
  note,
  createdAt: '2026-11-27T12:00:00.000Z',
  createdBy: 'p',
});

const facts = { category: 'medical-necessity' as const, program: 'employer-group' as const };
const stateOf = (entries: ReturnType<typeof evidenceChecklist>, key: string) =>
  entries.find((e) => e.item.key === key)?.state;

describe('evidence checklist', () => {
  it('asks every appeal for the denial letter, the plan document and the claim file', () => {
    for (const category of denialCategoryIds)
      for (const program of programIds) {
        const keys = itemsFor(category, program).map((i) => i.key);
        expect(keys.slice(0, 3)).toEqual(['denial-letter', 'plan-document', 'claim-file']);
        expect(new Set(keys).size, `${category} keys are unique`).toBe(keys.length);
      }
  });

  it('cites the claim-file right by program, and says to verify where the rule is unsure', () => {
    const claimFile = (program: (typeof programIds)[number]) =>
      itemsFor('other', program).find((i) => i.key === 'claim-file')!;
    expect(claimFile('employer-group').source).toEqual({
      citation: '29 CFR 2560.503-1(h)(2)(iii)',
      confidence: 'high',
    });
    expect(claimFile('medicaid-managed-care').source?.citation).toBe('42 CFR 438.404(b)');
    expect(claimFile('medicare-advantage').source?.confidence).toBe('low');
    expect(claimFile('employer-group').letterKind).toBe('claim-file-request');
  });

  it('has, for each category, at least one item a document can tick, with real types', () => {
    for (const category of denialCategoryIds) {
      const items = categoryItems[category];
      expect(items.length, category).toBeGreaterThan(0);
      for (const item of items) {
        for (const type of item.satisfiedBy) expect(documentTypeIds).toContain(type);
        expect(item.why.split(/[.!?]\s/).length, item.key).toBeLessThanOrEqual(2);
      }
    }
  });

  it('for medical necessity: the doctor’s letter and notes of failed treatments are essential', () => {
    const entries = evidenceChecklist(facts, [], []);
    const essentials = entries.filter((e) => e.item.weight === 'essential').map((e) => e.item.key);
    expect(essentials).toEqual(
      expect.arrayContaining(['doctor-letter', 'treatment-history', 'denial-letter']),
    );
    expect(entries.map((e) => e.item.key)).toContain('clinical-guidelines');
    // Everything is missing, essentials first.
    const weights = entries.map((e) => e.item.weight);
    expect(weights.indexOf('helpful')).toBeGreaterThan(weights.lastIndexOf('essential'));
  });

  it('ticks items off as documents of their type arrive, and lists which documents', () => {
    const letter = doc('medical-necessity-letter');
    const entries = evidenceChecklist(facts, [letter, doc('denial-letter')], []);
    const doctor = entries.find((e) => e.item.key === 'doctor-letter')!;
    expect(doctor.state).toBe('have');
    expect(doctor.documents).toEqual([letter]);
    expect(stateOf(entries, 'denial-letter')).toBe('have');
    expect(stateOf(entries, 'treatment-history')).toBe('missing');
    // What is missing comes first; what is there comes after.
    expect(entries[0]!.state).toBe('missing');
    expect(entries.findIndex((e) => e.state === 'have')).toBeGreaterThan(
      entries.findLastIndex((e) => e.state === 'missing' && e.item.weight === 'essential'),
    );
  });

  it('does not count a deleted document', () => {
    const entries = evidenceChecklist(
      facts,
      [doc('medical-necessity-letter', { deletedAt: '2026-11-28T00:00:00.000Z' })],
      [],
    );
    expect(stateOf(entries, 'doctor-letter')).toBe('missing');
  });

  it('takes hand ticks: done, or not needed, and a document counts over a tick', () => {
    const entries = evidenceChecklist(
      { category: 'prior-authorization', program: 'individual-market' },
      [doc('plan-document')],
      [
        mark('authorization-record', 'not-needed', 'It was an emergency'),
        mark('claim-file', 'done'),
        mark('plan-document', 'not-needed'),
      ],
    );
    expect(stateOf(entries, 'authorization-record')).toBe('not-needed');
    expect(stateOf(entries, 'claim-file')).toBe('marked-done');
    expect(stateOf(entries, 'plan-document')).toBe('have');
    expect(entries.at(-1)!.item.key).toBe('authorization-record');
  });

  it('ticks the right items per category', () => {
    const cases: [(typeof denialCategoryIds)[number], DocumentType, string][] = [
      ['prior-authorization', 'prior-authorization', 'authorization-record'],
      ['referral', 'referral', 'referral'],
      ['coding-error', 'corrected-claim', 'corrected-claim'],
      ['experimental', 'clinical-guideline', 'clinical-guidelines'],
      ['step-therapy', 'provider-notes', 'treatment-history'],
      ['duplicate', 'bill', 'itemized-bill'],
      ['timely-filing', 'eob', 'first-submission'],
      ['eligibility', 'receipt', 'premium-payments'],
      ['missing-documentation', 'medical-records', 'requested-records'],
    ];
    for (const [category, type, key] of cases) {
      const entries = evidenceChecklist({ category, program: 'employer-group' }, [doc(type)], []);
      expect(stateOf(entries, key), `${category}: ${type} → ${key}`).toBe('have');
    }
  });

  it('drops the No Surprises Act citation where it does not apply', () => {
    const source = (program: (typeof programIds)[number]) =>
      itemsFor('prior-authorization', program).find((i) => i.key === 'emergency-records')!.source;
    expect(source('employer-group')?.citation).toBe('42 U.S.C. 300gg-111');
    expect(source('medicare-advantage')).toBeNull();
  });

  it('reads an unknown category as "other"', () => {
    const keys = evidenceChecklist({ category: null, program: 'employer-group' }, [], []).map(
      (e) => e.item.key,
    );
    expect(new Set(keys)).toEqual(new Set(itemsFor('other', 'employer-group').map((i) => i.key)));
    expect(keys).toContain('doctor-letter');
  });
});
