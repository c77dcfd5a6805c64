import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEmptyDatabase,
  postgresServerUrl,
  type TestDatabase,
} from '../testing/test-databases.js';
import { spawn } from 'node:child_process';
import {
  childEnv,
  overturnBin,
  runOverturn,
  startOverturnServe,
  stopChild,
} from '../testing/run-cli.js';

const newCaseArgs = [
  'case',
  'new',
  '--patient',
  'Ana Ruiz',
  '--insurer',
  'Acme Health',
  '--program',
  'employer-group',
  '--state',
  'TX',
  '--claim-number',
  'C123',
];

describe('overturn CLI on SQLite', () => {
  let home: string;
  const run = (...args: string[]) => runOverturn(args, { OVERTURN_HOME: home });
  beforeAll(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'overturn-cli-'));
  });
  afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

  it('opens a case and prints it as JSON with its id, creating overturn.db in OVERTURN_HOME', async () => {
    const result = await run(...newCaseArgs, '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const created = JSON.parse(result.stdout) as {
      id: string;
      status: string;
      claim: { claimNumber: string };
    };
    expect(created).toMatchObject({ status: 'denied', claim: { claimNumber: 'C123' } });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    const file = path.join(home, 'overturn.db');
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.statSync(file).mode & 0o077).toBe(0);

    const list = JSON.parse((await run('case', 'list', '--json')).stdout) as {
      items: { id: string }[];
    };
    expect(list.items.map((c) => c.id)).toContain(created.id);
  });

  it('prints a tidy table for people', async () => {
    const result = await run('case', 'list');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ID +Patient +Insurer +Status +Next deadline\n/);
    expect(result.stdout).toContain('Ana Ruiz');
  });

  it('refuses an unknown program with exit code 2 and one line listing the allowed values', async () => {
    const args = newCaseArgs.map((a) => (a === 'employer-group' ? 'medicare-part-z' : a));
    const result = await run(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'overturn: --program: must be one of: employer-group, individual-market, medicare-advantage, medicaid-managed-care\n',
    );
  });

  it('refuses bad dates, unknown flags and missing required flags with exit code 2, no stack trace', async () => {
    for (const args of [
      [...newCaseArgs, '--notice-date', '2026-13-01'],
      [...newCaseArgs, '--favourite-colour', 'blue'],
      ['case', 'new', '--insurer', 'Acme', '--program', 'employer-group'],
      ['case', 'list', '--limit', '0'],
      ['case', 'bogus'],
    ]) {
      const result = await run(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect((await run(...newCaseArgs, '--notice-date', '2026-13-01')).stderr).toMatch(
      /--notice-date: must be a real date/,
    );
    expect(
      (await run('case', 'new', '--insurer', 'Acme', '--program', 'employer-group')).stderr,
    ).toMatch(/--patient: is required/);
  });

  it('moves a case along the ladder, refuses an illegal step, and keeps notes on the timeline', async () => {
    const { id } = JSON.parse((await run(...newCaseArgs, '--json')).stdout) as { id: string };

    const illegal = await run('case', 'status', id, 'paid');
    expect(illegal.code).toBe(2);
    expect(illegal.stderr).toMatch(
      /cannot go to "Paid or approved" next\. Allowed next: internal-appeal-drafted/,
    );

    const moved = await run(
      'case',
      'status',
      id,
      'internal-appeal-drafted',
      '--note',
      'Started the letter',
      '--json',
    );
    expect(moved.code).toBe(0);
    expect(JSON.parse(moved.stdout)).toMatchObject({
      status: 'internal-appeal-drafted',
      version: 2,
    });

    expect((await run('case', 'note', id, 'Called Acme, ref 991')).code).toBe(0);

    const wrong = await run('case', 'status', id, 'withdrawn');
    expect(wrong.code).toBe(0);
    const undone = await run('case', 'status', id, '--undo');
    expect(undone.code).toBe(0);
    expect(undone.stdout).toMatch(/^Undone\. Status: Internal appeal: being prepared/);
    expect((await run('case', 'status', id, 'withdrawn', '--undo')).code).toBe(2);

    const shown = JSON.parse((await run('case', 'show', id, '--json')).stdout) as {
      version: number;
      timeline: { type: string }[];
    };
    expect(shown.version).toBe(4);
    expect(shown.timeline.map((e) => e.type)).toEqual([
      'case-created',
      'status-changed',
      'note-added',
      'status-changed',
      'status-changed',
    ]);

    const text = await run('case', 'show', id);
    expect(text.stdout).toContain(
      'Status: Denied, not yet appealed → Internal appeal: being prepared (Started the letter)',
    );
    expect(text.stdout).toContain('Note: Called Acme, ref 991');
  });

  it('stops quietly when the reader closes the pipe early (`| head`)', async () => {
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>(
      (resolve) => {
        const child = spawn(process.execPath, [overturnBin, 'case', 'list', '--help'], {
          env: childEnv({ OVERTURN_HOME: home }),
        });
        let err = '';
        child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
        // Close our end before the command writes: its writes then fail with EPIPE.
        child.stdout.destroy();
        child.on('close', (exit) => resolve({ code: exit, stderr: err }));
      },
    );
    expect(stderr).not.toMatch(/EPIPE|at .+:\d+:\d+/);
    expect(code).toBe(0);
  });

  it('reports an unknown case with exit code 2', async () => {
    const result = await run('case', 'show', 'no-such-case');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('overturn: No case with id "no-such-case" was found.\n');
  });

  it('names the bad environment variable and exits 2', async () => {
    const result = await runOverturn(['case', 'list'], {
      OVERTURN_HOME: home,
      DATABASE_URL: 'mysql://nope',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^overturn: DATABASE_URL: must start with postgres:\/\//);
  });

  it('serves the web app and GET /api/health on 127.0.0.1', async () => {
    const serveHome = fs.mkdtempSync(path.join(os.tmpdir(), 'overturn-serve-'));
    const { url, child } = await startOverturnServe(['--port', '0'], { OVERTURN_HOME: serveHome });
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${url}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
      expect(fs.existsSync(path.join(serveHome, 'overturn.db'))).toBe(true);
      const page = await fetch(`${url}/cases/anything`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
    } finally {
      await stopChild(child);
      fs.rmSync(serveHome, { recursive: true, force: true });
    }
  });
});

describe('overturn CLI on PostgreSQL (DATABASE_URL)', () => {
  const serverUrl = postgresServerUrl();
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    if (serverUrl) database = await createEmptyDatabase('postgres');
  });
  afterAll(async () => {
    await database?.close();
  });

  // A child process cannot share this process's in-memory PGlite: this part needs a server.
  // CI always has one (src/testing/global-setup.ts refuses to run there without DATABASE_URL).
  it.runIf(serverUrl)('opens and lists cases, and serves /api/health, on PostgreSQL', async () => {
    const env = { DATABASE_URL: database!.url!, OVERTURN_HOME: os.tmpdir() };
    const created = await runOverturn([...newCaseArgs, '--json'], env);
    expect(created.code).toBe(0);
    const { id } = JSON.parse(created.stdout) as { id: string };
    const list = JSON.parse((await runOverturn(['case', 'list', '--json'], env)).stdout) as {
      items: { id: string }[];
    };
    expect(list.items.map((c) => c.id)).toEqual([id]);

    const { url, child } = await startOverturnServe(['--port', '0'], env);
    try {
      const health = await fetch(`${url}/api/health`);
      expect(await health.json()).toMatchObject({ status: 'ok', database: 'postgres' });
    } finally {
      await stopChild(child);
    }
  });
});
