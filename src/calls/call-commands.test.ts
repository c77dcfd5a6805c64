import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOverturn } from '../testing/run-cli.js';

/** `overturn call add|list`, `overturn tasks` and `overturn task done` (the stable contract). */
describe('overturn call and overturn tasks', () => {
  let dir: string;
  let caseId = '';
  const overturn = (...args: string[]) => runOverturn(args, { OVERTURN_HOME: dir });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'overturn-calls-'));
    const opened = await overturn(
      ...['case', 'new', '--patient', 'José Muñoz', '--insurer', 'Acme Health'],
      ...['--program', 'employer-group', '--notice-date', '2026-10-01', '--json'],
    );
    caseId = (JSON.parse(opened.stdout) as { id: string }).id;
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('logs a call with a follow-up and prints it as JSON', async () => {
    const followUp = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const result = await overturn(
      ...['call', 'add', caseId, '--with', 'Acme Health', '--reference', 'R-123'],
      ...['--summary', 'They got my appeal.', '--follow-up', followUp, '--json'],
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const call = JSON.parse(result.stdout) as {
      caseId: string;
      with: string;
      reference: string;
      followUp: { due: string; kind: string };
    };
    expect(call).toMatchObject({ caseId, with: 'Acme Health', reference: 'R-123' });
    expect(call.followUp).toMatchObject({ due: followUp, kind: 'follow-up' });

    const list = await overturn('call', 'list', caseId, '--json');
    expect((JSON.parse(list.stdout) as { items: unknown[] }).items).toHaveLength(1);
    const text = await overturn('call', 'list', caseId);
    expect(text.stdout).toContain('Reference: R-123');
  });

  it('prints {"tasks": [{caseId, title, due, …}]} and ticks a follow-up done', async () => {
    const result = await overturn('tasks', '--due-within', '30', '--json');
    expect(result.code).toBe(0);
    const { tasks } = JSON.parse(result.stdout) as {
      tasks: { id: string; caseId: string; title: string; due: string; kind: string }[];
    };
    const followUp = tasks.find((t) => t.kind === 'follow-up');
    expect(followUp).toMatchObject({ caseId, title: 'Follow up with Acme Health' });
    expect(followUp?.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const done = await overturn('task', 'done', followUp?.id ?? '');
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/^Done: Follow up with Acme Health/);
    const after = JSON.parse((await overturn('tasks', '--json')).stdout) as {
      tasks: { id: string }[];
    };
    expect(after.tasks.some((t) => t.id === followUp?.id)).toBe(false);
  });

  it('refuses bad input with exit code 2 and a message naming the flag', async () => {
    for (const [args, flag] of [
      [['call', 'add', caseId, '--summary', 'x'], '--with'],
      [
        ['call', 'add', caseId, '--with', 'Acme', '--summary', 'x', '--follow-up', '2026-02-30'],
        '--follow-up',
      ],
      [['call', 'add', caseId, '--with', 'Acme'], '--summary'],
      [['call', 'add', 'no-such-case', '--with', 'Acme', '--summary', 'x'], 'no-such-case'],
      [['tasks', '--due-within', 'soon'], '--due-within'],
    ] as const) {
      const result = await overturn(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(flag);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});
