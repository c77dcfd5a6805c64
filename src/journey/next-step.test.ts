import { describe, expect, it } from 'vitest';
import type { CaseStatus } from '../cases/appeal-ladder.js';
import type { Case } from '../cases/case.js';
import { detailsFromInput } from '../cases/case-details.js';
import { caseDeadlines } from '../deadlines/case-deadlines.js';
import type { LetterKind } from '../letters/letter.js';
import { buildCaseInput } from '../testing/case-factory.js';
import type { EvidenceGap, FollowUps, JourneyFacts } from './journey-facts.js';
import { nextStepOf } from './next-step.js';

type CaseOverrides = Parameters<typeof buildCaseInput>[0];

function facts({
  status = 'denied',
  today = '2026-10-05',
  input = {},
  letters = [],
  missingEvidence = [],
  followUps = { overdue: [], supervisorSuggested: false },
}: {
  status?: CaseStatus;
  today?: string;
  input?: CaseOverrides;
  letters?: LetterKind[];
  missingEvidence?: EvidenceGap[];
  followUps?: FollowUps;
} = {}): JourneyFacts {
  const c: Case = {
    id: 'case-1',
    ownerId: 'owner',
    status,
    ...detailsFromInput(buildCaseInput(input)),
    version: 1,
    createdAt: '2026-10-02T00:00:00.000Z',
    updatedAt: '2026-10-02T00:00:00.000Z',
  };
  const computed = caseDeadlines(c, today);
  return {
    case: c,
    today,
    deadlines: computed.deadlines,
    missingForDeadlines: computed.missing,
    missingEvidence,
    letters: letters.map((kind) => ({ kind, createdAt: '2026-10-03T00:00:00.000Z' })),
    followUps,
  };
}

const doctorLetter: EvidenceGap = {
  key: 'medical-necessity-letter',
  label: 'A letter from your doctor',
  essential: true,
};

describe('the next step before the appeal is sent', () => {
  it('asks for the notice date first, since every deadline counts from it', () => {
    const next = nextStepOf(facts({ input: { denial: { noticeDate: null } } }));
    expect(next.step).toBe('add-missing-facts');
    expect(next.href).toBe('/cases/case-1/edit');
    expect(next.why).toMatch(/the date on the notice/);
  });

  it('gathers missing evidence while there is time, with the send-by date and its law', () => {
    const next = nextStepOf(facts({ missingEvidence: [doctorLetter] }));
    expect(next.step).toBe('gather-evidence');
    expect(next.action).toBe('Gather your evidence: A letter from your doctor');
    expect(next.due).toMatch(/^2027-0[34]-\d\d$/); // 180 days from 2026-10-01, less the mail days
    expect(next.citation).toMatch(/2560\.503-1/);
    expect(next.urgent).toBe(false);
  });

  it('writes the letter once the evidence is in, then sends it', () => {
    expect(nextStepOf(facts()).step).toBe('write-letter');
    expect(nextStepOf(facts()).command).toBe(
      'overturn letter case-1 --kind internal-appeal --out internal-appeal.pdf',
    );
    const send = nextStepOf(
      facts({ letters: ['internal-appeal'], status: 'internal-appeal-drafted' }),
    );
    expect(send.step).toBe('send-letter');
    expect(send.href).toBe('/cases/case-1/packet');
    expect(send.command).toContain('overturn case status case-1 internal-appeal-submitted');
  });

  it('sends with what there is when the deadline is close, listing what is still missing', () => {
    const next = nextStepOf(facts({ today: '2027-03-25', missingEvidence: [doctorLetter] }));
    expect(next.step).toBe('write-letter');
    expect(next.urgent).toBe(true);
    expect(next.also).toEqual(['A letter from your doctor']);
  });

  it('writes an expedited appeal today when health cannot wait, whatever is missing', () => {
    const next = nextStepOf(
      facts({ input: { denial: { urgency: 'urgent' } }, missingEvidence: [doctorLetter] }),
    );
    expect(next.step).toBe('write-expedited-appeal');
    expect(next.urgent).toBe(true);
    expect(next.command).toContain('--kind expedited-appeal');
  });

  it('says so when the deadline has passed, and still points to sending the appeal', () => {
    const next = nextStepOf(facts({ today: '2027-06-01' }));
    expect(next.step).toBe('deadline-passed');
    expect(next.urgent).toBe(true);
    expect(next.verify).toBe(true);
    expect(next.why).toMatch(/good reason/);
  });

  it('follows the date printed on the notice when it is earlier than the law’s', () => {
    const next = nextStepOf(facts({ input: { denial: { statedDeadlineDays: 60 } } }));
    expect(next.due! < '2026-12-01').toBe(true);
    expect(next.citation).toBe('Your notice');
  });
});

describe('the next step while waiting for a decision', () => {
  const waiting = {
    status: 'internal-appeal-submitted' as const,
    input: { denial: { appealFiledAt: '2026-10-10' } },
    letters: ['internal-appeal' as const],
  };

  it('waits, with the day the plan must decide by', () => {
    const next = nextStepOf(facts({ ...waiting, today: '2026-10-20' }));
    expect(next.step).toBe('wait-for-decision');
    expect(next.due).toBe('2026-12-09'); // 60 days for a post-service appeal
    expect(next.citation).toMatch(/2560\.503-1/);
  });

  it('chases a late decision', () => {
    const next = nextStepOf(facts({ ...waiting, today: '2026-12-20' }));
    expect(next.step).toBe('chase-decision');
    expect(next.urgent).toBe(true);
  });

  it('puts an overdue follow-up first, then a supervisor after calls without progress', () => {
    const overdue = { title: 'Call back about the claim file', due: '2026-10-15' };
    const next = nextStepOf(
      facts({
        ...waiting,
        today: '2026-10-20',
        followUps: { overdue: [overdue], supervisorSuggested: true },
      }),
    );
    expect(next.step).toBe('follow-up-call');
    expect(next.due).toBe('2026-10-15');
    const supervisor = nextStepOf(
      facts({
        ...waiting,
        today: '2026-10-20',
        followUps: { overdue: [], supervisorSuggested: true },
      }),
    );
    expect(supervisor.step).toBe('ask-supervisor');
    expect(supervisor.why).toMatch(/reference number/);
  });
});

describe('the next step after a decision', () => {
  it('asks for external review after a job-based plan says no again, with whether it qualifies', () => {
    const next = nextStepOf(
      facts({
        status: 'internal-appeal-upheld',
        input: { denial: { noticeType: 'final-internal-appeal-denial', noticeDate: '2026-12-01' } },
        today: '2026-12-05',
      }),
    );
    expect(next.step).toBe('request-external-review');
    expect(next.why).toMatch(/medical judgment/);
    expect(next.also.join(' ')).toMatch(/45 CFR 147\.136\(d\)\(1\)/);
    expect(next.also.join(' ')).toMatch(/second appeal/);
    const contract = nextStepOf(
      facts({
        status: 'internal-appeal-upheld',
        input: {
          denial: {
            category: 'not-covered',
            noticeType: 'final-internal-appeal-denial',
            noticeDate: '2026-12-01',
          },
        },
        today: '2026-12-05',
      }),
    );
    expect(contract.why).toMatch(/usually cannot go to an outside reviewer/);
  });

  it('checks the plan forwarded a Medicare Advantage case, and says a drug case may need asking', () => {
    const medicare = { plan: { program: 'medicare-advantage' as const, funding: null } };
    const next = nextStepOf(facts({ status: 'reconsideration-upheld', input: medicare }));
    expect(next.step).toBe('confirm-forwarding');
    expect(next.action).toBe('Check that Acme Health sent your case to the outside reviewer');
    const drug = nextStepOf(
      facts({
        status: 'reconsideration-upheld',
        input: { ...medicare, denial: { category: 'formulary' } },
      }),
    );
    expect(drug.why).toMatch(/may not send your case on by itself/);
  });

  it('asks for a state fair hearing after a Medicaid plan appeal is lost', () => {
    const next = nextStepOf(
      facts({
        status: 'plan-appeal-upheld',
        input: { plan: { program: 'medicaid-managed-care', funding: null } },
      }),
    );
    expect(next.step).toBe('request-fair-hearing');
  });

  it('goes to external review after an individual plan’s single appeal is lost', () => {
    const next = nextStepOf(
      facts({
        status: 'internal-appeal-upheld',
        input: {
          plan: { program: 'individual-market' },
          denial: { noticeType: 'final-internal-appeal-denial', noticeDate: '2026-12-01' },
        },
        today: '2026-12-05',
      }),
    );
    expect(next.step).toBe('request-external-review');
    expect(next.also.join(' ')).not.toMatch(/second appeal/);
  });

  it('climbs Medicare’s ladder after the outside reviewer says no: a hearing with a judge', () => {
    const next = nextStepOf(
      facts({
        status: 'independent-review-upheld',
        input: { plan: { program: 'medicare-advantage', funding: null } },
      }),
    );
    expect(next.step).toBe('next-level');
    expect(next.why).toMatch(/^Next comes: /);
    expect(next.citation).toMatch(/405|422/);
  });

  it('waits for the outside reviewer once a Medicare Advantage case is forwarded', () => {
    const next = nextStepOf(
      facts({
        status: 'independent-review-submitted',
        input: { plan: { program: 'medicare-advantage', funding: null } },
      }),
    );
    expect(next.step).toBe('wait-for-reviewer');
  });

  it('turns to state help when the ladder ends', () => {
    const next = nextStepOf(facts({ status: 'external-review-upheld' }));
    expect(next.step).toBe('get-state-help');
    expect(next.command).toBe('overturn help-for TX');
  });

  it('checks the claim was paid after a win, and offers to appeal the rest of a partial win', () => {
    const won = nextStepOf(facts({ status: 'internal-appeal-overturned' }));
    expect(won.step).toBe('check-payment');
    expect(won.why).toMatch(/EOB/);
    const partly = nextStepOf(facts({ status: 'internal-appeal-partly-overturned' }));
    expect(partly.also).toEqual(['Part of the claim is still denied. You can appeal that part.']);
    expect(nextStepOf(facts({ status: 'paid' })).step).toBe('confirm-and-close');
    expect(nextStepOf(facts({ status: 'closed' })).step).toBe('nothing-to-do');
  });
});
