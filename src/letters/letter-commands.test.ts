import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../testing/pdf-text.js';
import { runOverturn } from '../testing/run-cli.js';

/** `overturn letter` and `overturn packet` (the stable contract), run as a person would. */
describe('overturn letter and overturn packet', () => {
  let dir: string;
  let caseId = '';
  const overturn = (...args: string[]) => runOverturn(args, { OVERTURN_HOME: dir });
  const out = (name: string) => path.join(dir, name);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'overturn-letter-'));
    const opened = await overturn(
      ...['case', 'new', '--patient', 'José Muñoz', '--insurer', 'Acme Health'],
      ...['--program', 'individual-market', '--member-id', 'XJH123', '--claim-number', 'C-77'],
      ...['--category', 'medical-necessity', '--notice-date', '2026-10-01', '--json'],
    );
    caseId = (JSON.parse(opened.stdout) as { id: string }).id;
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the appeal as a PDF a reader opens, with the names, the numbers and the law', async () => {
    const result = await overturn(
      ...['letter', caseId, '--kind', 'internal-appeal', '--out', out('appeal.pdf')],
      ...['--address', '12 Oak St; Austin, TX 78701'],
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Saved Internal appeal (version 1)');
    expect(result.stdout).toContain('not legal advice');
    const text = await pdfText(fs.readFileSync(out('appeal.pdf')));
    for (const expected of ['José Muñoz', 'XJH123', 'C-77', '12 Oak St', '45 CFR 147.136'])
      expect(text).toContain(expected);
  });

  it('writes plain text or a Word file by the extension, and Spanish on request', async () => {
    const text = await overturn(
      ...['letter', caseId, '--kind', 'claim-file-request', '--lang', 'es', '--out', out('c.txt')],
    );
    expect(text.code).toBe(0);
    expect(fs.readFileSync(out('c.txt'), 'utf8')).toContain('José Muñoz');
    const word = await overturn(
      'letter',
      caseId,
      '--kind',
      'internal-appeal',
      '--out',
      out('a.docx'),
    );
    expect(word.code).toBe(0);
    expect(fs.readFileSync(out('a.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes the letter in English with the steps for the person in Spanish', async () => {
    const result = await overturn(
      ...['letter', caseId, '--kind', 'internal-appeal', '--guidance-lang', 'es'],
      ...['--out', out('mixed.txt')],
    );
    expect(result.code).toBe(0);
    expect(fs.readFileSync(out('mixed.txt'), 'utf8')).toContain('I am writing');
    expect(result.stdout).toContain('Lea la carta y corrija lo que esté mal.');
    expect(result.stdout).not.toContain('Read the letter');
    const bad = await overturn(
      ...['letter', caseId, '--kind', 'internal-appeal', '--guidance-lang', 'fr'],
      ...['--out', out('x.txt')],
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/guidance-?[lL]ang.*must be en or es/);
  });

  it('refuses a bad kind, a bad file name and a missing fact with exit code 2 and one line', async () => {
    for (const args of [
      ['letter', caseId, '--kind', 'love-letter', '--out', out('x.pdf')],
      ['letter', caseId, '--kind', 'internal-appeal', '--out', out('x.doc')],
      // A records request goes to the provider, whom this case does not name.
      ['letter', caseId, '--kind', 'records-request', '--out', out('x.pdf')],
    ]) {
      const result = await overturn(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(fs.existsSync(out('x.pdf'))).toBe(false);
    }
  });

  it('builds the packet with the newest appeal letter on top, every page numbered', async () => {
    const result = await overturn('packet', caseId, '--out', out('packet.pdf'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Built a packet of \d+ pages/);
    const text = await pdfText(fs.readFileSync(out('packet.pdf')));
    expect(text).toContain('OVT-000001');
    expect(text).toContain('José Muñoz');
  });
});
