import { describe, expect, it } from 'vitest';
import { reviewProcessOf } from '../deadlines/external-review-processes.js';
import type { StateHelpCorrection } from './state-help-corrections.js';
import { stateHelpFor } from './state-help-for.js';

const keysOf = (help: ReturnType<typeof stateHelpFor>) => help.forThisCase.map((p) => p.key);

describe('California: two regulators, picked by the network type', () => {
  it('sends an HMO to the Department of Managed Health Care, and its review to DMHC’s IMR', () => {
    const help = stateHelpFor('CA', { network: 'hmo', program: 'individual-market' });
    expect(keysOf(help)[0]).toBe('regulators.dmhc');
    expect(keysOf(help)).not.toContain('regulators.insurance-department');
    expect(help.externalReview.who).toContain('Managed Health Care');
    expect(help.externalReview.citation).toContain('1374.30');
  });

  it.each(['ppo', 'epo', 'indemnity'] as const)(
    'sends an insured %s plan to the Department of Insurance',
    (network) => {
      const help = stateHelpFor('CA', {
        network,
        program: 'employer-group',
        funding: 'fully-insured',
      });
      expect(keysOf(help)[0]).toBe('regulators.insurance-department');
      expect(help.forThisCase[0]?.name).toBe('California Department of Insurance');
      expect(keysOf(help)).not.toContain('regulators.dmhc');
      expect(help.externalReview.citation).toContain('10169');
    },
  );

  it.each([null, 'pos', 'other'] as const)(
    'names both when the network is %s, and says why',
    (network) => {
      const help = stateHelpFor('CA', { network, program: 'individual-market' });
      expect(keysOf(help).slice(0, 2)).toEqual([
        'regulators.dmhc',
        'regulators.insurance-department',
      ]);
      expect(help.notes.join(' ')).toContain('two offices');
      expect(help.externalReview.citation).toMatch(/1374\.30.*10169/);
    },
  );

  it('keeps the department of insurance as the insurance department, whatever the network', () => {
    expect(stateHelpFor('CA', { network: 'hmo' }).insuranceDepartment?.name).toBe(
      'California Department of Insurance',
    );
  });
});

describe('external review: state or federal', () => {
  it.each(['AL', 'FL', 'GA', 'TN'] as const)(
    '%s sends insured plans to the federal process',
    (state) => {
      const review = stateHelpFor(state, { program: 'individual-market' }).externalReview;
      expect(review.process).toBe('federal');
      expect(review.citation).toContain('147.136(d)');
      expect(review.confidence).toBe(reviewProcessOf(state).confidence);
      expect(review.verify).toBe(reviewProcessOf(state).confidence === 'low');
    },
  );

  it('runs Pennsylvania’s and New York’s reviews in the state, with their source and date', () => {
    const pa = stateHelpFor('PA', { program: 'individual-market' }).externalReview;
    expect(pa).toMatchObject({ process: 'state', confidence: 'high', asOf: '2024-01-01' });
    expect(pa.who).toContain('Pennsylvania Insurance Department');
    expect(stateHelpFor('NY', {}).externalReview.infoUrl).toMatch(/^https:\/\/www\.dfs\.ny\.gov/);
  });

  it('tells the person to verify a state the project is not sure of', () => {
    const review = stateHelpFor('WY', { program: 'individual-market' }).externalReview;
    expect(review.verify).toBe(true);
    expect(review.note).toMatch(/not sure/);
  });

  it('uses the federal process for a self-funded job plan in every state, and sends it to EBSA', () => {
    for (const state of ['CA', 'NY', 'TX'] as const) {
      const help = stateHelpFor(state, { program: 'employer-group', funding: 'self-funded' });
      expect(help.externalReview.process).toBe('federal');
      expect(keysOf(help)[0]).toBe('regulators.ebsa');
      expect(help.notes.join(' ')).toMatch(/cannot act on a self-funded plan/);
      expect(help.notes.join(' ')).toMatch(/could not confirm/);
    }
  });

  it('adds EBSA as a maybe, with a question for HR, when a job plan’s funding is unknown', () => {
    const help = stateHelpFor('TX', { program: 'employer-group' });
    expect(keysOf(help)).toEqual([
      'regulators.insurance-department',
      'consumerAssistance',
      'regulators.ebsa',
    ]);
    expect(help.externalReview.note).toContain('self-funded');
    expect(help.notes.join(' ')).toContain('benefits office');
  });
});

describe('Medicare Advantage and Medicaid', () => {
  it('sends Medicare Advantage to 1-800-MEDICARE and the state’s SHIP, and review to the IRE', () => {
    const help = stateHelpFor('NY', { program: 'medicare-advantage', network: 'hmo' });
    expect(keysOf(help)).toEqual(['medicare', 'ship']);
    expect(help.forThisCase[0]?.phone).toBe('800-633-4227');
    expect(help.ship.name).toContain('HIICAP');
    expect(help.externalReview).toMatchObject({ process: 'medicare-ire', confidence: 'high' });
  });

  it('sends Medicaid managed care to the ombudsman first, and review to a state fair hearing', () => {
    const help = stateHelpFor('CA', { program: 'medicaid-managed-care' });
    expect(keysOf(help)).toEqual(['medicaid.ombudsman', 'medicaid', 'medicaid.legalHelp']);
    expect(help.externalReview.process).toBe('state-fair-hearing');
    expect(help.externalReview.citation).toContain('438.408(f)');
  });

  it('falls back to national help for a territory the directory lacks', () => {
    const help = stateHelpFor('PR', { program: 'individual-market' });
    expect(help.insuranceDepartment).toBeNull();
    expect(help.ship.url).toBe('https://www.shiphelp.org/');
    expect(keysOf(help)).toEqual(['national.regulatorDirectory']);
    expect(help.notes.join(' ')).toContain('Puerto Rico');
    expect(stateHelpFor('GU', { program: 'medicaid-managed-care' }).forThisCase[0]?.key).toBe(
      'national.medicaidGov',
    );
  });
});

describe('local corrections', () => {
  const correction = (over: Partial<StateHelpCorrection>): StateHelpCorrection => ({
    id: 'c1',
    state: 'TX',
    key: 'insuranceDepartment.phone',
    value: '512-555-0100',
    note: null,
    createdAt: '2026-11-27T10:00:00.000Z',
    createdBy: 'local-owner',
    createdByName: 'Ana',
    ...over,
  });

  it('lays the newest correction of a field over the shipped value and marks it', () => {
    const help = stateHelpFor('TX', { program: 'individual-market' }, [
      correction({}),
      correction({ id: 'c2', value: '512-555-0199', createdAt: '2026-11-28T10:00:00.000Z' }),
    ]);
    expect(help.insuranceDepartment?.phone).toBe('512-555-0199');
    expect(help.insuranceDepartment?.corrections).toEqual([
      expect.objectContaining({
        id: 'c2',
        field: 'phone',
        shipped: '800-252-3439',
        words: 'Corrected locally on 2026-11-28 by Ana.',
      }),
    ]);
    expect(help.forThisCase[0]?.phone).toBe('512-555-0199');
    expect(help.regulators.find((r) => r.id === 'insurance-department')?.phone).toBe(
      '512-555-0199',
    );
  });

  it('corrects nested entries and the review page, and leaves other entries alone', () => {
    const help = stateHelpFor('CA', {}, [
      correction({ key: 'medicaid.ombudsman.phone', value: '888-555-0101' }),
      correction({ id: 'c3', key: 'regulators.dmhc.phone', value: '888-555-0102' }),
      correction({ id: 'c4', key: 'externalReview.infoUrl', value: 'https://example.org/imr' }),
    ]);
    expect(help.medicaid?.ombudsman?.phone).toBe('888-555-0101');
    expect(help.medicaid?.phone).toBe('800-541-5555');
    expect(help.regulators.find((r) => r.id === 'dmhc')?.phone).toBe('888-555-0102');
    expect(help.externalReview.infoUrl).toBe('https://example.org/imr');
    expect(help.insuranceDepartment?.corrections).toEqual([]);
  });
});
