import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOverturn } from '../testing/run-cli.js';

/** `overturn next CASE_ID [--json]` (the stable contract: `{"action", "why", …}`). */
describe('overturn next', () => {
  let dir: string;
  let caseId = '';
  const overturn = (...args: string[]) => runOverturn(args, { OVERTURN_HOME: dir });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'overturn-next-'));
    const opened = await overturn(
      ...['case', 'new', '--patient', 'José Muñoz', '--insurer', 'Acme Health'],
      ...['--program', 'employer-group', '--category', 'medical-necessity', '--json'],
    );
    caseId = (JSON.parse(opened.stdout) as { id: string }).id;
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('asks for the notice date first, as JSON and in words', async () => {
    const json = await overturn('next', caseId, '--json');
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const next = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(next).toMatchObject({
      caseId,
      step: 'add-missing-facts',
      action: 'Add the date on the denial letter to your case',
    });
    expect(next['why']).toMatch(/the date on the notice/);
    const words = await overturn('next', caseId);
    expect(words.code).toBe(0);
    expect(words.stdout).toMatch(/^Next: Add the date on the denial letter/);
    expect(words.stdout).toContain(`Do it: overturn case update ${caseId} --notice-date`);
  });

  it('moves on to the evidence once the date is known', async () => {
    const updated = await overturn('case', 'update', caseId, '--notice-date', '2026-10-01');
    expect(updated.code).toBe(0);
    const next = JSON.parse((await overturn('next', caseId, '--json')).stdout) as {
      step: string;
      due: string;
      citation: string;
    };
    expect(next.step).toBe('gather-evidence');
    expect(next.due).toMatch(/^2027-/);
    expect(next.citation).toMatch(/2560\.503-1/);
  });

  it('refuses an unknown case with exit code 2 and one line', async () => {
    const result = await overturn('next', 'no-such-case', '--json');
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
