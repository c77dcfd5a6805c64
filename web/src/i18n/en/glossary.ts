/**
 * Words of the law and of health plans, each with a plain explanation (shown on hover or tap where
 * the word appears, and all together on the "Words to know" page). English; Spanish in ../es/glossary.ts.
 */
export const glossary = {
  title: 'Words to know',
  lead: 'Health plans and the law use words most people never need. Here is what they mean.',
  whatIs: (word: string) => `What does “${word}” mean?`,
  close: 'Close',
  terms: {
    appeal: {
      word: 'Appeal',
      plain: 'Asking the plan to look again at its “no” and change it to “yes”.',
    },
    'internal-appeal': {
      word: 'Internal appeal',
      plain: 'An appeal decided by the health plan itself. It is the first step after a denial.',
    },
    'external-review': {
      word: 'External review',
      plain:
        'A review by an independent reviewer who does not work for your plan. If the reviewer says the plan must pay, the plan has to follow that decision.',
    },
    expedited: {
      word: 'Expedited (urgent) appeal',
      plain:
        'A fast appeal for when waiting could seriously harm your health. The plan must answer within days or hours, not weeks.',
    },
    denial: {
      word: 'Denial',
      plain: 'The plan’s “no”: it will not pay for, or approve, some care.',
    },
    'prior-authorization': {
      word: 'Prior authorization',
      plain: 'The plan’s approval that some care needs before you get it.',
    },
    'medical-necessity': {
      word: 'Medical necessity',
      plain:
        'Whether care is needed to diagnose or treat your condition, by accepted medical standards. Plans often deny care by saying it was not medically necessary.',
    },
    eob: {
      word: 'Explanation of benefits (EOB)',
      plain:
        'A statement from your plan about a claim: what was billed, what the plan paid, and what you may owe. It is not a bill.',
    },
    claim: {
      word: 'Claim',
      plain: 'A request to the plan to pay for care. Your doctor or hospital usually sends it.',
    },
    erisa: {
      word: 'ERISA',
      plain:
        'A federal law that covers most health plans people get through a job. It sets the rules and deadlines for appeals of those plans.',
    },
    'self-funded': {
      word: 'Self-funded plan',
      plain:
        'A job-based plan where the employer pays the claims itself and an insurance company only runs the plan. Federal rules, not state rules, usually apply.',
    },
    'fully-insured': {
      word: 'Fully insured plan',
      plain: 'A plan where an insurance company pays the claims. State insurance rules also apply.',
    },
    'fair-hearing': {
      word: 'Fair hearing',
      plain:
        'For Medicaid: a hearing before a state judge who is not part of your plan. You can ask for one after the plan’s appeal.',
    },
    'medicare-advantage': {
      word: 'Medicare Advantage',
      plain: 'A private plan that gives Medicare benefits instead of Original Medicare.',
    },
    'claim-file': {
      word: 'Claim file',
      plain:
        'Everything the plan used to decide your claim, including its rules and any doctor it asked. You have a right to a free copy.',
    },
    'letter-of-medical-necessity': {
      word: 'Letter of medical necessity',
      plain: 'A letter from your doctor that explains why you need the care.',
    },
    'second-opinion': {
      word: 'Second opinion',
      plain:
        'Another doctor’s view of your diagnosis or treatment. Asking for one is normal and good doctors expect it.',
    },
    referral: {
      word: 'Referral',
      plain:
        'A note from your main doctor that lets you see a specialist. Some plans (HMOs) require one.',
    },
    'in-network': {
      word: 'In network',
      plain:
        'Doctors and hospitals that have a contract with your plan. Care outside the network often costs more or is not covered.',
    },
    'send-by': {
      word: 'Send by',
      plain:
        'A day before the legal deadline, to leave time for mail or fax problems. Aim for this day, not the last day.',
    },
  },
};
