import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  claimDenialWithoutProgram,
  groceryList,
  medicaidDenialLetter,
} from '../testing/denial-letters.js';
import { runOverturn } from '../testing/run-cli.js';

/** `overturn intake FILE [--json]`: a denial read into a case, the document stored, run as a person would. */
describe('overturn intake', () => {
  let dir: string;
  const file = (name: string, contents: string) => {
    const target = path.join(dir, name);
    fs.writeFileSync(target, contents);
    return target;
  };
  const overturn = (...args: string[]) => runOverturn(args, { OVERTURN_HOME: dir });
  const caseCount = async () =>
    (JSON.parse((await overturn('case', 'list', '--json')).stdout) as { items: unknown[] }).items
      .length;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'overturn-intake-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('opens a case with the fields read, the document stored with its SHA-256, and the deadlines computed', async () => {
    const result = await overturn('intake', file('notice.txt', medicaidDenialLetter), '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as {
      case: { id: string; patient: { name: string }; plan: { program: string } };
      document: { sha256: string; originalName: string };
      deadlines: { deadlines: { id: string; due: string }[] };
    };
    expect(out.case.patient.name).toBe('Nguyễn Thị Lan');
    expect(out.case.plan.program).toBe('medicaid-managed-care');
    expect(out.document).toMatchObject({
      originalName: 'notice.txt',
      sha256: createHash('sha256').update(medicaidDenialLetter).digest('hex'),
    });
    expect(out.deadlines.deadlines.find((d) => d.id === 'file-internal-appeal')?.due).toBe(
      '2026-12-13',
    );

    const shown = await overturn('case', 'show', out.case.id);
    expect(shown.stdout).toContain('Read notice.txt');
  });

  it('prints the case id and the next step in plain text', async () => {
    const result = await overturn(
      'intake',
      file('harbor.txt', claimDenialWithoutProgram),
      '--program',
      'employer-group',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Opened case [0-9a-f-]{36}/);
    expect(result.stdout).toContain('Next step: check the case with `overturn case show');
    expect(result.stdout).toContain('not legal advice');
  });

  it('stores nothing and exits 2 when the letter lacks a field a case needs and no flag gives it', async () => {
    const before = await caseCount();
    const result = await overturn('intake', file('no-program.txt', claimDenialWithoutProgram));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--program: the document does not give the kind of plan');
    expect(await caseCount()).toBe(before);
  });

  it('stores nothing and exits 2 for a document that is not a denial, unless told --anyway', async () => {
    const before = await caseCount();
    const list = file('list.txt', groceryList);
    const refused = await overturn(
      'intake',
      list,
      '--patient',
      'Sam',
      '--insurer',
      'X',
      '--program',
      'individual-market',
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('does not look like a denial');
    expect(refused.stderr).toContain('--anyway');
    expect(await caseCount()).toBe(before);
  });

  it('stores nothing and exits 2 for an empty file or a bad flag', async () => {
    const before = await caseCount();
    expect((await overturn('intake', file('empty.txt', ''))).code).toBe(2);
    const badDate = await overturn(
      'intake',
      file('n.txt', medicaidDenialLetter),
      '--received-date',
      '2026-02-30',
    );
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--received-date');
    expect(await caseCount()).toBe(before);
  });
});
