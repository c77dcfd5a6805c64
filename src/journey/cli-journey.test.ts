import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { medicaidDenialLetter } from '../testing/denial-letters.js';
import { pdfText } from '../testing/pdf-text.js';
import { runOverturn } from '../testing/run-cli.js';

/**
 * The whole journey from a terminal, as issue 6 asks ("from denial to outcome … in the CLI"): read
 * the denial, add evidence, write the appeal, build the packet, send it, log a call, follow the
 * next step, record the win and the payment, print the summary, back everything up and restore it.
 */
describe('a case from denial to payment with the overturn command', () => {
  let dir: string;
  let home: string;
  let caseId = '';
  const overturn = (...args: string[]) => runOverturn(args, { OVERTURN_HOME: home });
  const file = (name: string) => path.join(dir, name);
  // Days counted in UTC; the case's own today (Texas) can be a day behind, so every date here
  // stays at least a day clear of "today" wherever it is counted.
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
  const next = async () =>
    (JSON.parse((await overturn('next', caseId, '--json')).stdout) as { step: string }).step;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'overturn-journey-'));
    home = path.join(dir, 'home');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads the denial letter into a case, then asks for the evidence', async () => {
    fs.writeFileSync(file('denial.txt'), medicaidDenialLetter);
    // The sample letter's own date would let its deadline pass as the calendar moves on.
    const opened = await overturn(
      'intake',
      file('denial.txt'),
      '--notice-date',
      daysAgo(6),
      '--json',
    );
    expect(opened.stderr).toBe('');
    expect(opened.code).toBe(0);
    caseId = (JSON.parse(opened.stdout) as { case: { id: string } }).case.id;
    expect(caseId).not.toBe('');
    expect(await next()).toBe('gather-evidence');
  });

  it('adds the doctor’s letter and ticks it off the checklist', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('Letter of medical necessity', { x: 72, y: 700 });
    fs.writeFileSync(file('doctor.pdf'), await pdf.save());
    const added = await overturn(
      ...['doc', 'add', caseId, file('doctor.pdf'), '--type', 'medical-necessity-letter'],
      ...['--title', 'Dr. Lee’s letter', '--json'],
    );
    expect(added.code).toBe(0);
    const evidence = JSON.parse((await overturn('evidence', caseId, '--json')).stdout) as {
      items: { key: string; state: string }[];
    };
    expect(evidence.items.find((item) => item.key === 'doctor-letter')?.state).toBe('have');
    expect(await next()).toBe('gather-evidence'); // other essentials are still missing
  });

  it('writes the appeal, builds the packet, sends it, then waits for the decision', async () => {
    const letter = await overturn(
      'letter',
      caseId,
      '--kind',
      'internal-appeal',
      '--out',
      file('a.pdf'),
    );
    expect(letter.code).toBe(0);
    expect(await next()).toBe('send-letter');
    const packet = await overturn('packet', caseId, '--out', file('packet.pdf'));
    expect(packet.code).toBe(0);
    const text = await pdfText(fs.readFileSync(file('packet.pdf')));
    expect(text).toContain('OVT-000001');
    expect(text).toContain('Dr. Lee’s letter');
    for (const step of ['plan-appeal-drafted', 'plan-appeal-submitted'])
      expect((await overturn('case', 'status', caseId, step)).code).toBe(0);
    expect(await next()).toBe('wait-for-decision');
  });

  it('puts a promised call-back that is overdue first', async () => {
    const call = await overturn(
      ...['call', 'add', caseId, '--with', 'Bluebonnet member services', '--reference', 'R-9'],
      ...['--summary', 'Appeal received.', '--at', daysAgo(4), '--follow-up', daysAgo(3)],
    );
    expect(call.code).toBe(0);
    expect(await next()).toBe('follow-up-call');
    const tasks = JSON.parse((await overturn('tasks', '--json')).stdout) as {
      tasks: { caseId: string; title: string; due: string; overdue: boolean }[];
    };
    expect(tasks.tasks.some((t) => t.caseId === caseId && t.overdue)).toBe(true);
  });

  it('records the win and the payment, prints the summary, and restores a backup elsewhere', async () => {
    const won = await overturn(
      ...['outcome', 'add', caseId, '--decision', 'won', '--on', daysAgo(2), '--by', 'Bluebonnet'],
    );
    expect(won.code).toBe(0);
    expect(await next()).toBe('check-payment');
    const paid = await overturn(
      ...['outcome', 'add', caseId, '--decision', 'paid', '--on', daysAgo(2)],
      ...['--by', 'Bluebonnet', '--amount', '480.00'],
    );
    expect(paid.code).toBe(0);
    expect(await next()).toBe('confirm-and-close');

    expect((await overturn('case', 'summary', caseId, '--out', file('summary.pdf'))).code).toBe(0);
    expect(await pdfText(fs.readFileSync(file('summary.pdf')))).toContain('$480.00');

    expect((await overturn('export', '--out', file('backup.ndjson.gz'))).code).toBe(0);
    const elsewhere = path.join(dir, 'elsewhere');
    const restored = await runOverturn(['import', file('backup.ndjson.gz')], {
      OVERTURN_HOME: elsewhere,
    });
    expect(restored.code).toBe(0);
    const again = await runOverturn(['next', caseId, '--json'], { OVERTURN_HOME: elsewhere });
    expect((JSON.parse(again.stdout) as { step: string }).step).toBe('confirm-and-close');
  });
});
