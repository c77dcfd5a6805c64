import { describe, expect, it } from 'vitest';
import {
  documentTypeIds,
  documentTypeLabel,
  documentTypeOf,
  documentTypes,
  isDocumentType,
} from './document-types.js';

describe('document types', () => {
  it('name every kind of paper the issue lists', () => {
    for (const type of [
      'referral',
      'prior-authorization',
      'eob',
      'denial-letter',
      'appeal-letter-sent',
      'plan-response',
      'provider-notes',
      'test-results',
      'imaging-report',
      'medical-necessity-letter',
      'bill',
      'receipt',
      'corrected-claim',
      'plan-document',
      'clinical-guideline',
      'medical-records',
      'other',
    ])
      expect(documentTypeIds, type).toContain(type);
  });

  it('give each type an English and a Spanish label and a short hint', () => {
    for (const type of documentTypeIds) {
      const { label, hint } = documentTypes[type];
      expect(label.en.length, type).toBeGreaterThan(2);
      expect(label.es.length, type).toBeGreaterThan(2);
      expect(label.es, type).not.toBe(type);
      expect(hint.length, type).toBeLessThanOrEqual(120);
      expect(hint, type).toMatch(/\.$/);
    }
    expect(documentTypeLabel('eob', 'es')).toContain('Explicación');
  });

  it('read an unknown stored type as "other", and know a real one', () => {
    expect(documentTypeOf('x-ray-of-my-cat')).toBe('other');
    expect(documentTypeOf('bill')).toBe('bill');
    expect(isDocumentType('toString')).toBe(false);
  });
});
