import type { DenialCategory } from '../cases/case-terms.js';

/**
 * What each kind of denial means for a patient, what the plan seems to want, and how people
 * usually answer it, in plain words. General guidance only: it promises no outcome.
 */
export interface CategoryExplanation {
  readonly meaning: string;
  readonly planWants: string;
  /** Two to four short steps, in the order people usually take them. */
  readonly howToAnswer: readonly [string, string, ...string[]];
}

/**
 * The step after a lost internal appeal. A notice of a final internal denial replaces it with the
 * program's own next level (see denial-explanation.ts).
 */
export const externalReviewStep =
  'If the plan says no again, ask for an outside (external) review.';

export const categoryExplanations = {
  'medical-necessity': {
    meaning:
      'The plan says the care was not medically necessary. It is judging whether you needed this care, and that judgment can be challenged.',
    planWants:
      'Medical evidence that you needed the care, measured against the rules (criteria) the plan used.',
    howToAnswer: [
      'Ask the plan in writing for the criteria it used and for your claim file.',
      'Ask your doctor for a letter of medical necessity that answers each of those criteria, with your records.',
      'Send your appeal before the deadline on the notice.',
      externalReviewStep,
    ],
  },
  'prior-authorization': {
    meaning:
      'The plan says it had to approve this care ahead of time (prior authorization), and it did not approve it.',
    planWants:
      'A request for approval with the records that support it, or proof that approval was asked for or not needed.',
    howToAnswer: [
      'Ask the provider’s office whether they asked for approval and what the plan said.',
      // 45 CFR 147.138(b)(2)(i); 29 CFR 2590.715-2719A(b)(2)(i): no prior authorization for emergency services.
      'If the care was an emergency, say so; plans often may not require approval for emergency care.',
      'Ask your doctor to send a new request, or to support your appeal with a letter and records.',
      'Send your appeal before the deadline on the notice.',
    ],
  },
  referral: {
    meaning:
      'The plan says you needed a referral from your primary care doctor for this care, and it had none.',
    planWants: 'A referral from your primary care doctor.',
    howToAnswer: [
      'Ask your primary care doctor’s office whether a referral was sent, and to send one now if the plan accepts late referrals.',
      'If it was an emergency, or your plan did not require a referral for this care, say so.',
      'Send your appeal before the deadline on the notice, with the referral if you have it.',
    ],
  },
  'missing-documentation': {
    meaning:
      'The plan says it did not get records or information it needed to decide. This is often fixed by sending what is missing.',
    planWants: 'The records or information it asked for, from you or from your provider.',
    howToAnswer: [
      'Ask the plan exactly what is missing and who should send it.',
      'Ask the provider’s office to send it, or send it yourself with the claim number on each page.',
      'Keep copies, and ask the plan to look at the claim again.',
    ],
  },
  'coding-error': {
    meaning:
      'The plan says there is a problem with the billing codes on the claim. It is usually a paperwork issue, not a judgment about your care.',
    planWants: 'A corrected claim from the provider’s billing office.',
    howToAnswer: [
      'Call the provider’s billing office, give them the codes on the notice, and ask them to check the claim.',
      'Ask them to send a corrected claim, and ask when it will go out.',
      'Check back with the plan after a few weeks. If the codes were right, ask the provider to appeal.',
    ],
  },
  'out-of-network': {
    meaning:
      'The plan says the provider is outside its network, so it pays less or nothing for this care.',
    planWants:
      'Care from a network provider, or a reason an outside provider was needed or could not be avoided.',
    howToAnswer: [
      'Check whether the provider was listed in the plan’s directory when you got care.',
      // No Surprises Act, 42 U.S.C. 300gg-111 and 300gg-131: emergency care and out-of-network care at in-network facilities.
      'If it was an emergency, or you did not pick the provider (say, at an in-network hospital), tell the plan. The No Surprises Act may protect you.',
      'If no network provider could give this care, appeal or ask for a network exception, with a letter from your doctor.',
    ],
  },
  experimental: {
    meaning:
      'The plan says the treatment is experimental or unproven, meaning it thinks the evidence is not strong enough yet.',
    planWants: 'Evidence that the treatment is accepted, effective care for your condition.',
    howToAnswer: [
      'Ask the plan for the policy it used to call the treatment experimental.',
      'Ask your doctor for a letter, with published studies or guidelines that support the treatment for you.',
      'Send your appeal before the deadline on the notice.',
      externalReviewStep,
    ],
  },
  'not-covered': {
    meaning:
      'The plan says this care is not a benefit under your plan. It points to the plan’s written terms, not your medical need.',
    planWants: 'Nothing new, unless the care fits a covered benefit after all.',
    howToAnswer: [
      'Ask the plan which section of the plan document leaves this care out.',
      'Read that section and your summary of benefits; check that the care was described and coded correctly.',
      'If the wording covers the care or does not fit your case, appeal and quote it.',
    ],
  },
  'step-therapy': {
    meaning:
      'The plan wants you to try other, usually cheaper, drugs first before it pays for this one (step therapy).',
    planWants: 'Proof that you tried the other drugs, or a reason they are not right for you.',
    howToAnswer: [
      'Ask the plan which drugs it wants you to try first.',
      'Ask your doctor to request an exception, listing drugs you already tried or why they could harm you.',
      'If the plan says no, appeal before the deadline on the notice.',
    ],
  },
  formulary: {
    meaning:
      'The drug is not on the plan’s list of covered drugs (formulary), or you asked for more than the plan’s limits allow.',
    planWants: 'A covered drug, or a reason from your doctor why you need this one.',
    howToAnswer: [
      'Ask the plan which similar drugs are on its list.',
      'Ask your doctor to request a formulary exception, explaining why the listed drugs will not work for you.',
      'If the plan says no, appeal before the deadline on the notice.',
    ],
  },
  'timely-filing': {
    meaning: 'The plan says the claim reached it after its deadline for sending claims.',
    planWants: 'Proof that the claim was sent on time, or a good reason it was late.',
    howToAnswer: [
      'Ask the provider’s office for proof they sent the claim on time.',
      'If the provider is in network, ask whether you owe anything; a late claim is usually their loss, not yours.',
      'If the delay was not your fault or theirs, for example because another plan was billed first, appeal with proof.',
    ],
  },
  duplicate: {
    meaning:
      'The plan says it already handled a claim for this same service, so it did not pay it again.',
    planWants: 'Nothing new, if the first claim was handled correctly.',
    howToAnswer: [
      'Ask the plan how and when the first claim was handled.',
      'If it was paid, tell the provider’s office. If the services were really separate, ask the provider to resend with notes that show it.',
    ],
  },
  'coordination-of-benefits': {
    meaning:
      'The plan thinks another insurance should pay first. This is called coordination of benefits.',
    planWants: 'Up-to-date facts about any other insurance you have, and that plan’s decision.',
    howToAnswer: [
      'Call the plan to update your other-insurance record, even if you have no other plan.',
      'Ask the provider to bill the plan that pays first, then send its explanation of benefits to this plan.',
      'Ask this plan to look at the claim again once it has what it needs.',
    ],
  },
  eligibility: {
    meaning:
      'The plan says you were not covered on the date of care, or it could not match you to its members.',
    planWants: 'Proof that you were a member and covered on that date.',
    howToAnswer: [
      'Check the date of care, your name, birth date and member ID against your insurance card.',
      'If the plan is wrong, send proof of coverage, such as an enrollment notice or premium payments.',
      'If other insurance covered you on that date, ask the provider to bill it.',
    ],
  },
  other: {
    meaning:
      'The plan gave a reason that does not fit the usual kinds of denial, or the reason is not clear.',
    planWants: 'It is not clear yet. Ask the plan to explain the reason in plain words.',
    howToAnswer: [
      'Ask the plan in writing for the specific reason, the rule it used, and your claim file.',
      'Ask your doctor’s office whether anything on the claim should be corrected.',
      'Send your appeal before the deadline on the notice, answering the reason the plan gave.',
    ],
  },
} as const satisfies Readonly<Record<DenialCategory, CategoryExplanation>>;

/** Used when no denial category is known yet. */
export const unknownCategoryExplanation = {
  meaning: 'We could not tell from the notice why the plan said no.',
  // The notice must give the specific reason: 29 CFR 2560.503-1(g)(1)(i); 45 CFR 147.136(b)(2)(ii)(E);
  // 42 CFR 422.568(e) (Medicare Advantage); 42 CFR 438.404(b)(2) (Medicaid managed care).
  planWants:
    'It is not clear yet. The codes below may help, and the plan must tell you why it denied.',
  howToAnswer: [
    'Ask the plan in writing for the specific reason, the rule it used, and your claim file.',
    'Ask the provider’s billing office what the codes on the notice mean for this claim.',
    'Note the appeal deadline on the notice, and appeal before it once you know the reason.',
  ],
} as const satisfies CategoryExplanation;
