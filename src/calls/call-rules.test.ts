import { describe, expect, it } from 'vitest';
import {
  callDirections,
  callOutcomes,
  partyKinds,
  type Call,
  type CallDirection,
  type CallOutcome,
  type PartyKind,
} from './call.js';
import {
  callReminders,
  defaultTopicOf,
  followUpOf,
  supervisorSuggestion,
  supervisorSuggestions,
} from './call-rules.js';
import { callWords, directionLabel, outcomeLabel, partyLabel } from './call-words.js';

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

describe('in Spanish', () => {
  it('reminds the person what to ask for, in Spanish', () => {
    const bare = { reference: null, personName: null, promised: 'call back', promisedBy: null };
    expect(callReminders(bare, 'es')).toEqual([
      'Pida un número de referencia en cada llamada. Anótelo junto con la fecha.',
      'Pida el nombre y el número de identificación de la persona con quien habla, y anótelos.',
      'Le prometieron algo, pero no le dijeron para cuándo. Vuelva a llamar y pida una fecha.',
    ]);
    expect(callReminders(bare)).toEqual(callReminders(bare, 'en'));
  });

  it('gives the supervisor suggestion and script in Spanish, the citation as written', () => {
    const calls = [1, 2, 3].map(() => call({ outcome: 'no-progress' }));
    const es = supervisorSuggestion(calls, 'prior auth status', 'es');
    const en = supervisorSuggestion(calls, 'prior auth status');
    expect(es?.why).toBe(
      'Usted ha llamado 3 veces sobre “prior auth status” sin avances. Es hora de pedir hablar con un supervisor.',
    );
    expect(es?.script[0]).toBe(
      'He llamado 3 veces por este asunto y todavía no se ha resuelto. Quisiera hablar con un supervisor, por favor.',
    );
    for (const words of ['número de empleado', 'número de referencia', 'por escrito'])
      expect(es?.script.join(' ')).toContain(words);
    expect(es?.tip.citation).toBe(en?.tip.citation);
    expect(supervisorSuggestions(calls, 'es')[0]?.why).toBe(es?.why);
  });

  it('has every word in Spanish, none empty and none left in English', () => {
    const pairs: [string, string][] = [
      ...(Object.keys(callDirections) as CallDirection[]).map((d): [string, string] => [
        directionLabel(d, 'en'),
        directionLabel(d, 'es'),
      ]),
      ...(Object.keys(partyKinds) as PartyKind[]).map((p): [string, string] => [
        partyLabel(p, 'en'),
        partyLabel(p, 'es'),
      ]),
      ...(Object.keys(callOutcomes) as CallOutcome[]).map((o): [string, string] => [
        outcomeLabel(o, 'en'),
        outcomeLabel(o, 'es'),
      ]),
      ...(['reference', 'person', 'promiseDate'] as const).map((r): [string, string] => [
        callWords.en.reminders[r],
        callWords.es.reminders[r],
      ]),
      [callWords.en.supervisorWhy(3, 'x'), callWords.es.supervisorWhy(3, 'x')],
      [callWords.en.tip, callWords.es.tip],
      ...callWords.en
        .script(3)
        .map((line, i): [string, string] => [line, callWords.es.script(3)[i] ?? '']),
    ];
    expect(callWords.es.script(3)).toHaveLength(callWords.en.script(3).length);
    for (const [en, es] of pairs) {
      expect(es.trim(), en).not.toBe('');
      expect(es, en).not.toBe(en);
    }
    expect(directionLabel('outgoing', 'en')).toBe(callDirections.outgoing);
  });
});
