import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOverturn } from '../testing/run-cli.js';

/** `overturn help-for` (the stable contract), run as a person would. */
describe('overturn help-for', () => {
  let dir: string;
  const overturn = (...args: string[]) => runOverturn(args, { OVERTURN_HOME: dir });
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'overturn-help-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the contract for CA with --network hmo --json', async () => {
    const result = await overturn('help-for', 'CA', '--network', 'hmo', '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const help = JSON.parse(result.stdout) as Record<string, unknown> & {
      insuranceDepartment: Record<string, unknown>;
      externalReview: Record<string, unknown>;
      forThisCase: { key: string }[];
    };
    expect(help.state).toBe('CA');
    expect(Object.keys(help.insuranceDepartment)).toEqual(
      expect.arrayContaining(['name', 'phone', 'url', 'complaintUrl', 'source', 'asOf']),
    );
    expect(help.externalReview).toMatchObject({ process: 'state', confidence: 'high' });
    expect(help.forThisCase[0]?.key).toBe('regulators.dmhc');
  });

  it('prints plain words without --json', async () => {
    const result = await overturn('help-for', 'fl', '--program', 'individual-market');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Help in Florida');
    expect(result.stdout).toContain('For this case, contact first:');
    expect(result.stdout).toContain('The federal process');
  });

  it('words the help in Spanish with --lang es, and refuses another language', async () => {
    const result = await overturn(
      'help-for',
      'FL',
      '--program',
      'medicare-advantage',
      '--lang',
      'es',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Los planes Medicare Advantage responden ante Medicare, no ante el estado.',
    );
    expect(result.stdout).toContain('Entidad de Revisión Independiente de Medicare');
    const json = await overturn('help-for', 'NY', '--lang', 'es', '--json');
    expect((JSON.parse(json.stdout) as { stateName: string }).stateName).toBe('Nueva York');
    const bad = await overturn('help-for', 'FL', '--lang', 'fr');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lang: must be "en" or "es"');
  });

  it('exits 2 with one line naming valid input for a bad state or flag', async () => {
    const state = await overturn('help-for', 'ZZ');
    expect(state.code).toBe(2);
    expect(state.stderr).toMatch(/^overturn: state: must be a two-letter US state code/);
    expect(state.stderr.trim().split('\n')).toHaveLength(1);
    const program = await overturn('help-for', 'CA', '--program', 'medicare');
    expect(program.code).toBe(2);
    expect(program.stderr).toContain('--program: must be one of');
  });

  it('corrects a field on this computer, shows it, and takes it back', async () => {
    const saved = await overturn(
      ...['help-for', 'AZ', '--correct', 'ship.phone=602 555 0100', '--note', 'new line', '--json'],
    );
    expect(saved.code).toBe(0);
    const { id } = JSON.parse(saved.stdout) as { id: string };
    const shown = await overturn('help-for', 'AZ', '--json');
    const ship = (JSON.parse(shown.stdout) as { ship: { phone: string; corrections: unknown[] } })
      .ship;
    expect(ship.phone).toBe('602-555-0100');
    expect(ship.corrections).toHaveLength(1);
    const text = await overturn('help-for', 'AZ');
    expect(text.stdout).toMatch(
      /phone: Corrected locally on \d{4}-\d{2}-\d{2} by You\. \(new line\)/,
    );
    const removed = await overturn('help-for', 'AZ', '--remove-correction', id);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('shows again');
    const bad = await overturn('help-for', 'AZ', '--correct', 'ship.url=ftp://example.org');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--correct: must be a web address');
  });
});
