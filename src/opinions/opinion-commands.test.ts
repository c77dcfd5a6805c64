import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../testing/pdf-text.js';
import { runOverturn } from '../testing/run-cli.js';

/** `overturn opinions …`: the stable contract of issue 7, run as a person runs it (the built CLI). */
describe('overturn opinions', () => {
  let dir: string;
  let id = '';
  const overturn = (...args: string[]) => runOverturn(args, { OVERTURN_HOME: dir });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'overturn-opinions-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('opens a case: `opinions new --patient NAME --question TEXT --json` → { id, … }', async () => {
    const result = await overturn(
      ...['opinions', 'new', '--patient', 'Rosa Díaz', '--question', 'Is it really lupus?'],
      ...['--program', 'original-medicare', '--json'],
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const view = JSON.parse(result.stdout) as {
      id: string;
      secondOpinion: { patient: { name: string }; question: string };
      coverage: { referralLikely: boolean | null; thirdOpinion: string | null };
    };
    expect(view.id).toMatch(/\S/);
    expect(view.secondOpinion).toMatchObject({
      patient: { name: 'Rosa Díaz' },
      question: 'Is it really lupus?',
    });
    // Original Medicare: no referral, and a third opinion is covered when two differ.
    expect(view.coverage.referralLikely).toBe(false);
    expect(view.coverage.thirdOpinion).toMatch(/third/i);
    id = view.id;
  });

  it('adds opinions with the exact flags, and compares them with the exact keys', async () => {
    const first = await overturn(
      ...['opinions', 'add', id, '--doctor', 'Dr. Amy Cho', '--institution', 'Valley Rheumatology'],
      ...['--diagnosis', 'Systemic lupus erythematosus', '--diagnosis-code', 'M32.9'],
      ...['--treatment', 'Hydroxychloroquine', '--reasoning', 'ANA positive, joint pain', '--json'],
    );
    expect(first.stderr).toBe('');
    expect(JSON.parse(first.stdout)).toMatchObject({ position: 1, diagnosisCode: 'M32.9' });
    const second = await overturn(
      ...['opinions', 'add', id, '--doctor', 'Dr. Ben Ode', '--institution', 'Valley Rheumatology'],
      ...['--same-group-as-first', '--diagnosis', 'Rheumatoid arthritis'],
      ...[
        '--diagnosis-code',
        'm06.9',
        '--treatment',
        'Methotrexate',
        '--reasoning',
        'Erosions on X-ray',
        '--json',
      ],
    );
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({
      position: 2,
      sameGroupAsFirst: true,
      diagnosisCode: 'M06.9',
    });

    const compared = await overturn('opinions', 'compare', id, '--json');
    expect(compared.code).toBe(0);
    const body = JSON.parse(compared.stdout) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(
      expect.arrayContaining([
        'opinions',
        'diagnosisAgrees',
        'treatmentAgrees',
        'suggestThirdOpinion',
        'reasons',
      ]),
    );
    expect(body).toMatchObject({ diagnosisAgrees: false, suggestThirdOpinion: true });
    expect((body.opinions as unknown[]).length).toBe(2);
    expect((body.reasons as string[]).join(' ')).toMatch(/Medicare/);
  });

  it('writes the comparison as a PDF', async () => {
    const out = path.join(dir, 'compared.pdf');
    const result = await overturn('opinions', 'compare', id, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Wrote');
    expect(await pdfText(fs.readFileSync(out))).toContain('Dr. Ben Ode');
  });

  it('refuses bad input with exit code 2 and a message naming the flag', async () => {
    const noDoctor = await overturn('opinions', 'add', id, '--institution', 'Somewhere', '--json');
    expect(noDoctor.code).toBe(2);
    expect(noDoctor.stderr).toContain('--doctor');
    expect(noDoctor.stdout).toBe('');

    const badCode = await overturn(
      ...['opinions', 'add', id, '--doctor', 'Dr. X', '--institution', 'Y'],
      ...['--diagnosis-code', 'lupus', '--json'],
    );
    expect(badCode.code).toBe(2);
    expect(badCode.stderr).toContain('--diagnosis-code');
    expect(badCode.stderr).toContain('is not an ICD-10 code');

    const fresh = await overturn(
      ...['opinions', 'new', '--patient', 'Lee Park', '--question', 'Surgery?', '--json'],
    );
    const freshId = (JSON.parse(fresh.stdout) as { id: string }).id;
    const tooFew = await overturn('opinions', 'compare', freshId, '--json');
    expect(tooFew.code).toBe(2);
    expect(tooFew.stderr).toMatch(/two/i);
    expect(tooFew.stderr).not.toMatch(/at .*\.js/);

    const noQuestion = await overturn('opinions', 'new', '--patient', 'Lee Park');
    expect(noQuestion.code).toBe(2);
    expect(noQuestion.stderr).toContain('--question');
  });

  it('answers the check, suggests questions, and writes a records request with its task', async () => {
    const check = await overturn(
      ...['opinions', 'check', '--reason', 'rare-diagnosis', '--reason', 'not-at-ease', '--json'],
    );
    expect(JSON.parse(check.stdout)).toMatchObject({ level: 'strongly-recommended' });

    const questions = await overturn('opinions', 'questions', id, '--suggest', '--json');
    expect(
      (JSON.parse(questions.stdout) as { questions: unknown[] }).questions.length,
    ).toBeGreaterThan(3);

    const out = path.join(dir, 'records-request.pdf');
    const letter = await overturn(
      ...['opinions', 'letter', id, '--kind', 'records-request', '--out', out],
      ...['--to', 'Valley Rheumatology; Medical Records; 1 Main St'],
    );
    expect(letter.stderr).toBe('');
    expect(letter.stdout).toContain('Task added');
    expect(await pdfText(fs.readFileSync(out))).toContain('164.524');
  });
});
