import { describe, expect, it } from 'vitest';
import { allDeadlineRules, computeDeadlines } from './compute-deadlines.js';
import type { DeadlineQuery } from './deadline-query.js';
import type { Limit, StartEvent } from './deadline-rule.js';
import { ruleActionEs, ruleNoteEs } from './deadline-rules-es.js';
import { deadlineWords, type NextNotice } from './deadline-wording.js';
import type { Unknown } from './rule-matching.js';

/** Every word the deadlines show a person has a Spanish twin: not empty, not the English again. */

const expectTwin = (english: string, spanish: string | undefined, where: string) => {
  expect(spanish, where).toBeDefined();
  expect(spanish!.trim(), where).not.toBe('');
  expect(spanish, where).not.toBe(english);
};

const query: DeadlineQuery = {
  program: 'employer-group',
  state: null,
  notice: 'initial-denial',
  noticeDate: '2026-11-02',
  receivedDate: null,
  urgency: null,
  funding: null,
  networkType: null,
  appealFiledAt: null,
  reviewFiledAt: null,
  reviewerNoticeDate: null,
  timeZone: 'America/Chicago',
  sendByDays: 10,
};

describe('the deadline rules in Spanish', () => {
  it('give every row of the federal and state tables a Spanish action and note', () => {
    for (const rule of allDeadlineRules) {
      const where = `${rule.id} ${JSON.stringify(rule.scope)}`;
      expectTwin(rule.action, ruleActionEs[rule.action], where);
      if (rule.note) expectTwin(rule.note, ruleNoteEs[rule.note], where);
    }
  });

  it('keep no Spanish twin of a sentence no row says any more', () => {
    const actions = new Set(allDeadlineRules.map((r) => r.action));
    const notes = new Set(allDeadlineRules.map((r) => r.note));
    expect(Object.keys(ruleActionEs).filter((a) => !actions.has(a))).toEqual([]);
    expect(Object.keys(ruleNoteEs).filter((n) => !notes.has(n))).toEqual([]);
  });

  it('keep every citation in a note as written', () => {
    for (const [english, spanish] of Object.entries(ruleNoteEs)) {
      const citations = english.match(/\d+ CFR [\d.]+(\([^)]*\))*|Fla\. Stat\. §[\d.]+/g) ?? [];
      for (const citation of citations) expect(spanish, english).toContain(citation);
    }
  });

  it('word limits, starts, unknown facts and notes in Spanish, each unlike the English', () => {
    const { en, es } = deadlineWords;
    const limits: Limit[] = [
      { unit: 'days', count: 30 },
      { unit: 'days', count: 1 },
      { unit: 'business-days', count: 5 },
      { unit: 'business-days', count: 1 },
      { unit: 'hours', count: 72 },
      { unit: 'months', count: 4, whenNoSuchDay: 'first-of-next-month', rollToBusinessDay: true },
    ];
    expect(limits.map(es.limit)).toEqual([
      '30 días',
      '1 día',
      '5 días hábiles',
      '1 día hábil',
      '72 horas',
      '4 meses',
    ]);
    const events: StartEvent[] = [
      'notice-received',
      'notice-date',
      'appeal-filed',
      'appeal-decided',
      'review-filed',
      'reviewer-notice',
    ];
    for (const event of events) {
      for (const received of [null, '2026-11-05']) {
        const q = { ...query, receivedDate: received };
        expectTwin(
          en.countedFrom(event, q, '2026-11-05'),
          es.countedFrom(event, q, '2026-11-05'),
          event,
        );
      }
      expectTwin(en.startsWhen(event), es.startsWhen(event), event);
    }
    const notices: NextNotice[] = [
      'ire-decision',
      'final-internal-denial',
      'alj-decision',
      'council-decision',
    ];
    for (const notice of notices)
      expectTwin(en.nextNoticeWhen(notice), es.nextNoticeWhen(notice), notice);
    const unknowns: Unknown[] = ['funding', 'urgency', 'networkType', 'state'];
    for (const unknown of unknowns)
      for (const safest of ['earliest', 'latest'] as const)
        expectTwin(en.dependsOn([unknown], safest), es.dependsOn([unknown], safest), unknown);
    for (const who of ['patient', 'other'] as const)
      expectTwin(en.timeUnknown(who), es.timeUnknown(who), who);
    const source = { asOf: '2016-04-15', confidence: 'low', checked: '2026-01-10' } as const;
    const pairs: [string, string][] = [
      [en.verify, es.verify],
      [en.tooShortForMail, es.tooShortForMail],
      [en.state.noState, es.state.noState],
      [en.state.federalProcess('Alaska', source), es.state.federalProcess('Alaska', source)],
      [en.state.ownProcess('Ohio', true), es.state.ownProcess('Ohio', true)],
      [en.state.ownProcess('Ohio', false), es.state.ownProcess('Ohio', false)],
      [en.state.mayGiveMore('Ohio', true), es.state.mayGiveMore('Ohio', true)],
      [en.state.mayGiveMore('Ohio', false), es.state.mayGiveMore('Ohio', false)],
      [en.stated.action, es.stated.action],
      [en.stated.countedFrom('2026-11-02'), es.stated.countedFrom('2026-11-02')],
      [en.stated.citation, es.stated.citation],
      [
        en.stated.laterByLaw('2027-05-01', '29 CFR 2560.503-1'),
        es.stated.laterByLaw('2027-05-01', '29 CFR 2560.503-1'),
      ],
      [en.stated.source, es.stated.source],
      [en.missingNoticeDate, es.missingNoticeDate],
      [en.disclaimer, es.disclaimer],
    ];
    for (const [english, spanish] of pairs) expectTwin(english, spanish, english);
  });

  it('count the same dates in both languages, with citations as written', () => {
    const cases: DeadlineQuery[] = [
      query,
      { ...query, state: 'TX', notice: 'final-internal-denial', funding: 'fully-insured' },
      { ...query, program: 'medicare-advantage', urgency: 'urgent', appealFiledAt: '2026-11-10' },
      { ...query, program: 'medicaid-managed-care', state: 'OH', noticeDate: '2026-11-25' },
    ];
    for (const q of cases) {
      const english = computeDeadlines(q);
      const spanish = computeDeadlines(q, undefined, 'es');
      const dates = (s: typeof english) =>
        s.deadlines.map(({ id, due, sendBy, citation }) => ({ id, due, sendBy, citation }));
      expect(dates(spanish)).toEqual(dates(english));
      expect(spanish.later.map((l) => l.citation)).toEqual(english.later.map((l) => l.citation));
      for (const [i, d] of spanish.deadlines.entries()) {
        const e = english.deadlines[i]!;
        expectTwin(e.action, d.action, d.id);
        expectTwin(e.countedFrom, d.countedFrom, d.id);
        expectTwin(e.limit, d.limit, d.id);
        if (e.note) expectTwin(e.note, d.note ?? undefined, d.id);
      }
      // English after Spanish: the remembered plans keep each language's words apart.
      expect(computeDeadlines(q)).toEqual(english);
    }
  });
});
