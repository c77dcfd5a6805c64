import { describe, expect, it } from 'vitest';
import {
  checkTransition,
  isCaseStatus,
  isFinal,
  levelAndPhase,
  nextStatuses,
  statusesOf,
  statusLabel,
} from './appeal-ladder.js';
import { programIds } from './case-terms.js';
import { ladderFor } from './program-ladders.js';

const employer = ladderFor('employer-group');
const individual = ladderFor('individual-market');
const medicare = ladderFor('medicare-advantage');
const medicaid = ladderFor('medicaid-managed-care');

describe('the appeal ladder', () => {
  it('starts every case at "denied" and lets the person draft the first appeal', () => {
    expect(nextStatuses(employer, 'denied')).toContain('internal-appeal-drafted');
    expect(nextStatuses(medicare, 'denied')).toContain('reconsideration-drafted');
    expect(nextStatuses(medicaid, 'denied')).toContain('plan-appeal-drafted');
  });

  it('walks a job-based plan from denial to paid through external review', () => {
    const path = [
      'denied',
      'internal-appeal-drafted',
      'internal-appeal-submitted',
      'internal-appeal-upheld',
      'external-review-drafted',
      'external-review-submitted',
      'external-review-overturned',
      'paid',
      'closed',
    ];
    for (let i = 1; i < path.length; i++) {
      const from = path[i - 1]!;
      if (!isCaseStatus(from)) throw new Error(from);
      expect(checkTransition(employer, from, path[i]!), `${from} → ${path[i]}`).toMatchObject({
        ok: true,
      });
    }
  });

  it('offers a second internal level on job-based plans, and lets the person skip it', () => {
    expect(nextStatuses(employer, 'internal-appeal-upheld')).toEqual(
      expect.arrayContaining(['second-internal-appeal-drafted', 'external-review-drafted']),
    );
  });

  it('gives individual-market plans one internal level only (45 CFR 147.136(b)(3))', () => {
    expect(nextStatuses(individual, 'internal-appeal-upheld')).toContain('external-review-drafted');
    expect(statusesOf(individual)).not.toContain('second-internal-appeal-drafted');
  });

  it('forwards an upheld Medicare Advantage reconsideration to the IRE automatically', () => {
    expect(nextStatuses(medicare, 'reconsideration-upheld')).toContain(
      'independent-review-submitted',
    );
    // Nobody drafts the IRE request: the plan sends the file (42 CFR 422.590).
    expect(statusesOf(medicare)).not.toContain('independent-review-drafted');
    expect(statusLabel(medicare, 'independent-review-submitted')).toMatch(/sent by the plan/);
  });

  it('climbs Medicare Advantage from the IRE to ALJ, Appeals Council and federal court', () => {
    expect(nextStatuses(medicare, 'independent-review-upheld')).toContain('alj-hearing-drafted');
    expect(nextStatuses(medicare, 'alj-hearing-upheld')).toContain('appeals-council-drafted');
    expect(nextStatuses(medicare, 'appeals-council-upheld')).toContain('federal-court-drafted');
    expect(nextStatuses(medicare, 'federal-court-upheld')).toEqual([
      'regulator-complaint',
      'closed',
    ]);
  });

  it('sends Medicaid from the plan appeal to a state fair hearing', () => {
    expect(nextStatuses(medicaid, 'plan-appeal-upheld')).toContain('state-fair-hearing-drafted');
    expect(statusesOf(medicaid)).not.toContain('external-review-drafted');
  });

  it('refuses to skip a level, and says what is allowed instead', () => {
    const check = checkTransition(employer, 'denied', 'external-review-submitted');
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.reason).toMatch(/cannot go to "External review: sent, waiting for a decision"/);
    expect(check.allowed).toEqual(['internal-appeal-drafted', 'regulator-complaint', 'withdrawn']);
  });

  it('refuses a status another program has', () => {
    const check = checkTransition(employer, 'denied', 'reconsideration-drafted');
    expect(check).toMatchObject({ ok: false, reason: expect.stringMatching(/not a step/) });
  });

  it('refuses a status nobody has', () => {
    expect(isCaseStatus('approved-by-magic')).toBe(false);
    expect(checkTransition(employer, 'denied', 'approved-by-magic').ok).toBe(false);
  });

  it('ends at closed and withdrawn, from which nothing moves', () => {
    for (const program of programIds) {
      const ladder = ladderFor(program);
      expect(isFinal(ladder, 'closed')).toBe(true);
      expect(isFinal(ladder, 'withdrawn')).toBe(true);
      expect(checkTransition(ladder, 'closed', 'denied')).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/cannot change any more/),
      });
    }
  });

  it('lets a case be withdrawn or taken to a regulator while waiting for a decision', () => {
    for (const status of ['internal-appeal-submitted', 'external-review-submitted'] as const) {
      expect(nextStatuses(employer, status)).toEqual(
        expect.arrayContaining(['withdrawn', 'regulator-complaint']),
      );
    }
  });

  it('only pays a case that was won, in whole or in part', () => {
    for (const program of programIds) {
      const ladder = ladderFor(program);
      for (const status of statusesOf(ladder)) {
        if (!nextStatuses(ladder, status).includes('paid')) continue;
        const phase = levelAndPhase(status)?.phase;
        expect([status, phase]).toSatisfy(
          ([s, p]: [string, string | undefined]) =>
            s === 'regulator-complaint' || p === 'overturned' || p === 'partly-overturned',
        );
      }
    }
  });

  it('reaches every status of every ladder from "denied"', () => {
    for (const program of programIds) {
      const ladder = ladderFor(program);
      const seen = new Set<string>(['denied']);
      const queue = ['denied' as const] as Parameters<typeof nextStatuses>[1][];
      while (queue.length) {
        for (const next of nextStatuses(ladder, queue.shift()!)) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      expect([...seen].sort()).toEqual(statusesOf(ladder).sort());
    }
  });

  it('names every status in plain words', () => {
    for (const program of programIds) {
      const ladder = ladderFor(program);
      for (const status of statusesOf(ladder)) {
        expect(statusLabel(ladder, status)).not.toBe(status);
      }
    }
  });

  it('cites the law for every level', () => {
    for (const program of programIds) {
      for (const level of ladderFor(program).levels)
        expect(level.citation).toMatch(/CFR|U\.S\.C\./);
    }
  });
});
