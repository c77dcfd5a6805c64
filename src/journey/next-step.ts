import {
  levelAndPhase,
  nextStatuses,
  type LevelId,
  type LadderLevel,
} from '../cases/appeal-ladder.js';
import { ladderFor } from '../cases/program-ladders.js';
import type { Lang } from '../common/lang.js';
import type { CaseDeadline } from '../deadlines/case-deadlines.js';
import type { DeadlineId } from '../deadlines/deadline-rule.js';
import type { LetterKind } from '../letters/letter.js';
import { externalReviewEligibility } from './external-review-eligibility.js';
import type { JourneyFacts } from './journey-facts.js';
import { nextStepWords, type NextStepId, type NextStepWords } from './next-step-words.js';

/**
 * The one next thing to do on a case, in plain words, with why, by when, and the page or command
 * that does it — across the whole ladder: fill in what is missing → gather evidence and ask the
 * doctor → send the appeal (expedited when urgent) → chase the decision → after a loss, the next
 * level (external review, the plan's forwarding to the IRE, a fair hearing) or state help → after
 * a win, check the claim was paid. Pure: the journey service gathers the facts.
 */

export interface NextStep {
  /** Stable id of the step (for tests, the web app's icons, scripts). */
  readonly step: NextStepId;
  /** What to do, in plain words. */
  readonly action: string;
  /** Why it matters now. */
  readonly why: string;
  /** The day to do it by (`YYYY-MM-DD`), when there is one. */
  readonly due: string | null;
  readonly citation: string | null;
  /** True when the date or rule comes at low confidence: check it with the plan. */
  readonly verify: boolean;
  readonly urgent: boolean;
  /** The web app's page for it. */
  readonly href: string;
  /** The CLI command that does it, when there is one. */
  readonly command: string | null;
  /** Other things worth doing soon, in plain words. */
  readonly also: readonly string[];
}

/** Days before a send-by date inside which the appeal goes with what there is. */
const sendNowWithinDays = 7;

/** The deadline that a level's request must meet. */
const filingDeadline: Partial<Record<LevelId, DeadlineId>> = {
  'internal-appeal': 'file-internal-appeal',
  reconsideration: 'file-internal-appeal',
  'plan-appeal': 'file-internal-appeal',
  'external-review': 'file-external-review',
  'state-fair-hearing': 'file-state-fair-hearing',
  'alj-hearing': 'file-alj-hearing',
  'appeals-council': 'file-appeals-council-review',
  'federal-court': 'file-federal-court',
};

/** The deadline for the decision at a level. */
const decisionDeadline: Partial<Record<LevelId, DeadlineId>> = {
  'internal-appeal': 'plan-decides-internal-appeal',
  reconsideration: 'plan-decides-internal-appeal',
  'plan-appeal': 'plan-decides-internal-appeal',
  'external-review': 'reviewer-decides-external-review',
};

/** The letter that asks for a level. */
function letterFor(level: LevelId, urgent: boolean): LetterKind | null {
  switch (level) {
    case 'internal-appeal':
    case 'reconsideration':
    case 'plan-appeal':
      return urgent ? 'expedited-appeal' : 'internal-appeal';
    case 'second-internal-appeal':
      return 'second-level-appeal';
    case 'external-review':
    case 'independent-review':
    case 'state-fair-hearing':
      return 'external-review-request';
    case 'alj-hearing':
    case 'appeals-council':
    case 'federal-court':
      return null;
  }
}

/** The next step of a case, worded in `lang`; the facts' evidence labels come in it already. */
export function nextStepOf(facts: JourneyFacts, lang: Lang = 'en'): NextStep {
  const c = facts.case;
  const ladder = ladderFor(c.plan.program);
  const words = nextStepWords(facts, lang);
  const base = `/cases/${encodeURIComponent(c.id)}`;
  const step = (
    id: NextStepId,
    extra: Partial<Omit<NextStep, 'step' | 'action' | 'why'>> & { why?: string } = {},
  ): NextStep => ({
    step: id,
    action: words.action(id),
    why: extra.why ?? words.why(id),
    due: null,
    citation: null,
    verify: false,
    urgent: false,
    href: base,
    command: null,
    also: [],
    ...extra,
  });

  if (c.status === 'paid')
    return step('confirm-and-close', { command: `overturn case status ${c.id} closed` });
  if (c.status === 'closed' || c.status === 'withdrawn') return step('nothing-to-do');
  if (c.status === 'regulator-complaint')
    return step('wait-for-regulator', { also: followUpNotes(facts) });
  if (facts.missingForDeadlines.length > 0) {
    return step('add-missing-facts', {
      why: words.missingFacts(facts.missingForDeadlines),
      href: `${base}/edit`,
      command: `overturn case update ${c.id} --notice-date YYYY-MM-DD`,
    });
  }
  const at = levelAndPhase(c.status);
  const level = at ? ladder.levels.find((l) => l.id === at.level) : ladder.levels[0];
  if (!level) return step('nothing-to-do');
  const phase = at?.phase ?? 'drafted';
  switch (phase) {
    case 'drafted':
      return prepare(facts, level, step, base);
    case 'submitted':
      return waitOrChase(facts, level, step);
    case 'upheld':
      return afterLoss(facts, level, step, base, words, lang);
    case 'overturned':
    case 'partly-overturned':
      return step('check-payment', {
        href: base,
        command: `overturn case status ${c.id} paid`,
        also: phase === 'partly-overturned' ? [words.appealTheRest()] : [],
      });
  }
}

type StepMaker = (
  id: NextStepId,
  extra?: Partial<Omit<NextStep, 'step' | 'action' | 'why'>> & { why?: string },
) => NextStep;

const own = (facts: JourneyFacts, id: DeadlineId | undefined): CaseDeadline | undefined =>
  id && facts.deadlines.find((d) => d.id === id && d.state !== 'done');

/** Before the request is sent: evidence, the letter, then sending it — or sending now if time is short. */
function prepare(facts: JourneyFacts, level: LadderLevel, step: StepMaker, base: string): NextStep {
  const c = facts.case;
  const urgent = c.denial.urgency === 'urgent';
  const first = level.id === ladderFor(c.plan.program).levels[0]?.id;
  const noticeDeadline = first ? own(facts, 'notice-stated-deadline') : undefined;
  const legal = own(facts, filingDeadline[level.id]);
  const deadline = [noticeDeadline, legal]
    .filter((d): d is CaseDeadline => d !== undefined)
    .sort((a, b) => a.due.localeCompare(b.due))[0];
  const dated = deadline && {
    due: (deadline.sendBy ?? deadline.due).slice(0, 10),
    citation: deadline.citation,
    verify: deadline.verify,
  };
  if (deadline?.state === 'missed') {
    return step('deadline-passed', {
      ...dated,
      due: deadline.due.slice(0, 10),
      urgent: true,
      verify: true,
      href: `${base}/letters`,
    });
  }
  const kind = letterFor(level.id, urgent && first);
  const written = kind !== null && facts.letters.some((l) => l.kind === kind);
  const daysLeft = deadline ? deadline.daysLeft : null;
  const short = urgent || (daysLeft !== null && daysLeft <= sendNowWithinDays);
  const essentials = facts.missingEvidence.filter((gap) => gap.essential);
  if (!short && !written && essentials.length > 0) {
    return step('gather-evidence', {
      ...dated,
      href: `${base}#evidence`,
      command: `overturn evidence ${c.id}`,
      also: essentials.map((gap) => gap.label),
    });
  }
  if (kind === null) {
    return step('follow-notice-instructions', { ...dated, urgent: short });
  }
  if (!written) {
    return step(urgent && first ? 'write-expedited-appeal' : 'write-letter', {
      ...dated,
      urgent: short,
      href: `${base}/letters`,
      command: `overturn letter ${c.id} --kind ${kind} --out ${kind}.pdf`,
      also: short && essentials.length > 0 ? essentials.map((gap) => gap.label) : [],
    });
  }
  return step('send-letter', {
    ...dated,
    urgent: short,
    href: `${base}/packet`,
    command: `overturn packet ${c.id} --out packet.pdf && overturn case status ${c.id} ${level.id}-submitted`,
  });
}

function followUpNotes(facts: JourneyFacts): string[] {
  return facts.followUps.overdue.map((f) => `${f.title} (${f.due})`);
}

/** After sending: call back what was promised, ask for a supervisor, chase a late decision, or wait. */
function waitOrChase(facts: JourneyFacts, level: LadderLevel, step: StepMaker): NextStep {
  const first = facts.followUps.overdue[0];
  if (first) {
    return step('follow-up-call', {
      due: first.due,
      urgent: true,
      href: `/cases/${encodeURIComponent(facts.case.id)}#calls`,
      command: `overturn call add ${facts.case.id} --with NAME --reference REF --summary TEXT`,
      also: followUpNotes(facts).slice(1),
    });
  }
  if (facts.followUps.supervisorSuggested) {
    return step('ask-supervisor', { href: `/cases/${encodeURIComponent(facts.case.id)}#calls` });
  }
  const decision = own(facts, decisionDeadline[level.id]);
  if (decision && decision.daysLeft < 0) {
    return step('chase-decision', {
      due: decision.due.slice(0, 10),
      citation: decision.citation,
      verify: decision.verify,
      urgent: true,
      href: `/cases/${encodeURIComponent(facts.case.id)}#calls`,
    });
  }
  return step(level.startedBy === 'automatic' ? 'wait-for-reviewer' : 'wait-for-decision', {
    due: decision ? decision.due.slice(0, 10) : null,
    citation: decision?.citation ?? null,
    verify: decision?.verify ?? false,
  });
}

/** After a loss: the next level of the ladder, or state help when the ladder ends. */
function afterLoss(
  facts: JourneyFacts,
  level: LadderLevel,
  step: StepMaker,
  base: string,
  words: NextStepWords,
  lang: Lang,
): NextStep {
  const c = facts.case;
  const ladder = ladderFor(c.plan.program);
  const onward = nextStatuses(ladder, c.status)
    .map((status) => levelAndPhase(status))
    .filter((x): x is NonNullable<typeof x> => x !== null)
    .map((x) => ladder.levels.find((l) => l.id === x.level))
    .filter((l): l is LadderLevel => l !== undefined && l.id !== level.id);
  const next = onward.find((l) => !l.optional) ?? onward[0];
  if (!next) {
    return step('get-state-help', {
      href: `${base}#state-help`,
      command: `overturn help-for ${c.plan.state ?? 'XX'}`,
    });
  }
  const deadline = own(facts, filingDeadline[next.id]);
  const dated = deadline
    ? {
        due: (deadline.sendBy ?? deadline.due).slice(0, 10),
        citation: deadline.citation,
        verify: deadline.verify,
      }
    : { citation: next.citation };
  const also = onward.some((l) => l.optional) ? [words.secondLevelOffered()] : [];
  if (next.startedBy === 'automatic') {
    return step('confirm-forwarding', {
      citation: next.citation,
      href: `${base}/letters`,
      command: `overturn letter ${c.id} --kind external-review-request --out confirm.pdf`,
      also,
    });
  }
  if (next.id === 'external-review') {
    const eligibility = externalReviewEligibility(c.denial.category, lang);
    return step('request-external-review', {
      ...dated,
      why: eligibility.why,
      href: `${base}/letters`,
      command: `overturn letter ${c.id} --kind external-review-request --out external-review.pdf`,
      also: [...also, words.eligibilityNote(eligibility.citation)],
    });
  }
  if (next.id === 'state-fair-hearing') {
    return step('request-fair-hearing', {
      ...dated,
      href: `${base}/letters`,
      command: `overturn letter ${c.id} --kind external-review-request --out fair-hearing.pdf`,
    });
  }
  return step('next-level', { ...dated, why: words.nextLevel(next), also });
}
