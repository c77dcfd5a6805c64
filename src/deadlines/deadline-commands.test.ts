import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEmptyDatabase,
  postgresServerUrl,
  type TestDatabase,
} from '../testing/test-databases.js';
import { runOverturn } from '../testing/run-cli.js';

/** The CLI contract of `overturn deadlines` (product.md, "Stable public contracts"), run as a user would. */

interface ContractDeadline {
  id: string;
  action: string;
  due: string;
  sendBy: string | null;
  countedFrom: string;
  citation: string;
  confidence: string;
  note: string | null;
}

const deadlines = (args: string[], env: Record<string, string> = {}) =>
  runOverturn(['deadlines', ...args], env);

const parse = (stdout: string) => JSON.parse(stdout) as { deadlines: ContractDeadline[] };

describe('overturn deadlines (the CLI contract)', () => {
  it('prints {"deadlines":[…]} with id, action, due, sendBy, countedFrom, citation, confidence and note', async () => {
    const result = await deadlines([
      '--program',
      'employer-group',
      '--state',
      'TX',
      '--notice',
      'initial-denial',
      '--notice-date',
      '2026-10-01',
      '--received-date',
      '2026-10-06',
      '--json',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [appeal] = parse(result.stdout).deadlines;
    expect(Object.keys(appeal!)).toEqual(
      expect.arrayContaining([
        'id',
        'action',
        'due',
        'sendBy',
        'countedFrom',
        'citation',
        'confidence',
        'note',
      ]),
    );
    // 180 days from receipt (29 CFR 2560.503-1(h)(3)(i)); posted 10 days ahead.
    expect(appeal).toMatchObject({
      id: 'file-internal-appeal',
      due: '2027-04-04',
      sendBy: '2027-03-25',
      countedFrom: 'the day you received the notice (2026-10-06)',
      confidence: 'high',
    });
    expect(appeal!.citation).toContain('29 CFR 2560.503-1(h)(3)(i)');
  });

  it('gives Medicaid its 10-day and 60-day deadlines, and the 120-day fair hearing after the plan decides', async () => {
    const first = parse(
      (
        await deadlines([
          '--program',
          'medicaid-managed-care',
          '--state',
          'CA',
          '--notice-date',
          '2026-11-02',
          '--json',
        ])
      ).stdout,
    );
    expect(first.deadlines.map((d) => [d.id, d.due])).toEqual([
      ['continue-benefits', '2026-11-12'],
      ['file-internal-appeal', '2027-01-01'],
    ]);
    const final = parse(
      (
        await deadlines([
          '--program',
          'medicaid-managed-care',
          '--state',
          'CA',
          '--notice',
          'final-internal-denial',
          '--notice-date',
          '2026-11-02',
          '--json',
        ])
      ).stdout,
    );
    expect(final.deadlines.map((d) => [d.id, d.due])).toEqual([
      ['continue-benefits', '2026-11-12'],
      ['file-state-fair-hearing', '2027-03-02'],
    ]);
  });

  it('prints the same dates, to the hour, when the process runs in another time zone', async () => {
    const args = [
      '--program',
      'employer-group',
      '--state',
      'NY',
      '--urgency',
      'urgent',
      '--notice-date',
      '2026-03-05',
      '--appeal-filed',
      '2026-03-06T15:00',
      '--json',
    ];
    const utc = await deadlines(args, { TZ: 'UTC' });
    const kiritimati = await deadlines(args, { TZ: 'Pacific/Kiritimati' });
    expect(kiritimati.stdout).toBe(utc.stdout);
    // 72 hours through the start of daylight saving time (Sunday 2026-03-08).
    expect(
      parse(utc.stdout).deadlines.find((d) => d.id === 'plan-decides-internal-appeal')?.due,
    ).toBe('2026-03-09T16:00:00-04:00');
  });

  it('prints a table for people, with citations and the not-legal-advice note', async () => {
    const result = await deadlines([
      '--program',
      'medicare-advantage',
      '--notice-date',
      '2026-11-02',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Due\s+Send by\s+Who\s+What/);
    expect(result.stdout).toContain('2027-01-06');
    expect(result.stdout).toContain('42 CFR 422.582(b)');
    expect(result.stdout).toContain('not legal advice');
  });

  it('words the deadlines in Spanish with --lang es, and keeps the dates and citations', async () => {
    const args = ['--program', 'employer-group', '--notice-date', '2026-11-02', '--json'];
    const english = parse((await deadlines(args)).stdout);
    const result = await deadlines([...args, '--lang', 'es']);
    expect(result.code).toBe(0);
    const spanish = parse(result.stdout);
    expect(spanish.deadlines.map((d) => [d.id, d.due, d.citation])).toEqual(
      english.deadlines.map((d) => [d.id, d.due, d.citation]),
    );
    expect(spanish.deadlines.find((d) => d.id === 'file-internal-appeal')?.action).toBe(
      'Envíe su apelación al plan',
    );
    expect(english.deadlines.find((d) => d.id === 'file-internal-appeal')?.action).toBe(
      'Send your appeal to the plan',
    );
  });

  it('refuses bad input with exit code 2 and one line naming the flag to fix', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['--program', 'dental', '--notice-date', '2026-01-05'],
        /^overturn: --program: must be one of/,
      ],
      [
        ['--program', 'employer-group', '--state', 'XX', '--notice-date', '2026-01-05'],
        /^overturn: --state: must be a two-letter US state code/,
      ],
      [
        ['--program', 'employer-group', '--notice-date', '2026-02-30'],
        /^overturn: --notice-date: must be a real date/,
      ],
      [
        ['--program', 'employer-group', '--notice-date', '2099-01-05'],
        /^overturn: --notice-date: .*in the future/,
      ],
      [
        [
          '--program',
          'medicare-advantage',
          '--notice',
          'final-internal-denial',
          '--notice-date',
          '2026-01-05',
        ],
        /^overturn: --notice: Medicare Advantage has no final internal denial/,
      ],
      [['--program', 'employer-group'], /^overturn: --notice-date: is required/],
      [
        ['--program', 'employer-group', '--notice-date', '2026-01-05', '--send-by-days', 'ten'],
        /^overturn: --send-by-days: must be a whole number/,
      ],
      [
        ['--program', 'employer-group', '--notice-date', '2026-01-05', '--lang', 'fr'],
        /^overturn: --lang: must be "en" or "es"/,
      ],
    ];
    for (const [args, message] of cases) {
      const result = await deadlines(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr, args.join(' ')).toMatch(message);
    }
  });
});

/** A case carries what its deadlines need; the calendar file imports into a real parser. */
function caseDeadlineFlow(env: () => Record<string, string>) {
  return async () => {
    const run = (...args: string[]) => runOverturn(args, env());
    const created = await run(
      'case',
      'new',
      '--patient',
      'Nguyễn Văn An',
      '--insurer',
      'Acme Health',
      '--program',
      'employer-group',
      '--state',
      'CA',
      '--funding',
      'self-funded',
      '--notice',
      'final-internal-denial',
      '--notice-date',
      '2026-10-30',
      '--urgency',
      'pre-service',
      '--json',
    );
    expect(created.stderr).toBe('');
    const { id, denial } = JSON.parse(created.stdout) as {
      id: string;
      denial: { noticeStage: string; urgency: string };
    };
    expect(denial).toMatchObject({ noticeStage: 'final-internal-denial', urgency: 'pre-service' });

    const shown = JSON.parse((await run('case', 'deadlines', id, '--json')).stdout) as {
      deadlines: (ContractDeadline & { state: string })[];
    };
    // Self-funded: the federal 4 months whatever the state (45 CFR 147.136(d)(2)(i)).
    expect(shown.deadlines.find((d) => d.id === 'file-external-review')).toMatchObject({
      due: '2027-03-01',
      state: 'open',
    });

    const changed = await run(
      'case',
      'update',
      id,
      '--funding',
      'fully-insured',
      '--network',
      'hmo',
      '--json',
    );
    expect(changed.code).toBe(0);
    const again = JSON.parse((await run('case', 'deadlines', id, '--json')).stdout) as {
      deadlines: ContractDeadline[];
    };
    // Insured HMO in California: the DMHC's 6 months.
    expect(again.deadlines.find((d) => d.id === 'file-external-review')).toMatchObject({
      due: '2027-04-30',
      citation: 'Cal. Health & Safety Code §1374.30 et seq.',
    });

    const out = path.join(env().OVERTURN_HOME!, 'deadlines.ics');
    const written = await run('calendar', '--case', id, '--out', out);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain('Wrote 2 calendar events');
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    const jcal: unknown = ICAL.parse(fs.readFileSync(out, 'utf8'));
    if (!Array.isArray(jcal)) throw new Error('not an iCalendar document');
    const starts = new ICAL.Component(jcal)
      .getAllSubcomponents('vevent')
      .map((e) => new ICAL.Event(e))
      .map((e) => [e.summary, e.startDate.toString()]);
    expect(starts).toEqual([
      ['Deadline: Ask the DMHC for an Independent Medical Review (Nguyễn Văn An)', '2027-04-30'],
      [
        'Send by today: Ask the DMHC for an Independent Medical Review (Nguyễn Văn An)',
        '2027-04-20',
      ],
    ]);

    const missing = await run('calendar', '--out', path.join(env().OVERTURN_HOME!, 'no', 'x.ics'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^overturn: --out: the folder .* does not exist/);
  };
}

describe('case deadlines and the calendar from the CLI, on SQLite', () => {
  let home: string;
  beforeAll(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'overturn-deadlines-'));
  });
  afterAll(() => fs.rmSync(home, { recursive: true, force: true }));
  it(
    'computes, recomputes and exports a case’s deadlines',
    caseDeadlineFlow(() => ({ OVERTURN_HOME: home })),
  );
});

describe('case deadlines and the calendar from the CLI, on PostgreSQL (DATABASE_URL)', () => {
  const serverUrl = postgresServerUrl();
  let database: TestDatabase | undefined;
  let home: string;
  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'overturn-deadlines-pg-'));
    if (serverUrl) database = await createEmptyDatabase('postgres');
  });
  afterAll(async () => {
    await database?.close();
    fs.rmSync(home, { recursive: true, force: true });
  });
  // A child process cannot share this process's in-memory PGlite: this part needs a server, which
  // CI always has (src/testing/global-setup.ts refuses to run there without DATABASE_URL).
  it.runIf(serverUrl)(
    'computes, recomputes and exports a case’s deadlines',
    caseDeadlineFlow(() => ({ OVERTURN_HOME: home, DATABASE_URL: database!.url! })),
  );
});
