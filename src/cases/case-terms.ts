/**
 * The words a case is described with, each with a plain-language label for patients.
 * Ids are stable: they appear in the API, the CLI and the database.
 */

/** Which body of law governs the plan, and so its appeal ladder and deadlines. */
export const programs = {
  'employer-group': 'A plan through a job (employer group plan, usually governed by ERISA)',
  'individual-market': 'A plan you bought yourself (Health Insurance Marketplace or direct)',
  'medicare-advantage': 'Medicare Advantage (a private plan that replaces Original Medicare)',
  'medicaid-managed-care': 'Medicaid through a managed-care plan',
} as const;
export type Program = keyof typeof programs;
export const programIds = Object.keys(programs) as [Program, ...Program[]];

/** Who carries the risk: decides, for job-based plans, whether state or federal external review applies. */
export const fundings = {
  'fully-insured': 'Fully insured: the insurance company pays the claims',
  'self-funded': 'Self-funded: the employer pays the claims and the insurer only administers',
} as const;
export type Funding = keyof typeof fundings;
export const fundingIds = Object.keys(fundings) as [Funding, ...Funding[]];

export const networkTypes = {
  hmo: 'HMO: you need a referral from your primary doctor for most specialists',
  ppo: 'PPO: you can see specialists and out-of-network doctors, at a higher cost',
  epo: 'EPO: in-network care only, usually without referrals',
  pos: 'POS: referrals needed, with some out-of-network coverage',
  other: 'Another kind of network, or not sure',
} as const;
export type NetworkType = keyof typeof networkTypes;
export const networkTypeIds = Object.keys(networkTypes) as [NetworkType, ...NetworkType[]];

export const noticeTypes = {
  'claim-denial': 'A claim for care you already received was denied',
  'prior-authorization-denial': 'A request to approve care before it happens was denied',
  'final-internal-appeal-denial': 'The plan said no again after your appeal',
  eob: 'An explanation of benefits with a denied line',
} as const;
export type NoticeType = keyof typeof noticeTypes;
export const noticeTypeIds = Object.keys(noticeTypes) as [NoticeType, ...NoticeType[]];

export const denialCategories = {
  'medical-necessity': 'The plan says the care was not medically necessary',
  'prior-authorization': 'The plan says approval was needed before the care',
  referral: 'The plan says a referral from your primary doctor was missing',
  'missing-documentation': 'The plan says it did not get records or information it asked for',
  'coding-error': 'The plan says the claim has a billing code problem',
  'out-of-network': 'The plan says the provider is outside its network',
  experimental: 'The plan says the care is experimental or unproven',
  'not-covered': 'The plan says the care is not a covered benefit',
  'step-therapy': 'The plan wants other drugs tried first',
  formulary: 'The drug is not on the plan’s drug list, or is over its limits',
  'timely-filing': 'The plan says the claim was sent too late',
  duplicate: 'The plan says the claim was already processed',
  'coordination-of-benefits': 'The plan says another insurance should pay first',
  eligibility: 'The plan says you were not covered on that date',
  other: 'Another reason',
} as const;
export type DenialCategory = keyof typeof denialCategories;
export const denialCategoryIds = Object.keys(denialCategories) as [
  DenialCategory,
  ...DenialCategory[],
];
