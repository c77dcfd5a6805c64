import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeQuietly } from '../testing/backup-files.js';
import { runOverturn } from '../testing/run-cli.js';
import { createTestDatabase, postgresServerUrl } from '../testing/test-databases.js';

/** `overturn export --out FILE` and `overturn import FILE` (the stable contract), as a person runs them. */
describe('overturn export, overturn import and overturn case export', () => {
  let root: string;
  let caseId = '';
  const home = (name: string) => path.join(root, name);
  const overturn = (where: string, ...args: string[]) =>
    runOverturn(args, { OVERTURN_HOME: home(where) });
  const backup = () => path.join(root, 'out', 'overturn-backup.ndjson.gz');

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'overturn-backup-'));
    fs.mkdirSync(path.join(root, 'out'));
    const opened = await overturn(
      'first',
      ...['case', 'new', '--patient', 'José Muñoz', '--insurer', 'Acme Health'],
      ...['--program', 'individual-market', '--member-id', 'XJH123', '--claim-number', 'C-77'],
      ...['--category', 'medical-necessity', '--notice-date', '2026-10-01', '--json'],
    );
    caseId = (JSON.parse(opened.stdout) as { id: string }).id;
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('writes a backup file readable only by its owner, with no temporary file left behind', async () => {
    const result = await overturn('first', 'export', '--out', backup());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('cases: 1');
    expect(fs.statSync(backup()).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.join(root, 'out'))).toEqual(['overturn-backup.ndjson.gz']);
  });

  it('never replaces an existing file unless told to', async () => {
    const before = fs.readFileSync(backup());
    const refused = await overturn('first', 'export', '--out', backup());
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists');
    expect(refused.stderr).toContain('--force');
    expect(fs.readFileSync(backup())).toEqual(before);
    const forced = await overturn('first', 'export', '--out', backup(), '--force', '--json');
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ file: backup(), tables: { cases: 1 } });
    expect(fs.readdirSync(path.join(root, 'out'))).toHaveLength(1);
  });

  it('restores the backup into a new OVERTURN_HOME, and not into one with data', async () => {
    const restored = await overturn('second', 'import', backup(), '--json');
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ tables: { cases: 1 } });
    const shown = await overturn('second', 'case', 'show', caseId, '--json');
    expect(JSON.parse(shown.stdout)).toMatchObject({ id: caseId, patient: { name: 'José Muñoz' } });

    const again = await overturn('second', 'import', backup());
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('OVERTURN_HOME');

    // From the laptop's SQLite to a server's PostgreSQL, when the tests have a server.
    const server = postgresServerUrl() ? await createTestDatabase('postgres') : null;
    if (server?.url) {
      try {
        const onServer = await runOverturn(['import', backup(), '--json'], {
          DATABASE_URL: server.url,
        });
        expect(onServer.code).toBe(0);
        expect(JSON.parse(onServer.stdout)).toMatchObject({ tables: { cases: 1 } });
      } finally {
        await closeQuietly(server);
      }
    }
  });

  it('says what is wrong with a file that is missing or not a backup', async () => {
    const missing = await overturn('third', 'import', path.join(root, 'nope.gz'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const pdf = path.join(root, 'letter.pdf');
    fs.writeFileSync(pdf, '%PDF-1.7\n%%EOF\n');
    const foreign = await overturn('third', 'import', pdf);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain('not an Overturn backup');
    expect(foreign.stderr).not.toMatch(/\bat \//);
  });

  it('exports one case as JSON to a file or to the terminal', async () => {
    const file = path.join(root, 'out', 'case.json');
    const written = await overturn('first', 'case', 'export', caseId, '--out', file);
    expect(written.code).toBe(0);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as { case: { id: string } };
    expect(exported.case.id).toBe(caseId);
    const printed = await overturn('first', 'case', 'export', caseId, '--json');
    expect(JSON.parse(printed.stdout)).toMatchObject({ format: 'overturn-case-export' });
    const neither = await overturn('first', 'case', 'export', caseId);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('--out');
  });
});
