import { describe, expect, it } from 'vitest';
import type { Call } from './call.js';
import {
  callReminders,
  defaultTopicOf,
  followUpOf,
  supervisorSuggestion,
  supervisorSuggestions,
} from './call-rules.js';

let n = 0;
function call(overrides: Partial<Call> = {}): Call {
  n += 1;
  return {
    id: `call-${String(n).padStart(3, '0')}`,
    caseId: 'case-1',
    at: new Date(Date.UTC(2026, 10, 1) + n * 60_000).toISOString(),
    direction: 'outgoing',
    partyKind: 'plan',
    withParty: 'Acme Health',
    personName: 'Dana',
    personId: 'A-17',
    reference: 'R-1',
    topic: 'prior auth status',
    summary: 'Asked about the appeal.',
    promised: null,
    promisedBy: null,
    outcome: null,
    createdAt: '2026-11-27T12:00:00.000Z',
    createdBy: 'local-owner',
    ...overrides,
  };
}

describe('a promise becomes a follow-up', () => {
  it('makes a follow-up due on the day promised, naming who promised what', () => {
    expect(
      followUpOf({
        withParty: 'Acme Health',
        promised: 'send the claim file',
        promisedBy: '2026-12-04',
        followUp: null,
      }),
    ).toEqual({ due: '2026-12-04', title: 'Check with Acme Health: send the claim file' });
  });

  it('makes one from a follow-up date alone, and the follow-up date wins over the promise date', () => {
    expect(
      followUpOf({ withParty: 'Acme', promised: null, promisedBy: null, followUp: '2026-12-01' }),
    ).toEqual({ due: '2026-12-01', title: 'Follow up with Acme' });
    expect(
      followUpOf({
        withParty: 'Acme',
        promised: 'call back',
        promisedBy: '2026-12-09',
        followUp: '2026-12-10',
      })?.due,
    ).toBe('2026-12-10');
  });

  it('makes none without a date, and reminds the person to ask for one', () => {
    const noDate = { withParty: 'Acme', promised: 'call back', promisedBy: null, followUp: null };
    expect(followUpOf(noDate)).toBeNull();
    expect(callReminders({ ...noDate, reference: 'R', personName: 'Dana' })).toEqual([
      'They promised something, but not by when. Call back and ask for a date.',
    ]);
  });
});

describe('reminders', () => {
  it('asks for a reference number and a name when the call had none', () => {
    const reminders = callReminders({
      reference: null,
      personName: null,
      promised: null,
      promisedBy: null,
    });
    expect(reminders).toHaveLength(2);
    expect(reminders[0]).toMatch(/reference number/);
    expect(reminders[1]).toMatch(/name and ID/);
    expect(callReminders(call())).toEqual([]);
  });
});

describe('the third call with no progress suggests a supervisor', () => {
  it('suggests it at the third no-progress call on one question, with the words to use', () => {
    const calls = [call({ outcome: 'no-progress' }), call({ outcome: 'no-progress' })];
    expect(supervisorSuggestion(calls, 'prior auth status')).toBeNull();
    const third = [...calls, call({ outcome: 'no-progress' })];
    const suggestion = supervisorSuggestion(third, '  Prior AUTH  status ');
    expect(suggestion?.callsWithoutProgress).toBe(3);
    const script = suggestion?.script.join(' ') ?? '';
    for (const words of ['supervisor', 'name', 'employee ID', 'reference number', 'in writing'])
      expect(script).toContain(words);
    expect(suggestion?.tip.citation).toMatch(/2560\.503-1/);
  });

  it('does not count calls on other questions, and starts again after progress', () => {
    const other = call({ topic: 'billing', outcome: 'no-progress' });
    const calls = [
      call({ outcome: 'no-progress' }),
      call({ outcome: 'no-progress' }),
      call({ outcome: 'progress' }),
      other,
      call({ outcome: 'no-progress' }),
      call({ outcome: null }),
      call({ outcome: 'no-progress' }),
    ];
    expect(supervisorSuggestion(calls, 'prior auth status')).toBeNull();
    expect(supervisorSuggestions([...calls, call({ outcome: 'no-progress' })])).toEqual([
      expect.objectContaining({ topic: 'prior auth status', callsWithoutProgress: 3 }),
    ]);
  });

  it('does not suggest it once the question was solved', () => {
    const calls = [1, 2, 3].map(() => call({ outcome: 'no-progress' }));
    expect(
      supervisorSuggestion([...calls, call({ outcome: 'resolved' })], 'prior auth status'),
    ).toBeNull();
  });
});

describe('the default question', () => {
  it('is the appeal step the case is at', () => {
    expect(defaultTopicOf('internal-appeal-submitted')).toBe('internal-appeal');
    expect(defaultTopicOf('denied')).toBe('denied');
  });
});
