/**
 * The case's fields in English: each group's title, and each field's label, hint and (when the
 * label is a question) the noun a sentence uses for it. Keyed by the API's dotted path
 * (`plan.memberId` is `fields.plan.memberId`). Part of `cases` (./cases.ts); Spanish twin:
 * ../es/case-field-words.ts.
 */
export const caseFieldWords = {
  sections: {
    patient: 'Patient',
    plan: 'Plan',
    claim: 'What was denied',
    denial: 'The denial notice',
  },
  fields: {
    patient: {
      name: {
        label: 'Patient’s name',
        hint: 'The person who got the care, as the name is written on the insurance card.',
      },
      dateOfBirth: { label: 'Date of birth' },
    },
    plan: {
      insurer: {
        label: 'Insurance company',
        hint: 'The company named on the denial letter or the insurance card, such as Aetna or Blue Cross.',
      },
      program: {
        label: 'Kind of plan',
        hint: 'How you get this insurance. It decides your appeal steps and your deadlines.',
      },
      planName: {
        label: 'Plan name',
        hint: 'Printed on the insurance card, such as “Gold PPO 1500”.',
      },
      funding: {
        label: 'Who pays the claims',
        hint: 'Only for plans through a job. Your benefits office can tell you. If you do not know, leave it.',
      },
      networkType: {
        label: 'Network type',
        hint: 'Often printed on the insurance card: HMO, PPO, EPO or POS.',
      },
      state: {
        label: 'State',
        hint: 'The state where you live or where the plan was sold. State rules can add to your rights.',
      },
      memberId: { label: 'Member ID', hint: 'On the front of the insurance card.' },
      groupNumber: {
        label: 'Group number',
        hint: 'On the insurance card, for plans through a job.',
      },
    },
    claim: {
      serviceDescription: {
        label: 'The care that was denied',
        hint: 'In your own words, such as “MRI of my lower back”.',
      },
      provider: { label: 'Doctor, hospital or pharmacy' },
      serviceDate: {
        label: 'Date of the care',
        hint: 'The day you got the care, or the day it is planned.',
      },
      claimNumber: {
        label: 'Claim number',
        hint: 'On the denial letter or the explanation of benefits (EOB).',
      },
      procedureCodes: {
        label: 'Procedure codes',
        hint: 'Billing codes for the care, 5 letters or numbers each, such as 97110. They are on the bill or the EOB. Put a comma between codes.',
      },
      diagnosisCodes: {
        label: 'Diagnosis codes',
        hint: 'Codes for the health problem, such as M54.16. Put a comma between codes.',
      },
      amountBilled: {
        label: 'Amount billed',
        hint: 'What the provider charged, in dollars, such as 1240.00.',
      },
      patientResponsibility: {
        label: 'Amount the plan says you owe',
        hint: 'In dollars. Leave it empty if the letter does not say.',
      },
    },
    denial: {
      noticeType: { label: 'Kind of notice' },
      noticeStage: {
        label: 'Which letter is this?',
        noun: 'The kind of letter',
        hint: 'Is it the plan’s first “no”, or an answer to an appeal? It decides which deadlines apply. If you are not sure, leave it.',
      },
      noticeDate: { label: 'Date on the notice', hint: 'The date printed on the letter.' },
      receivedDate: {
        label: 'Date you got the notice',
        hint: 'The day the letter reached you. Some deadlines count from this day, so keep the envelope.',
      },
      category: {
        label: 'Reason for the denial',
        hint: 'The main reason the plan gave. Pick the closest one.',
      },
      statedReason: {
        label: 'The reason in the letter’s words',
        hint: 'Copy it from the letter, word for word if you can.',
      },
      statedDeadlineDays: {
        label: 'Days the letter gives you to appeal',
        hint: 'Many letters say something like “you have 180 days to appeal”. Leave it empty if yours does not.',
      },
      urgency: {
        label: 'How soon is the care needed?',
        noun: 'How soon the care is needed',
        hint: 'It sets how fast the plan must answer your appeal. Choose “Urgent” if waiting could seriously harm your health.',
      },
      appealFiledAt: {
        label: 'When did the plan get your appeal?',
        noun: 'The date the plan got your appeal',
        hint: 'Use the delivery receipt or fax confirmation. When you mark the appeal sent, Overturn fills in that day. For an urgent appeal, add the time too: the plan’s hours count from it.',
      },
    },
  },
};
