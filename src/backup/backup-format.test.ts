import { describe, expect, it } from 'vitest';
import { decodeCell, encodeCell, migrationProblem, parentsFirst } from './backup-format.js';

describe('the backup format', () => {
  it('orders tables parents first, cases first, whatever order they are found in', () => {
    const order = parentsFirst([
      { name: 'packets', references: ['letters', 'cases'] },
      { name: 'intake_drafts', references: ['documents'] },
      { name: 'letters', references: ['cases'] },
      { name: 'documents', references: ['cases', 'documents'] },
      { name: 'audit', references: [] },
      { name: 'cases', references: [] },
    ]);
    expect(order[0]).toBe('cases');
    expect(order.indexOf('letters')).toBeLessThan(order.indexOf('packets'));
    expect(order.indexOf('documents')).toBeLessThan(order.indexOf('intake_drafts'));
    expect([...order].sort()).toEqual(
      ['audit', 'cases', 'documents', 'intake_drafts', 'letters', 'packets'].sort(),
    );
  });

  it('still orders every table when two point at each other', () => {
    const order = parentsFirst([
      { name: 'b', references: ['a'] },
      { name: 'a', references: ['b'] },
    ]);
    expect(order).toEqual(['a', 'b']);
  });

  it('accepts a backup from this schema or an older one, and names a newer one', () => {
    const app = ['m1', 'm2', 'm3'];
    expect(migrationProblem(['m1', 'm2', 'm3'], app, '0.1.0')).toBeNull();
    expect(migrationProblem(['m1'], app, '0.1.0')).toBeNull();
    expect(migrationProblem(['m1', 'm2', 'm3', 'm4'], app, '0.9.0')).toMatch(
      /newer Overturn \(version 0\.9\.0, schema m4\).*\(schema m3\)/,
    );
    expect(migrationProblem(['x1'], app, '0.1.0')).toMatch(/not one this Overturn knows/);
  });

  it('keeps bytes, text, numbers and nulls as they were', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const encoded = encodeCell(bytes);
    expect(encoded).toEqual({ $bytes: Buffer.from(bytes).toString('base64') });
    expect([...(decodeCell(encoded) as Buffer)]).toEqual([...bytes]);
    for (const value of ['Ana “Ruiz” \u0000', 0, -12.5, null])
      expect(decodeCell(encodeCell(value))).toBe(value);
    expect(encodeCell(12n)).toBe('12');
  });
});
