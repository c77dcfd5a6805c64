import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOverturn } from '../testing/run-cli.js';

/** `overturn extract FILE --json` (the stable contract in product.md), run as a person would. */

const letter = `Acme Health Plan
P.O. Box 100, Springfield, IL 62701

Date of notice: March 14, 2026

Patient: José Muñoz
Member ID: XJH123456789
Claim number: C-2026-0441
Provider: Priya Raman, MD
Date of service: 02/20/2026

We denied your claim for physical therapy (CPT 97110) because it is not medically necessary.
Amount billed: $1,240.00
You may owe: $1,240.00

You have 180 days from the date of this notice to ask for an appeal.
`;

describe('overturn extract', () => {
  let dir: string;
  const file = (name: string, contents: string | Uint8Array) => {
    const target = path.join(dir, name);
    fs.writeFileSync(target, contents);
    return target;
  };
  const extract = (target: string, env: Record<string, string> = {}) =>
    runOverturn(['extract', target, '--json'], { OVERTURN_HOME: dir, ...env });

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'overturn-extract-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints {fields, confidence, sources} for a typed letter, and stores nothing', async () => {
    const result = await extract(file('letter.txt', letter));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as {
      fields: Record<string, unknown>;
      confidence: Record<string, number>;
      sources: Record<string, { page: number; start: number; end: number }>;
      format: string;
    };
    expect(out.format).toBe('text');
    expect(out.fields).toMatchObject({
      memberId: 'XJH123456789',
      claimNumber: 'C-2026-0441',
      noticeDate: '2026-03-14',
      serviceDate: '2026-02-20',
      procedureCodes: ['97110'],
      amountBilled: 1240,
      denialCategory: 'medical-necessity',
      appealDeadlineDays: 180,
    });
    expect(Object.keys(out.confidence)).toEqual(Object.keys(out.fields));
    for (const value of Object.values(out.confidence)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    const span = out.sources.memberId!;
    expect(letter.slice(span.start, span.end)).toContain('XJH123456789');
    expect(span.page).toBe(1);
    expect(fs.existsSync(path.join(dir, 'overturn.db'))).toBe(false);
  });

  it('reads a denied claim from a FHIR ExplanationOfBenefit', async () => {
    const eob = {
      resourceType: 'ExplanationOfBenefit',
      identifier: [{ value: 'CLM-77' }],
      outcome: 'partial',
      created: '2026-04-02',
      item: [
        {
          sequence: 1,
          productOrService: {
            coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '72148' }],
          },
          adjudication: [
            {
              category: { coding: [{ code: 'benefit' }] },
              reason: {
                coding: [
                  { system: 'https://x12.org/codes/claim-adjustment-reason-codes', code: '50' },
                ],
              },
            },
          ],
        },
      ],
    };
    const result = await extract(file('eob.json', JSON.stringify(eob)));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { fields: Record<string, unknown>; format: string };
    expect(out.format).toBe('json');
    expect(out.fields).toMatchObject({
      noticeType: 'eob',
      claimNumber: 'CLM-77',
      carcCodes: ['50'],
      denialCategory: 'medical-necessity',
    });
    const paid = await extract(
      file('paid.json', JSON.stringify({ ...eob, outcome: 'complete', item: [] })),
    );
    expect(paid.code).toBe(2);
    expect(paid.stderr).toMatch(/No denied claim was found/);
  });

  it('refuses what it cannot read with exit code 2 and one line saying what to do', async () => {
    const cases: [string, Record<string, string>, RegExp][] = [
      [path.join(dir, 'missing.pdf'), {}, /no such file/],
      [file('empty.txt', ''), {}, /empty/i],
      [file('big.txt', letter.repeat(20)), { OVERTURN_MAX_UPLOAD_MB: '0.001' }, /limit is/],
      [
        file('junk.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0xff, 0x00, 0x13])),
        {},
        /PDF/,
      ],
      [
        file('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])),
        {},
        /.+/,
      ],
    ];
    for (const [target, env, message] of cases) {
      const result = await extract(target, env);
      expect(result.code, target).toBe(2);
      expect(result.stdout, target).toBe('');
      expect(result.stderr.trim().split('\n'), target).toHaveLength(1);
      expect(result.stderr, target).toMatch(message);
      expect(result.stderr, target).not.toMatch(/at .*\.js:\d+/);
    }
  });
});
