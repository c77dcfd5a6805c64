import type { Program } from '../cases/case-terms.js';
import type { DeadlineRule, RuleScope } from './deadline-rule.js';
import { federalReviewWindow } from './federal-deadline-rules.js';

/**
 * State rows, where shared/reference/appeal-rules.md §2d has them. They apply to insured plans
 * (`funding: 'fully-insured'`; every individual-market plan is insured): a self-funded job-based
 * plan uses the federal process whatever the state. Every other state falls back to the federal
 * floor, with a "check your state" note added by the engine.
 *
 * Months in state laws are counted to the last day of a short month and never rolled forward:
 * the statutes read do not say otherwise, and that is the earlier, safe date.
 */

const insuredPrograms: readonly Program[] = ['employer-group', 'individual-market'];

function forInsuredPlans(
  scope: Omit<RuleScope, 'program' | 'funding'>,
  rule: Omit<DeadlineRule, 'scope'>,
): DeadlineRule[] {
  return insuredPrograms.map((program) => ({
    ...rule,
    scope: { ...scope, program, funding: 'fully-insured' },
  }));
}

const stateMonths = (count: number) =>
  ({
    unit: 'months',
    count,
    whenNoSuchDay: 'last-day-of-month',
    rollToBusinessDay: false,
  }) as const;

const dmhcNetworks = ['hmo'] as const;
// EPO and POS plans may answer to either regulator; they get the row that names both.
const cdiNetworks = ['ppo'] as const;

const california: DeadlineRule[] = [
  ...forInsuredPlans(
    { notice: 'final-internal-denial', state: 'CA' },
    {
      id: 'file-external-review',
      who: 'patient',
      action: 'Ask the state for an Independent Medical Review',
      limit: stateMonths(6),
      countsFrom: 'notice-date',
      citation: 'Cal. Health & Safety Code §1374.30 et seq.; Cal. Insurance Code §10169 et seq.',
      confidence: 'medium',
      source: 'appeal-rules.md §2d (dmhc.ca.gov; self-law.org 10169.1)',
      note: 'Every insured plan in California answers to the Department of Managed Health Care (HMOs and most Covered California plans) or the Department of Insurance (most PPOs); both allow 6 months and the review is free. Your plan’s card or letter says which one.',
    },
  ),
  ...forInsuredPlans(
    { notice: 'final-internal-denial', state: 'CA', networkTypes: dmhcNetworks },
    {
      id: 'file-external-review',
      who: 'patient',
      action: 'Ask the DMHC for an Independent Medical Review',
      limit: stateMonths(6),
      countsFrom: 'notice-date',
      citation: 'Cal. Health & Safety Code §1374.30 et seq.',
      confidence: 'high',
      source: 'appeal-rules.md §2d (dmhc.ca.gov)',
      note: 'HMOs and most Covered California plans answer to the Department of Managed Health Care (DMHC). The review is free and binds the plan. A late request may still be accepted for a good reason.',
    },
  ),
  ...forInsuredPlans(
    { notice: 'final-internal-denial', state: 'CA', networkTypes: cdiNetworks },
    {
      id: 'file-external-review',
      who: 'patient',
      action: 'Ask the Department of Insurance for an Independent Medical Review',
      limit: stateMonths(6),
      countsFrom: 'notice-date',
      citation: 'Cal. Insurance Code §10169 et seq.',
      confidence: 'medium',
      source: 'appeal-rules.md §2d (self-law.org 10169.1, 10169.5; a state guide)',
      note: 'Insured PPO and indemnity plans answer to the California Department of Insurance (CDI). The review is free.',
    },
  ),
  ...forInsuredPlans(
    {
      notice: 'initial-denial',
      state: 'CA',
      networkTypes: dmhcNetworks,
      urgency: ['pre-service', 'post-service', 'concurrent'],
    },
    {
      id: 'plan-decides-internal-appeal',
      who: 'plan',
      action: 'The plan must decide your grievance',
      limit: { unit: 'days', count: 30 },
      countsFrom: 'appeal-filed',
      citation: 'Cal. Health & Safety Code §1374.30 et seq. (DMHC grievance process)',
      confidence: 'high',
      source: 'appeal-rules.md §2d (dmhc.ca.gov)',
      note: 'If the plan has not decided in 30 days, you can go to the DMHC for an Independent Medical Review.',
    },
  ),
  ...forInsuredPlans(
    { notice: 'final-internal-denial', state: 'CA', networkTypes: dmhcNetworks },
    {
      id: 'reviewer-decides-external-review',
      who: 'reviewer',
      action: 'The Independent Medical Review must be decided',
      limit: { unit: 'days', count: 30 },
      countsFrom: 'review-filed',
      citation: 'Cal. Health & Safety Code §1374.30 et seq.',
      confidence: 'high',
      source: 'appeal-rules.md §2d (dmhc.ca.gov)',
      note: 'An urgent review is decided in 3 to 7 days.',
    },
  ),
];

const newYork: DeadlineRule[] = forInsuredPlans(
  { notice: 'final-internal-denial', state: 'NY' },
  {
    id: 'file-external-review',
    who: 'patient',
    action: 'Ask New York’s Department of Financial Services for an external appeal',
    limit: stateMonths(4),
    countsFrom: 'notice-received',
    citation: 'N.Y. Pub. Health Law §4914(2)(a); N.Y. Ins. Law art. 49',
    confidence: 'high',
    source: 'appeal-rules.md §2d (dfs.ny.gov; PBH §4914)',
    note: 'Counted from the plan’s answer to your first-level appeal (a second level is optional). The plan may charge up to $25, waived for hardship and refunded if you win.',
  },
);

const texas: DeadlineRule[] = [
  ...forInsuredPlans(
    { notice: 'final-internal-denial', state: 'TX' },
    {
      id: 'file-external-review',
      who: 'patient',
      action: 'Ask for an Independent Review Organization review (Texas form LHL009)',
      limit: stateMonths(4),
      countsFrom: 'notice-received',
      citation: 'Tex. Ins. Code ch. 4202',
      confidence: 'low',
      source: 'appeal-rules.md §2d (4 months stated only by a secondary source)',
      note: 'Send the request to your plan; it forwards it to the Texas Department of Insurance. The plan pays for the review. With a life-threatening condition you may skip the internal appeal.',
    },
  ),
  ...forInsuredPlans(
    { notice: 'final-internal-denial', state: 'TX', urgency: ['urgent', 'concurrent'] },
    {
      id: 'reviewer-decides-external-review',
      who: 'reviewer',
      action: 'The review organization must decide your urgent review',
      limit: { unit: 'days', count: 3 },
      countsFrom: 'review-filed',
      citation: 'Tex. Ins. Code §4202.003',
      confidence: 'high',
      source: 'appeal-rules.md §2d (lawserver.com; tdi.texas.gov)',
    },
  ),
  ...forInsuredPlans(
    { notice: 'final-internal-denial', state: 'TX', urgency: ['pre-service', 'post-service'] },
    {
      id: 'reviewer-decides-external-review',
      who: 'reviewer',
      action: 'The review organization must decide your review',
      limit: { unit: 'days', count: 20 },
      countsFrom: 'review-filed',
      citation: 'Tex. Ins. Code §4202.003',
      confidence: 'high',
      source: 'appeal-rules.md §2d (lawserver.com; tdi.texas.gov)',
      note: 'Or 15 days after it gets the information it needs, if that is sooner.',
    },
  ),
];

const florida: DeadlineRule[] = [
  ...forInsuredPlans(
    { notice: 'final-internal-denial', state: 'FL' },
    {
      id: 'file-external-review',
      who: 'patient',
      action: 'Ask for an independent external review (federal process)',
      limit: federalReviewWindow,
      countsFrom: 'notice-received',
      citation: '45 CFR 147.136(d)(2)(i) (Florida uses the federal process)',
      confidence: 'medium',
      source: 'appeal-rules.md §2d (CCIIO deck slide 27; newer secondary sources)',
      note: 'Florida has no state external review for these plans; the federal process (HHS, or reviewers your plan contracts with) applies. It is free.',
    },
  ),
  ...forInsuredPlans(
    { notice: 'initial-denial', state: 'FL', networkTypes: ['hmo'] },
    {
      id: 'file-internal-appeal',
      who: 'patient',
      action: 'Send your appeal (grievance) to the plan',
      limit: { unit: 'days', count: 180 },
      countsFrom: 'notice-received',
      citation: '29 CFR 2560.503-1(h)(3)(i); 45 CFR 147.136(b); Fla. Stat. §641.511',
      confidence: 'medium',
      source: 'appeal-rules.md §2d (healthinfolaw.org, Fla. Stat. 641.511)',
      note: 'Florida HMO members may have up to one year to file a grievance (Fla. Stat. §641.511), but the federal 180 days is the date that is safe under every rule.',
    },
  ),
];

const illinois: DeadlineRule[] = [
  ...forInsuredPlans(
    { notice: 'final-internal-denial', state: 'IL' },
    {
      id: 'file-external-review',
      who: 'patient',
      action: 'Ask the Illinois Department of Insurance for an external review',
      limit: stateMonths(4),
      countsFrom: 'notice-received',
      citation: '215 ILCS 180/30',
      confidence: 'high',
      source: 'appeal-rules.md §2d (insurance2.illinois.gov; lawserver.com 215 ILCS 180/30)',
      note: 'The review is free.',
    },
  ),
  ...forInsuredPlans(
    { notice: 'initial-denial', state: 'IL', urgency: ['urgent'] },
    {
      id: 'plan-decides-internal-appeal',
      who: 'plan',
      action: 'The plan must decide your urgent appeal',
      limit: { unit: 'hours', count: 48 },
      countsFrom: 'appeal-filed',
      citation: '215 ILCS 180/40',
      confidence: 'high',
      source: 'appeal-rules.md §2d (ilga.gov 215 ILCS 180/40)',
      note: 'If the plan misses this, Illinois treats the appeal as exhausted: you can ask for an external review right away.',
    },
  ),
];

const pennsylvania: DeadlineRule[] = forInsuredPlans(
  { notice: 'final-internal-denial', state: 'PA' },
  {
    id: 'file-external-review',
    who: 'patient',
    action: 'Ask the Pennsylvania Insurance Department for an external review',
    limit: stateMonths(4),
    countsFrom: 'notice-received',
    citation:
      'Pa. Act 146 of 2022 (amending the Insurance Company Law of 1921, 40 P.S. ch. 991); 45 CFR 147.136(c)(2)',
    confidence: 'low',
    source:
      'appeal-rules.md §2d (state process since 2024-01-01: high; its own deadline was not read)',
    note: 'Pennsylvania runs its own review since 2024 and must allow at least 4 months. It is free.',
  },
);

export const stateDeadlineRules: readonly DeadlineRule[] = [
  ...california,
  ...newYork,
  ...texas,
  ...florida,
  ...illinois,
  ...pennsylvania,
];
