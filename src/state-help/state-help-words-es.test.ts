import { describe, expect, it } from 'vitest';
import { fundingIds, programIds } from '../cases/case-terms.js';
import { usStatesEs } from '../common/us-states-es.js';
import { usStateCodes } from '../common/us-states.js';
import { fernandezHuertaEase } from '../letters/readability.js';
import type { StateHelpCorrection } from './state-help-corrections.js';
import { stateHelpFor } from './state-help-for.js';
import { stateHelpWords } from './state-help-words.js';
import { helpNetworkTypeIds, type CorrectionMark, type StateHelp } from './state-help.js';

/**
 * Every sentence the state help writes for a person has a Spanish twin: present, not the English
 * again, and plain. Names, phones, links, citations and sources stay exactly as in English.
 */

const correction = (over: Partial<StateHelpCorrection>): StateHelpCorrection => ({
  id: 'c1',
  state: 'CA',
  key: 'insuranceDepartment.phone',
  value: '916-555-0100',
  note: 'from my plan card',
  createdAt: '2026-11-27T10:00:00.000Z',
  createdBy: 'local-owner',
  createdByName: 'Ana',
  ...over,
});

const corrections = [
  correction({}),
  correction({ id: 'c2', key: 'regulators.dmhc.phone', value: '888-555-0102' }),
  correction({ id: 'c3', key: 'regulators.ebsa.url', value: 'https://example.org/ebsa' }),
  correction({ id: 'c4', key: 'externalReview.infoUrl', value: 'https://example.org/imr' }),
  correction({ id: 'c5', key: 'medicaid.ombudsman.phone', value: '888-555-0101' }),
];

function marksOf(help: StateHelp): readonly CorrectionMark[] {
  const entries = [
    help.insuranceDepartment,
    ...help.regulators,
    help.consumerAssistance,
    help.medicaid,
    help.medicaid?.ombudsman,
    help.medicaid?.legalHelp,
    help.ship,
    help.medicare,
    help.externalReview,
  ];
  return entries.flatMap((entry) => entry?.corrections ?? []);
}

/** The sentences the server writes for people, each named by where it sits in the answer. */
function sentencesOf(help: StateHelp): [string, string][] {
  return [
    ...help.forThisCase.map((p): [string, string] => [`forThisCase.${p.key}.why`, p.why]),
    ...help.notes.map((note, i): [string, string] => [`notes.${i}`, note]),
    ['externalReview.who', help.externalReview.who],
    ...(help.externalReview.note
      ? [['externalReview.note', help.externalReview.note] as [string, string]]
      : []),
    ...help.regulators.map((r): [string, string] => [`regulators.${r.id}.covers`, r.covers]),
    ...marksOf(help).map((m): [string, string] => [`corrections.${m.id}.words`, m.words]),
    ['attribution', help.attribution],
  ];
}

/** The answer with its sentences (and the state's name) taken out: the facts, which must not change. */
const sentenceKeys = new Set([
  'why',
  'notes',
  'who',
  'covers',
  'words',
  'attribution',
  'stateName',
]);
const factsOf = (help: StateHelp): unknown =>
  JSON.parse(
    JSON.stringify(help, function (this: object, key, value: unknown) {
      // The review's note is the server's; a correction's note is the person's own and stays.
      const reviewNote = key === 'note' && 'process' in this;
      return sentenceKeys.has(key) || reviewNote ? null : value;
    }),
  );

function expectSpanishTwin(english: StateHelp, spanish: StateHelp, where: string) {
  expect(factsOf(spanish), where).toEqual(factsOf(english));
  expect(spanish.stateName, where).toBe(usStatesEs[spanish.state]);
  const en = sentencesOf(english);
  const es = sentencesOf(spanish);
  expect(es.map(([at]) => at)).toEqual(en.map(([at]) => at));
  for (const [i, [at, sentence]] of es.entries()) {
    expect(sentence.trim(), `${where} ${at}`).not.toBe('');
    expect(sentence, `${where} ${at}`).not.toBe(en[i]![1]);
  }
}

/** Words that give English away; the office names kept as written use none of them. */
const english =
  /\b(the|you|your|and|with|for|if|only|not|can|this|these|that|is|are|ask|call|free|help)\b/i;

/** Each sentence of a words table, functions called with a state code and a name. */
function leavesOf(words: unknown, at = ''): [string, string][] {
  if (typeof words === 'string') return [[at, words]];
  if (typeof words === 'function')
    return [[at, (words as (...a: string[]) => string)('NY', 'Ana')]];
  return Object.entries(words as object).flatMap(([key, value]) => leavesOf(value, `${at}.${key}`));
}

describe('state help in Spanish', () => {
  it.each([
    ['CA', { program: 'employer-group', funding: 'self-funded', network: 'ppo' }],
    ['CA', { program: 'individual-market' }],
    ['CA', { program: 'individual-market', network: 'hmo' }],
    ['CA', { program: 'employer-group', funding: 'fully-insured', network: 'epo' }],
    ['TX', { program: 'individual-market' }],
    ['TX', { program: 'employer-group' }],
    ['NY', { program: 'medicaid-managed-care' }],
    ['FL', { program: 'medicare-advantage' }],
    ['WY', {}],
    ['PR', { program: 'individual-market' }],
    ['GU', { program: 'medicaid-managed-care' }],
  ] as const)('words %s %j in Spanish, with the same offices, links and law', (state, facts) => {
    const english = stateHelpFor(state, facts, corrections);
    const spanish = stateHelpFor(state, facts, corrections, 'es');
    expectSpanishTwin(english, spanish, `${state} ${JSON.stringify(facts)}`);
  });

  it('has a Spanish twin for every sentence, in every state and for every kind of plan', () => {
    for (const state of usStateCodes)
      for (const program of [null, ...programIds])
        for (const funding of [null, ...fundingIds])
          for (const network of [null, ...helpNetworkTypeIds]) {
            const facts = { program, funding, network };
            expectSpanishTwin(
              stateHelpFor(state, facts),
              stateHelpFor(state, facts, [], 'es'),
              `${state} ${JSON.stringify(facts)}`,
            );
          }
  });

  it('leaves no English words in the Spanish sentences', () => {
    const es = leavesOf(stateHelpWords.es);
    const en = leavesOf(stateHelpWords.en);
    expect(es.map(([at]) => at)).toEqual(en.map(([at]) => at));
    for (const [at, sentence] of es) expect(sentence, at).not.toMatch(english);
    // The check can fail: the English sentences are full of these words.
    expect(en.filter(([, sentence]) => english.test(sentence)).length).toBeGreaterThan(20);
  });

  it('reads plainly: Fernández-Huerta ease of 60 or more (8th grade or easier)', () => {
    const text = leavesOf(stateHelpWords.es)
      .map(([, sentence]) => (/[.)]$/.test(sentence) ? sentence : `${sentence}.`))
      .join(' ');
    expect(fernandezHuertaEase(text)).toBeGreaterThanOrEqual(60);
  });

  it('keeps English as it was when no language is asked for', () => {
    expect(stateHelpFor('TX', { program: 'individual-market' })).toEqual(
      stateHelpFor('TX', { program: 'individual-market' }, [], 'en'),
    );
    expect(stateHelpFor('NY', {}).stateName).toBe('New York');
    expect(stateHelpFor('NY', {}, [], 'es').stateName).toBe('Nueva York');
  });
});
