import type { DenialCategory } from '../cases/case-terms.js';

/**
 * Plain-language explanations of the common claim adjustment reason codes (CARCs) and
 * remittance advice remark codes (RARCs), written in Overturn's own words for patients.
 * X12 publishes the code lists (x12.org/codes); its description text is copyrighted and is
 * deliberately not used here.
 */

/** Who usually has to do something about a code. `nobody`: it only explains an amount. */
export type WhoActs = 'patient' | 'provider' | 'both' | 'nobody';

export interface CodeExplanation {
  /** What the code means for the patient, in one or two short sentences. */
  readonly meaning: string;
  /** What the plan seems to want, or what would fix it. */
  readonly planWants: string;
  /** How people usually answer it. */
  readonly howToAnswer: string;
  readonly whoActs: WhoActs;
  /** The denial category the code usually points to, where one fits. */
  readonly category?: DenialCategory;
}

const codingFix =
  'Ask the billing office of the doctor or hospital to check the claim and send a corrected one. You usually do not need to file an appeal yourself.';

export const carcExplanations = {
  '1': {
    meaning:
      'This amount counts toward your deductible (what you pay each year before the plan starts to pay). It is not a denial.',
    planWants: 'Nothing. The plan applied your deductible.',
    howToAnswer:
      'Compare the amount with your deductible and what you have paid so far this year. Call the plan if the numbers look wrong.',
    whoActs: 'nobody',
  },
  '2': {
    meaning:
      'This amount is your coinsurance (your share of the cost, as a percentage). It is not a denial.',
    planWants: 'Nothing. The plan applied your share of the cost.',
    howToAnswer:
      'Check the percentage in your summary of benefits. Call the plan if it looks wrong, for example if in-network care was charged at the out-of-network rate.',
    whoActs: 'nobody',
  },
  '3': {
    meaning:
      'This amount is your copay (a set dollar amount you pay for a visit or service). It is not a denial.',
    planWants: 'Nothing. The plan applied your copay.',
    howToAnswer:
      'Check the copay in your summary of benefits. Call the plan if the amount looks wrong.',
    whoActs: 'nobody',
  },
  '4': {
    meaning:
      'The billing code for the service does not fit the modifier (a short add-on code) next to it. This is a billing mistake, not a judgment about your care.',
    planWants: 'A corrected claim with a code and modifier that fit together.',
    howToAnswer: codingFix,
    whoActs: 'provider',
    category: 'coding-error',
  },
  '5': {
    meaning:
      'The plan says the billing code does not fit where you got care, such as an office, a hospital or your home.',
    planWants: 'A claim where the code and the place of care agree.',
    howToAnswer:
      'Ask the billing office to check the place of care on the claim and resend it if it was wrong. If it was right, they can appeal with notes that show where and why.',
    whoActs: 'provider',
    category: 'coding-error',
  },
  '6': {
    meaning: 'The plan says the billed service does not usually fit a patient of your age.',
    planWants: 'A correct code, or a reason this care was right for you at your age.',
    howToAnswer:
      'First make sure the plan and the provider have your correct birth date. Then ask the billing office to fix the code, or to appeal with notes on why you needed it.',
    whoActs: 'both',
    category: 'coding-error',
  },
  '11': {
    meaning:
      'The plan says the diagnosis on the claim (the reason for your care) does not match the service billed.',
    planWants: 'A diagnosis code that shows why you needed this service.',
    howToAnswer:
      'Ask the doctor’s office to check the diagnosis codes. Often one was left off or mistyped, and a corrected claim fixes it. If the codes were right, they can appeal with notes that link your condition to the service.',
    whoActs: 'provider',
    category: 'coding-error',
  },
  '15': {
    meaning:
      'The approval number on the claim was missing or wrong, or did not match this service or this provider. (X12 has retired this code, but older notices still show it.)',
    planWants: 'A valid prior approval number that matches the service and the provider.',
    howToAnswer:
      'Ask the provider’s office whether the plan gave an approval. If it did, they should resend the claim with the right number. If not, ask about a late approval or an appeal.',
    whoActs: 'provider',
    category: 'prior-authorization',
  },
  '16': {
    meaning:
      'Something on the claim was missing or filled in wrong. A remark code (it starts with M, MA or N) usually says what.',
    planWants: 'The missing or corrected details, on a corrected claim.',
    howToAnswer:
      'Find the remark code next to it. Then ask the billing office to fix the claim and send it again. This is usually fixed by resending, not by appeal.',
    whoActs: 'provider',
    category: 'missing-documentation',
  },
  '18': {
    meaning: 'The plan thinks this claim is a copy of one it already got for the same service.',
    planWants: 'Nothing new if the first claim was handled. It will not pay twice.',
    howToAnswer:
      'Ask the plan what happened to the first claim. If it was paid, you are done. If these were really two services, such as two visits on one day, the provider can resend with notes that show it.',
    whoActs: 'provider',
    category: 'duplicate',
  },
  '22': {
    meaning:
      'The plan thinks another insurance you have should pay first. This is called coordination of benefits.',
    planWants: 'Up-to-date facts about any other coverage, and the other plan’s decision.',
    howToAnswer:
      'Call the plan to update your other-insurance record, even if you have no other plan. Then ask the provider to bill the plan that pays first and to send its explanation of benefits here.',
    whoActs: 'both',
    category: 'coordination-of-benefits',
  },
  '23': {
    meaning:
      'The plan lowered its payment because another insurance already paid or reduced part of the bill.',
    planWants: 'Nothing, unless the other plan’s numbers were recorded wrong.',
    howToAnswer:
      'Compare this with the other plan’s explanation of benefits. If the amounts do not add up, call both plans.',
    whoActs: 'nobody',
    category: 'coordination-of-benefits',
  },
  '26': {
    meaning: 'The plan says you got the care before your coverage started.',
    planWants: 'Proof that you were covered on the day of care.',
    howToAnswer:
      'Check the date of care and your start date. If the plan has the wrong dates, send proof such as your enrollment notice. If other insurance covered you then, the provider should bill it.',
    whoActs: 'patient',
    category: 'eligibility',
  },
  '27': {
    meaning: 'The plan says your coverage had ended before you got the care.',
    planWants: 'Proof that you were covered on the day of care.',
    howToAnswer:
      'Check your end date. If you were still covered, for example through COBRA or a premium grace period, send proof of coverage and payment. If other insurance covered you then, the provider should bill it.',
    whoActs: 'patient',
    category: 'eligibility',
  },
  '29': {
    meaning: 'The plan says the claim reached it after its deadline for sending claims.',
    planWants: 'Proof the claim was sent on time, or a good reason it was late.',
    howToAnswer:
      'Ask the provider’s office for proof they sent it on time, such as a report from their billing service. If the provider is in network, a late claim is usually their loss, not yours, so ask before you pay.',
    whoActs: 'provider',
    category: 'timely-filing',
  },
  '31': {
    meaning: 'The plan could not match you to one of its members.',
    planWants: 'Your correct name, birth date and member ID.',
    howToAnswer:
      'Compare the claim with your insurance card. Give the provider’s office your exact details and ask them to resend the claim. Also ask the plan to check its record of you.',
    whoActs: 'both',
    category: 'eligibility',
  },
  // No Surprises Act, 42 U.S.C. 300gg-131/-132: limits balance billing in some out-of-network cases.
  '45': {
    meaning:
      'The provider charged more than the plan allows for this service, so the plan took off the difference. This is a price cut, not a denial of care.',
    planWants: 'Nothing. It paid based on its allowed amount.',
    howToAnswer:
      'If the provider is in the plan’s network, they generally must write off this amount and not bill you for it. Out-of-network providers may bill you, but the No Surprises Act limits that in some cases. Ask the plan if you are unsure.',
    whoActs: 'nobody',
  },
  // Preventive care without cost sharing: 42 U.S.C. 300gg-13; 45 CFR 147.130 (not grandfathered plans).
  '49': {
    meaning:
      'The plan says this was a routine checkup or screening, or was done during one, and your plan does not pay for it.',
    planWants:
      'Proof that the care was for a problem or symptom, or is a covered preventive service.',
    howToAnswer:
      'Ask the doctor’s office whether it was billed as routine care or as care for a problem. Many plans must cover certain preventive care at no cost, so ask the plan which rules apply. Appeal if you think it should be covered.',
    whoActs: 'both',
    category: 'not-covered',
  },
  '50': {
    meaning:
      'The plan says the care was not medically necessary. This is a judgment about your care, and you can appeal it.',
    planWants: 'Medical evidence that you needed the care, measured against the plan’s own rules.',
    howToAnswer:
      'Ask the plan for the rules (criteria) it used and your claim file. Ask your doctor for a letter of medical necessity that answers those rules, with your records. File an appeal before the deadline.',
    whoActs: 'both',
    category: 'medical-necessity',
  },
  '55': {
    meaning:
      'The plan calls this treatment, drug or procedure experimental or investigational (still being studied).',
    planWants: 'Evidence that the treatment is accepted care for your condition.',
    howToAnswer:
      'Ask for the policy the plan used. Ask your doctor for a letter, with published studies or guidelines that support the treatment for you. Appeal, and ask for an outside review if the plan says no again.',
    whoActs: 'both',
    category: 'experimental',
  },
  '56': {
    meaning: 'The plan says there is not enough proof that this treatment works.',
    planWants: 'Evidence that the treatment works for people with your condition.',
    howToAnswer:
      'Ask for the policy the plan used. Ask your doctor for a letter, with studies or guidelines that back the treatment for you. Appeal, and ask for an outside review if the plan says no again.',
    whoActs: 'both',
    category: 'experimental',
  },
  '58': {
    meaning:
      'The plan says you got the care in the wrong kind of place. For example, it thinks an office visit would have done instead of a hospital.',
    planWants: 'A corrected place of care on the claim, or reasons you needed this setting.',
    howToAnswer:
      'Ask the billing office whether the place of care was coded right. If it was, ask your doctor to explain in writing why you needed care there, and appeal.',
    whoActs: 'both',
  },
  '59': {
    meaning:
      'The payment was lowered because several services were done together, such as two procedures in one session. Plans often pay less for the extra ones.',
    planWants: 'Nothing, if its rules were applied correctly.',
    howToAnswer:
      'Usually there is nothing to do. If the services were really separate, the billing office can send a corrected claim. If the group letters are CO, the provider generally cannot bill you for the cut.',
    whoActs: 'provider',
  },
  '96': {
    meaning:
      'The plan says it does not pay for this charge. A remark code next to it usually gives the reason.',
    planWants: 'It depends on the reason. Check the remark code and your plan document.',
    howToAnswer:
      'Read the remark code, and ask the plan which part of your plan document leaves this out. If you think it is covered, or the rule does not fit your case, appeal and quote that part.',
    whoActs: 'both',
    category: 'not-covered',
  },
  '97': {
    meaning:
      'The plan says this service is part of another service it already paid for, so it is not paid on its own. This is called bundling.',
    planWants: 'Nothing, unless the service was really separate.',
    howToAnswer:
      'If it was separate, the billing office can add a modifier and send a corrected claim, or appeal with notes. In network, you usually do not owe the bundled amount.',
    whoActs: 'provider',
    category: 'coding-error',
  },
  '107': {
    meaning:
      'This claim depends on another, related service (such as a visit or procedure), and the plan could not find it on the claim.',
    planWants: 'Details of the related service on the claim.',
    howToAnswer:
      'Ask the billing office which related service is missing, and ask them to send a corrected claim.',
    whoActs: 'provider',
    category: 'missing-documentation',
  },
  '109': {
    meaning:
      'The plan says it is the wrong payer for this claim. Another payer may be in charge of it, such as another plan, Medicare, or a company that handles only drugs, mental health or vision.',
    planWants: 'The claim sent to the payer that handles it.',
    howToAnswer:
      'Ask the plan who should get this claim. Then give the provider that payer’s details so they can bill it.',
    whoActs: 'both',
  },
  // No annual or lifetime dollar limits on essential health benefits: 42 U.S.C. 300gg-11; 45 CFR 147.126.
  '119': {
    meaning:
      'The plan pays for only so much of this care in a set time, such as a number of visits a year. You have reached that limit.',
    planWants: 'Nothing new. It says this benefit is used up.',
    howToAnswer:
      'Check the limit in your plan documents and count what was already used; mistakes happen. Ask whether an exception is possible. Most plans may not set yearly or lifetime dollar limits on essential health benefits.',
    whoActs: 'patient',
    category: 'other',
  },
  '146': {
    meaning:
      'The diagnosis code on the claim was not a valid code on the day of your care. These codes change over time.',
    planWants: 'A corrected claim with a valid diagnosis code.',
    howToAnswer: codingFix,
    whoActs: 'provider',
    category: 'coding-error',
  },
  '151': {
    meaning:
      'The plan says the records it has do not show a need for this number of services, or for getting them this often.',
    planWants: 'Records that show why you needed this number of services.',
    howToAnswer:
      'Ask the plan for its limits and criteria. Ask your doctor for notes or a letter on why you needed more care. Appeal before the deadline.',
    whoActs: 'both',
    category: 'medical-necessity',
  },
  '167': {
    meaning: 'The plan says it does not pay for care for this diagnosis (condition).',
    planWants: 'A correct diagnosis code, or a reason this care is covered.',
    howToAnswer:
      'Ask the doctor’s office whether the diagnosis code is right and complete. If it is, ask the plan to show where your plan document excludes it, and appeal if you think it does not apply.',
    whoActs: 'both',
    category: 'not-covered',
  },
  '170': {
    meaning:
      'The plan does not pay for this service when this kind of provider gives it. One example is a therapist with a certain license.',
    planWants:
      'Proof the provider may give and bill this service, or a claim under the right provider.',
    howToAnswer:
      'Ask the billing office whether the right provider is named on the claim. Ask the plan which types of provider it pays for this service.',
    whoActs: 'provider',
  },
  '181': {
    meaning:
      'The procedure code on the claim was not valid on the day of your care. Codes are added and retired every year.',
    planWants: 'A corrected claim with a code that was valid that day.',
    howToAnswer: codingFix,
    whoActs: 'provider',
    category: 'coding-error',
  },
  '182': {
    meaning:
      'The modifier (a short add-on to the billing code) was not valid on the day of your care.',
    planWants: 'A corrected claim with a valid modifier.',
    howToAnswer: codingFix,
    whoActs: 'provider',
    category: 'coding-error',
  },
  '185': {
    meaning: 'The plan says the provider who gave the care may not bill it for this service.',
    planWants: 'Proof of the provider’s license or enrollment, or the right provider on the claim.',
    howToAnswer:
      'Ask the billing office to check which provider is named on the claim and to fix it or appeal. In network, this is usually the provider’s problem to solve, so ask before you pay.',
    whoActs: 'provider',
  },
  '189': {
    meaning:
      'The claim used a catch-all code for an “unlisted” service, but a specific code exists for it.',
    planWants: 'A corrected claim with the specific code.',
    howToAnswer: codingFix,
    whoActs: 'provider',
    category: 'coding-error',
  },
  // 45 CFR 147.138(b)(2)(i): no prior authorization for emergency services.
  '197': {
    meaning:
      'The plan says it had to approve this care ahead of time (prior authorization), and there was no approval.',
    planWants: 'An approval, or a reason none was needed or could be gotten in time.',
    howToAnswer:
      'Ask the provider’s office whether they asked for approval; in network, that is often their job. If it was an emergency, say so, because many plans may not require approval for emergency care. Otherwise ask about a late approval, or appeal on medical need.',
    whoActs: 'both',
    category: 'prior-authorization',
  },
  '198': {
    meaning:
      'The plan approved some care, but you got more than it approved, such as more visits or days.',
    planWants: 'An approval for the extra care, or records that show why it was needed.',
    howToAnswer:
      'Ask the provider to request more approved care, or to appeal with notes that explain the extra care.',
    whoActs: 'provider',
    category: 'prior-authorization',
  },
  '204': {
    meaning:
      'The plan says this service, equipment or drug is not a benefit of the plan you have now.',
    planWants: 'Nothing, unless the care fits a covered benefit after all.',
    howToAnswer:
      'Ask for the part of the plan document that leaves it out, and read your summary of benefits. Appeal if the wording covers it or the rule does not fit your case. For a drug, ask about an exception.',
    whoActs: 'patient',
    category: 'not-covered',
  },
  '222': {
    meaning:
      'The provider billed more hours, days or units than its contract with the plan allows in a set time. That limit is the provider’s, not yours.',
    planWants: 'Nothing from you.',
    howToAnswer:
      'The provider usually settles this with the plan. If you get a bill for it, ask the provider and the plan whether you really owe it.',
    whoActs: 'provider',
  },
  '226': {
    meaning:
      'The plan asked the provider for information, and it did not arrive, came late, or was not complete.',
    planWants: 'The information it asked the provider for.',
    howToAnswer:
      'Call the provider’s office, tell them the plan is waiting, and ask them to send everything it asked for. Then ask the plan to look at the claim again.',
    whoActs: 'provider',
    category: 'missing-documentation',
  },
  '227': {
    meaning:
      'The plan asked you (or the policy holder) for information, and it did not get it or it was not complete. Often this is a form about other insurance or an injury.',
    planWants: 'The information it asked you for.',
    howToAnswer:
      'Look for a letter or form from the plan, or call and ask what is missing. Send it, keep a copy, and ask the plan to look at the claim again.',
    whoActs: 'patient',
    category: 'missing-documentation',
  },
  '234': {
    meaning:
      'The plan does not pay this service on its own. It counts it as part of other care on the claim.',
    planWants: 'Nothing, unless the service was really separate.',
    howToAnswer:
      'If it was separate, the billing office can send a corrected claim or appeal with notes. In network, you usually do not owe this amount.',
    whoActs: 'provider',
    category: 'coding-error',
  },
  // No Surprises Act, 42 U.S.C. 300gg-111 and 300gg-131.
  '242': {
    meaning:
      'The plan says the care came from a provider outside its network, or not from your primary care doctor when it needed to.',
    planWants: 'Care from a network provider, or a reason an outside provider was needed.',
    howToAnswer:
      'Check whether the provider was in the plan’s directory. Tell the plan if it was an emergency or if no network provider could do it. Also tell it if you did not pick the provider, say at an in-network hospital; the No Surprises Act may protect you. Appeal or ask for a network exception.',
    whoActs: 'both',
    category: 'out-of-network',
  },
  '243': {
    meaning:
      'The plan says your network or primary care provider did not approve or refer you for this care.',
    planWants: 'A referral or approval from your primary care doctor.',
    howToAnswer:
      'Ask your primary care doctor’s office whether a referral was sent, and to send one now if the plan takes late referrals. If not, appeal and explain why you needed the care.',
    whoActs: 'both',
    category: 'referral',
  },
  '252': {
    meaning:
      'The plan needs more papers, such as medical records, before it can decide. A remark code usually says which.',
    planWants: 'The documents the remark code names.',
    howToAnswer:
      'Ask the provider’s office to send the documents. If you have them, you can send them too, with the claim number on each page.',
    whoActs: 'both',
    category: 'missing-documentation',
  },
  '253': {
    meaning:
      'A federal budget law trims Medicare payments to providers by a small percent (called sequestration). It lowers what the provider gets.',
    planWants: 'Nothing.',
    howToAnswer: 'Nothing to do. This cut does not add to what you owe.',
    whoActs: 'nobody',
  },
  '272': {
    meaning:
      'The plan says the care did not meet its coverage rules (guidelines) for this service.',
    planWants: 'Evidence that you meet the plan’s guidelines.',
    howToAnswer:
      'Ask for the guidelines the plan used and your claim file. Ask your doctor to show, point by point, how you meet them. Appeal before the deadline.',
    whoActs: 'both',
  },
  '273': {
    meaning:
      'The plan says the care went past what its coverage rules allow, such as more visits or a higher amount.',
    planWants: 'Evidence that you needed more than the usual limit.',
    howToAnswer:
      'Ask which limit the plan used and where it is written. Ask your doctor for notes or a letter on why you needed more. Appeal before the deadline.',
    whoActs: 'both',
  },
  '275': {
    meaning:
      'Your other insurance said you owe a share (like a deductible or copay), and this plan does not pay that share.',
    planWants: 'Nothing.',
    howToAnswer:
      'Compare both explanations of benefits. Ask this plan whether its rules let it pay any of that share; plans differ.',
    whoActs: 'nobody',
    category: 'coordination-of-benefits',
  },
  '288': {
    meaning: 'The plan says you needed a referral for this care, and none was on file.',
    planWants: 'A referral from your primary care doctor.',
    howToAnswer:
      'Ask your primary care doctor’s office to send a referral; some plans accept one after the care. If it was an emergency, or your plan did not need a referral, say so in an appeal.',
    whoActs: 'both',
    category: 'referral',
  },
  B7: {
    meaning:
      'The plan says that on that date, the provider was not approved (certified or enrolled) to get paid for this kind of care.',
    planWants: 'Proof of the provider’s enrollment or certification.',
    howToAnswer:
      'This is usually for the provider to fix with the plan. Ask whether you owe anything before you pay.',
    whoActs: 'provider',
  },
  B13: {
    meaning: 'The plan says it may already have paid for this service in an earlier payment.',
    planWants: 'Nothing. It will not pay the same service twice.',
    howToAnswer:
      'Ask the plan when and to whom it paid. Tell the provider’s office if they are still billing you.',
    whoActs: 'both',
    category: 'duplicate',
  },
  B15: {
    meaning:
      'The plan pays for this service only after another, qualifying service has been received and covered, and it has no record of that.',
    planWants: 'The claim or records for the qualifying service.',
    howToAnswer:
      'Ask the plan which service it needs to see. Ask the provider to make sure that claim was sent, then to have this one looked at again.',
    whoActs: 'provider',
    category: 'missing-documentation',
  },
} as const satisfies Readonly<Record<string, CodeExplanation>>;

export const rarcExplanations = {
  M15: {
    meaning:
      'Services or tests billed one by one were combined, because the plan counts them as parts of one procedure. It pays them once.',
    planWants: 'Nothing, unless the services were really separate.',
    howToAnswer:
      'If they were separate, the billing office can send a corrected claim or appeal. In network, you usually do not owe the combined amount.',
    whoActs: 'provider',
    category: 'coding-error',
  },
  M20: {
    meaning:
      'The HCPCS code (a billing code for services, supplies and drugs) is missing or wrong on the claim.',
    planWants: 'A corrected claim with the right code.',
    howToAnswer: codingFix,
    whoActs: 'provider',
    category: 'coding-error',
  },
  // Limitation on liability, Social Security Act §1879 (42 U.S.C. 1395pp).
  M27: {
    meaning:
      'Medicare decided you do not have to pay for this, because you could not have known it would not be covered. The provider carries the cost.',
    planWants: 'Nothing from you.',
    howToAnswer:
      'Do not pay a bill for this item. If you already paid, ask the provider for a refund. Keep this notice.',
    whoActs: 'provider',
  },
  M51: {
    meaning: 'A procedure code (the code for what was done) is missing or wrong on the claim.',
    planWants: 'A corrected claim with the right procedure code.',
    howToAnswer: codingFix,
    whoActs: 'provider',
    category: 'coding-error',
  },
  M76: {
    meaning: 'The diagnosis (the reason for your care) is missing or wrong on the claim.',
    planWants: 'A corrected claim with the right diagnosis code.',
    howToAnswer: codingFix,
    whoActs: 'provider',
    category: 'coding-error',
  },
  M77: {
    meaning:
      'The place of care (for example office, hospital or home) is missing or wrong on the claim.',
    planWants: 'A corrected claim with the right place of care.',
    howToAnswer: codingFix,
    whoActs: 'provider',
    category: 'coding-error',
  },
  M127: {
    meaning: 'The plan did not get the medical records from your visit for this care.',
    planWants: 'Your medical records from that date of care.',
    howToAnswer:
      'Ask the provider’s office to send the records for this date. You can also ask for a copy yourself and send it, with the claim number on each page.',
    whoActs: 'both',
    category: 'missing-documentation',
  },
  MA04: {
    meaning:
      'This plan pays second, and it needs to know about your main insurance, and what it paid, before it can pay.',
    planWants: 'The name of your main insurance and its explanation of benefits.',
    howToAnswer:
      'Ask the provider to send the main plan’s explanation of benefits with the claim. You can also send a copy yourself.',
    whoActs: 'both',
    category: 'coordination-of-benefits',
  },
  MA130: {
    meaning:
      'The claim had missing or wrong details, so the plan could not process it. A claim like this cannot be appealed; it has to be sent again.',
    planWants: 'A fresh claim with the details fixed.',
    howToAnswer:
      'Ask the billing office to send a new, corrected claim. An appeal is not the way to fix this one.',
    whoActs: 'provider',
    category: 'missing-documentation',
  },
  N4: {
    meaning:
      'The explanation of benefits from your other insurance was missing, not complete, or hard to read.',
    planWants: 'A clear, complete copy of the other plan’s explanation of benefits.',
    howToAnswer: 'Ask the provider to send it with the claim. You can also send a copy yourself.',
    whoActs: 'both',
    category: 'coordination-of-benefits',
  },
  N20: {
    meaning:
      'The plan does not pay this service when it is done on the same day as another service on the claim.',
    planWants: 'Nothing, unless the services were really separate.',
    howToAnswer:
      'If they were separate, the billing office can send a corrected claim or appeal with notes. In network, you usually do not owe this amount.',
    whoActs: 'provider',
    category: 'coding-error',
  },
  N30: {
    meaning: 'The plan says you do not qualify for this service.',
    planWants: 'Proof that you qualify for this service under your plan.',
    howToAnswer:
      'Ask the plan which rule you did not meet. If its facts are wrong, send proof or appeal.',
    whoActs: 'patient',
  },
  N56: {
    meaning:
      'The procedure code on the claim does not fit the service given, or was not valid on the day of care.',
    planWants: 'A corrected claim with the right procedure code.',
    howToAnswer: codingFix,
    whoActs: 'provider',
    category: 'coding-error',
  },
  N115: {
    meaning:
      'This decision used a Local Coverage Determination: a Medicare contractor’s written rule for when a service is covered in your region.',
    planWants: 'Records that show you meet that rule.',
    howToAnswer:
      'Get the rule from the Medicare Coverage Database on cms.gov, or ask the contractor for it. Ask your doctor to show how you meet it. Appeal before the deadline.',
    whoActs: 'both',
  },
  N130: {
    meaning: 'The plan points you to your plan documents for limits on this service.',
    planWants: 'Care that fits the limits written in your plan documents.',
    howToAnswer:
      'Ask the plan which limit it used and where it is written. Read it, and appeal if it does not fit your case.',
    whoActs: 'patient',
  },
  N179: {
    meaning:
      'The plan asked you for more information, and it will look at the claim again once it has it.',
    planWants: 'The information it asked you for.',
    howToAnswer:
      'Find the plan’s letter, or call and ask exactly what it needs. Send it soon, keep a copy, and note the date.',
    whoActs: 'patient',
    category: 'missing-documentation',
  },
  N211: {
    meaning: 'The notice says this decision cannot be appealed.',
    planWants: 'Nothing that an appeal would change, in the plan’s view.',
    howToAnswer:
      'Ask the plan to explain in writing why there is no appeal. Sometimes the fix is a corrected claim instead. If a benefit was denied, you may still have appeal rights by law; a consumer help program can check.',
    whoActs: 'both',
  },
  N290: {
    meaning: 'The ID number of the provider who gave the care is missing or wrong on the claim.',
    planWants: 'A corrected claim with the provider’s right ID number.',
    howToAnswer: codingFix,
    whoActs: 'provider',
  },
  N386: {
    meaning:
      'This decision used a National Coverage Determination: a nationwide Medicare rule for when a service is covered.',
    planWants: 'Records that show you meet that rule.',
    howToAnswer:
      'Find the rule in the Medicare Coverage Database on cms.gov. Ask your doctor to show how you meet it. Appeal before the deadline.',
    whoActs: 'both',
  },
  N425: {
    meaning:
      'The plan says the law itself leaves this service out of coverage, so the plan may not pay for it.',
    planWants: 'Nothing, unless the service was described or coded wrong.',
    howToAnswer:
      'Ask the provider whether the service was coded correctly. If it was, ask whether other coverage you have, such as a dental, vision or hearing plan, pays for it.',
    whoActs: 'patient',
    category: 'not-covered',
  },
  N432: {
    meaning:
      'The payment was changed after a recovery audit: a review of past payments that looks for overpaid or underpaid claims.',
    planWants: 'Nothing from you.',
    howToAnswer:
      'The provider usually deals with this. If you get a new bill because of it, ask the provider and the plan to explain it before you pay.',
    whoActs: 'provider',
  },
  N479: {
    meaning:
      'The plan needs the explanation of benefits from your other insurance (or from Medicare, if it pays first) before it can decide.',
    planWants: 'The other payer’s explanation of benefits.',
    howToAnswer: 'Ask the provider to send it with the claim. You can also send a copy yourself.',
    whoActs: 'both',
    category: 'coordination-of-benefits',
  },
  N522: {
    meaning:
      'This claim repeats one that was, or will be, passed on automatically from Medicare to your other plan (a crossover claim).',
    planWants: 'Nothing.',
    howToAnswer:
      'Usually nothing to do. Watch for the explanation of benefits from the other plan.',
    whoActs: 'nobody',
    category: 'duplicate',
  },
  N657: {
    meaning: 'The plan says a different, better-fitting code should be used for this service.',
    planWants: 'A corrected claim with the right code.',
    howToAnswer: codingFix,
    whoActs: 'provider',
    category: 'coding-error',
  },
} as const satisfies Readonly<Record<string, CodeExplanation>>;

const carcTable: Readonly<Partial<Record<string, CodeExplanation>>> = carcExplanations;
const rarcTable: Readonly<Partial<Record<string, CodeExplanation>>> = rarcExplanations;

/** The explanation of a CARC (without its group letters), if Overturn has one. */
export function carcExplanation(code: string): CodeExplanation | undefined {
  return Object.hasOwn(carcTable, code) ? carcTable[code] : undefined;
}

/** The explanation of a RARC, if Overturn has one. */
export function rarcExplanation(code: string): CodeExplanation | undefined {
  return Object.hasOwn(rarcTable, code) ? rarcTable[code] : undefined;
}
