import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../testing/pdf-text.js';
import { runOverturn } from '../testing/run-cli.js';

/** `overturn outcome add|list`, `overturn case delete|restore|list --deleted`, `overturn case summary`. */
describe('overturn outcome, case delete/restore and case summary', () => {
  let dir: string;
  let caseId = '';
  const overturn = (...args: string[]) => runOverturn(args, { OVERTURN_HOME: dir });
  const yesterday = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'overturn-outcomes-'));
    const opened = await overturn(
      ...['case', 'new', '--patient', 'José Muñoz', '--insurer', 'Acme Health'],
      ...['--program', 'employer-group', '--claim-number', 'CLM-42', '--json'],
    );
    caseId = (JSON.parse(opened.stdout) as { id: string }).id;
    for (const step of ['internal-appeal-drafted', 'internal-appeal-submitted'])
      expect((await overturn('case', 'status', caseId, step)).code).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('records a win in plain words, then the payment, and lists both', async () => {
    const won = await overturn(
      ...['outcome', 'add', caseId, '--decision', 'won', '--on', yesterday, '--by', 'Acme Health'],
      ...['--reference', 'D-1', '--json'],
    );
    expect(won.stderr).toBe('');
    expect(won.code).toBe(0);
    const view = JSON.parse(won.stdout) as {
      outcome: { decision: string; reference: string };
      case: { status: string };
    };
    expect(view.outcome).toMatchObject({ decision: 'overturned', reference: 'D-1' });
    expect(view.case.status).toBe('internal-appeal-overturned');

    const paid = await overturn(
      ...['outcome', 'add', caseId, '--decision', 'paid', '--on', yesterday],
      ...['--by', 'Acme Health', '--amount', '$1,240.50'],
    );
    expect(paid.code).toBe(0);
    expect(paid.stdout).toContain(`Recorded: Paid by Acme Health on ${yesterday}: $1,240.50`);
    expect(paid.stdout).toContain('Status: Paid or approved');

    const list = JSON.parse((await overturn('outcome', 'list', caseId, '--json')).stdout) as {
      items: { decision: string; amountPaidCents: number | null }[];
    };
    expect(list.items).toMatchObject([
      { decision: 'overturned', amountPaidCents: null },
      { decision: 'paid', amountPaidCents: 124_050 },
    ]);
    expect((await overturn('outcome', 'list', caseId)).stdout).toContain('Reference: D-1');
  });

  it('refuses bad outcomes with exit code 2 and one line naming the flag', async () => {
    for (const [args, text] of [
      [['--decision', 'maybe', '--on', yesterday, '--by', 'A'], '--decision'],
      [['--decision', 'won', '--on', '2026-02-30', '--by', 'A'], '--on'],
      [['--decision', 'won', '--on', yesterday], '--by'],
      [['--decision', 'paid', '--on', yesterday, '--by', 'A', '--amount', '1.234'], '--amount'],
      [['--decision', 'won', '--on', yesterday, '--by', 'A'], 'Allowed next: closed'],
    ] as const) {
      const result = await overturn('outcome', 'add', caseId, ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(text);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('writes the case summary PDF', async () => {
    const out = path.join(dir, 'summary.pdf');
    const result = await overturn('case', 'summary', caseId, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(out);
    const text = (await pdfText(fs.readFileSync(out))).replace(/\s+/g, ' ');
    expect(text).toContain('José Muñoz');
    expect(text).toContain('CLM-42');
    expect(text).toContain('Won at the internal appeal');
    const missing = await overturn('case', 'summary', caseId);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--out');
  });

  it('deletes a case only with --yes, lists it as deleted, and restores it', async () => {
    const refused = await overturn('case', 'delete', caseId);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Add --yes to confirm');
    expect(refused.stderr).toContain(`overturn case restore ${caseId}`);
    expect((await overturn('case', 'show', caseId)).code).toBe(0);

    const deleted = await overturn('case', 'delete', caseId, '--yes');
    expect(deleted.code).toBe(0);
    expect((await overturn('case', 'show', caseId)).code).toBe(2);
    const live = JSON.parse((await overturn('case', 'list', '--json')).stdout) as {
      items: { id: string }[];
    };
    expect(live.items).toEqual([]);
    const gone = JSON.parse((await overturn('case', 'list', '--deleted', '--json')).stdout) as {
      items: { id: string }[];
    };
    expect(gone.items.map((c) => c.id)).toEqual([caseId]);

    const restored = await overturn('case', 'restore', caseId, '--json');
    expect(restored.code).toBe(0);
    expect((JSON.parse(restored.stdout) as { id: string }).id).toBe(caseId);
    expect((await overturn('case', 'show', caseId)).stdout).toContain('Case restored');
  });
});
