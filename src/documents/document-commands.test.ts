import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOverturn } from '../testing/run-cli.js';

interface Listed {
  items: {
    id: string;
    type: string;
    version: number;
    versionCount: number;
    deletedAt: string | null;
  }[];
}

/** `overturn doc add|list|delete|restore` and `overturn evidence` (the CLI contract), as a person runs them. */
describe('overturn doc and overturn evidence', () => {
  let dir: string;
  let caseId = '';
  const overturn = (...args: string[]) => runOverturn(args, { OVERTURN_HOME: dir });
  const file = (name: string, content: string | Buffer) => {
    const at = path.join(dir, name);
    fs.writeFileSync(at, content);
    return at;
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'overturn-doc-'));
    const opened = await overturn(
      ...['case', 'new', '--patient', 'Ana Ruiz', '--insurer', 'Acme Health'],
      ...['--program', 'employer-group', '--category', 'medical-necessity', '--json'],
    );
    caseId = (JSON.parse(opened.stdout) as { id: string }).id;
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('adds a file with --type --title --date and prints it as JSON', async () => {
    const result = await overturn(
      ...['doc', 'add', caseId, file('lmn.pdf', '%PDF-1.4\n% letter\n%%EOF\n')],
      ...['--type', 'medical-necessity-letter', '--title', 'Dr. Lee', '--date', '2026-10-05'],
      '--json',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      type: 'medical-necessity-letter',
      title: 'Dr. Lee',
      documentDate: '2026-10-05',
      mediaType: 'application/pdf',
      version: 1,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('refuses a bad type (exit 2, listing the valid types) and a disguised file', async () => {
    const bad = await overturn('doc', 'add', caseId, file('a.txt', 'hello\n'), '--type', 'selfie');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--type: must be one of:');
    expect(bad.stderr).toContain('medical-necessity-letter');
    const zip = file('fake.pdf', Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0xff, 0, 1, 2]));
    const fake = await overturn('doc', 'add', caseId, zip);
    expect(fake.code).toBe(2);
    expect(fake.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('lists, replaces, deletes and restores, with versions', async () => {
    const first = JSON.parse(
      (
        await overturn(
          'doc',
          'add',
          caseId,
          file('bill.txt', 'Bill $120\n'),
          '--type',
          'bill',
          '--json',
        )
      ).stdout,
    ) as { id: string };
    const second = await overturn(
      ...['doc', 'add', caseId, file('bill2.txt', 'Bill $80\n'), '--replaces', first.id],
    );
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('(version 2)');

    const listed = JSON.parse((await overturn('doc', 'list', caseId, '--json')).stdout) as Listed;
    expect(listed.items.map((d) => [d.type, d.version, d.versionCount])).toEqual([
      ['medical-necessity-letter', 1, 1],
      ['bill', 2, 2],
    ]);
    const all = JSON.parse(
      (await overturn('doc', 'list', caseId, '--all-versions', '--json')).stdout,
    ) as Listed;
    expect(all.items).toHaveLength(3);

    const deleted = await overturn('doc', 'delete', first.id);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toContain(`overturn doc restore ${first.id}`);
    const after = JSON.parse((await overturn('doc', 'list', caseId, '--json')).stdout) as Listed;
    expect(after.items).toHaveLength(1);
    const withDeleted = JSON.parse(
      (await overturn('doc', 'list', caseId, '--deleted', '--json')).stdout,
    ) as Listed;
    expect(withDeleted.items.filter((d) => d.deletedAt !== null)).toHaveLength(1);
    expect((await overturn('doc', 'restore', first.id)).code).toBe(0);
    const text = await overturn('doc', 'list', caseId);
    expect(text.stdout).toContain('2 of 2');
  });

  it('prints the evidence checklist, missing essentials first', async () => {
    const json = await overturn('evidence', caseId, '--json');
    expect(json.code).toBe(0);
    const view = JSON.parse(json.stdout) as {
      items: { key: string; state: string }[];
      missingEssential: number;
    };
    expect(view.items.find((i) => i.key === 'doctor-letter')?.state).toBe('have');
    expect(view.items[0]?.state).toBe('missing');
    const text = await overturn('evidence', caseId);
    expect(text.stdout).toMatch(/^Missing \d+ essential items?\./);
    expect(text.stdout).toContain('[x] A letter from your doctor');
    expect(text.stdout).toContain('29 CFR 2560.503-1(h)(2)(iii)');
  });
});
