/** The guided steps' words, in English (the Spanish twin is ../es/guide.ts). */
export const guide = {
  stepsLabel: 'Your steps',
  stepOf: (n: number, of: number) => `Step ${n} of ${of}`,
  stepState: {
    done: 'Done',
    skipped: 'Put off for later',
    'to-do': 'To do',
  },
  here: (state: string) => `You are here · ${state}`,
  nextUp: (name: string) => `Next: ${name}`,
  whyLabel: 'Why this matters:',
  back: 'Back',
  next: 'Continue',
  finish: 'Finish for now',
  skip: 'Skip, I’ll do it later',
  saveForLater: 'Save and continue later',
  saveForLaterNote: 'Everything you entered is already saved. Come back from the start screen.',
  laterLetter: 'Your letter waits on the start screen, with what you typed. Come back to check it.',
  laterOpinion:
    'What you typed stays in this browser. Come back through “I want a second opinion”.',
  wholeCase: 'See the whole case on one page (for advocates)',
  guidedSteps: 'Go step by step',
  backToSteps: '← Back to your steps',
  continueSteps: 'Continue your steps',
  notLegalAdvice:
    'Overturn gives general information to help you act on your own behalf. It is not legal advice, and it cannot promise what your plan will decide.',
  /** Under each step of the second opinion: a choice about care, not a claim. */
  notMedicalAdvice:
    'Overturn gives general information to help you decide. It is not medical or legal advice. Talk over your choice with a doctor you trust.',
  appeal: {
    title: 'Your appeal, step by step',
    letter: {
      name: 'Add your denial letter',
      title: 'Add your denial letter',
      why: 'The letter says what was denied, why, and by when you must [[appeal|appeal]].',
    },
    check: {
      name: 'Check what we read',
      title: 'Check what we read',
      why: 'A wrong date or number could make your deadlines wrong.',
    },
    questions: {
      name: 'A few questions',
      title: 'A few questions about your care and your plan',
      why: 'Your answers decide how fast the plan must answer and which rules protect you.',
    },
    deadlines: {
      name: 'Your deadlines',
      title: 'Your deadlines',
      why: 'An appeal sent late can be refused. Aim for each [[send-by|send-by day]], and put these dates in your calendar now.',
    },
    gather: {
      name: 'What to gather',
      title: 'What to gather',
      why: 'Appeals are won with proof: your records, a [[letter-of-medical-necessity|letter from your doctor]], and the plan’s own rules from your [[claim-file|claim file]].',
    },
    write: {
      name: 'Your letter',
      title: 'Write your appeal letter',
      why: 'The letter starts your [[internal-appeal|internal appeal]]. It tells the plan what you want and why the rules say it must pay.',
    },
    packet: {
      name: 'Your packet',
      title: 'Put your packet together',
      why: 'One packet, with every page numbered, makes it hard for the plan to lose a page.',
    },
    send: {
      name: 'Log the send',
      title: 'Send it, then write down how and when',
      why: 'The day the plan gets your appeal starts its clock to decide. Proof of sending protects you.',
    },
    'follow-up': {
      name: 'Wait and follow up',
      title: 'Wait for the answer, and follow up',
      why: 'Plans must decide by a deadline. A call with a reference number keeps them to it.',
    },
  },
  opinion: {
    title: 'Your second opinion, step by step',
    check: {
      name: 'Should you get one?',
      title: 'Should you get a second opinion?',
      why: 'A [[second-opinion|second opinion]] helps most when the stakes are high or you are unsure.',
    },
    about: {
      name: 'Tell us about it',
      title: 'Tell us about your question',
      why: 'Your question and what matters most to you guide every step that follows.',
    },
    coverage: {
      name: 'Having it covered',
      title: 'Have your plan cover it',
      why: 'Many plans pay for a second opinion, but some first need a [[referral|referral]]. Asking the right way first can save you the bill.',
    },
    asking: {
      name: 'How to ask',
      title: 'What to say when you ask',
      why: 'Asking for a second opinion is normal. Good doctors expect it, and these words make it easy.',
    },
    records: {
      name: 'Your records',
      title: 'Gather your records',
      why: 'The new doctor needs your tests, scans and notes. Without them, the visit may be wasted or repeated.',
    },
    questions: {
      name: 'Questions for the visit',
      title: 'Your questions for the visit',
      why: 'Visits are short. A written list helps you ask everything, and write down each answer.',
    },
    opinions: {
      name: 'The opinions',
      title: 'Write down each doctor’s opinion',
      why: 'Written down the same way, the opinions can be put side by side.',
    },
    compare: {
      name: 'Compare',
      title: 'Compare the opinions',
      why: 'Seeing where doctors agree and differ shows what to ask next, and whether a third opinion may help.',
    },
    decide: {
      name: 'Decide',
      title: 'Make your decision',
      why: 'The choice is yours, made with your doctors. Look again at what matters most to you.',
    },
  },
  opinionSteps: {
    printQuestions: 'Print the list, or open the large-print view for someone who comes with you',
    opinionsTitle: (n: number) =>
      n === 0
        ? 'No opinions written down yet'
        : n === 1
          ? '1 opinion so far. Add the next one when you have it.'
          : `${n} opinions so far`,
    compare: {
      tooFew: (n: number): string =>
        n === 0
          ? 'To compare, write down at least two opinions. You have none yet.'
          : 'To compare, write down at least two opinions. You have one so far.',
      addOne: 'Add an opinion',
      what: 'The comparison shows:',
      parts: [
        'where the doctors agree, and where they differ',
        'warnings, and when a third opinion may help',
        'each opinion beside what matters most to you',
      ],
      open: 'Compare the opinions',
      download: 'Download the comparison (PDF)',
      neverPicks:
        'The comparison never picks a doctor for you. Bring it to talk it over with your doctor.',
    },
    decide: {
      noGoals: 'You did not say what matters most. You can still add it on the whole-case page.',
      take: 'Take the time you need. You can ask any doctor more questions before you choose.',
      whenDecided:
        'When you have made your choice, tell us here. The case then leaves your list of open cases.',
      isDecided: 'You marked this case as decided. It no longer shows with your open cases.',
      decide: 'I have made my decision',
      reopen: 'I am still deciding',
      done: 'Saved: you have made your decision.',
      reopened: 'Saved: the case is open again.',
      afterwards:
        'If your plan refuses to pay for the care you choose, you can appeal. Start from “My claim or treatment was denied” on the start screen.',
    },
  },
  questions: {
    urgent: {
      question: 'Is this urgent for your health?',
      hint: 'Say yes if waiting the usual 30 days or more could seriously harm your life, your health, or your ability to get back to full function. Then you can ask for an [[expedited|expedited appeal]].',
      options: { yes: 'Yes, it is urgent', no: 'No', unsure: 'I am not sure' },
      unsure:
        'Ask your doctor. If your doctor says it is urgent, the plan must treat it as urgent.',
    },
    received: {
      question: 'Have you already had the care?',
      hint: 'For example: the surgery, the test, the visit or the medicine.',
      options: {
        yes: 'Yes, I already had it (this is about a bill or a claim)',
        no: 'No, I am waiting for it',
        ongoing: 'It is care I am getting now that the plan wants to stop or cut short',
      },
    },
    job: {
      question: 'Is this health plan through a job?',
      hint: 'Your job, or the job of a family member. It does not matter who pays more of the cost.',
      options: { yes: 'Yes, through a job', no: 'No' },
    },
    kind: {
      question: 'Which kind of plan is it?',
      hint: 'Look at your insurance card or the top of the letter.',
      options: {
        bought: 'A plan I bought myself (for example on the Marketplace)',
        medicare: 'Medicare Advantage (a private plan instead of Original Medicare)',
        medicaid: 'Medicaid through a health plan',
      },
    },
    funding: {
      question: 'Who pays the claims: an insurance company, or the employer itself?',
      hint: 'Large employers often pay claims themselves ([[self-funded|self-funded]]). It changes which rules apply, and who does the [[external-review|external review]] if the appeal fails.',
      options: {
        insured: 'An insurance company pays the claims',
        self: 'The employer pays the claims itself (self-funded)',
        unsure: 'I am not sure',
      },
      unsure:
        'You can find out later: ask your employer’s benefits office, or look for the words “self-funded” or “ERISA” in your plan booklet.',
    },
    choose: 'Choose one answer, then save it.',
    saveAnswer: 'Save my answer',
    saved: 'Your answer was saved.',
    done: 'Thank you. Your answers are saved, and your deadlines are counted from them.',
    again: 'Change my answers',
  },
  write: {
    none: 'You have not saved a letter yet.',
    saved: (n: number) => (n === 1 ? 'You saved 1 letter:' : `You saved ${n} letters:`),
    how: 'Overturn fills in the letter from your case. You can change any words before you save it.',
    start: 'Write my appeal letter',
    another: 'Write or change a letter',
  },
  packet: {
    what: 'The packet puts everything in one file to mail, fax or upload:',
    parts: [
      'a cover page and a list of what is inside',
      'your appeal letter',
      'your records and other proof, each page numbered',
    ],
    build: 'Build my packet',
    optional: 'If you send only the letter, you can skip this step.',
  },
  send: {
    howQuestion: 'How did you send it?',
    ways: {
      mail: 'By mail (keep the receipt, or use certified mail)',
      fax: 'By fax (keep the confirmation page)',
      portal: 'On the plan’s website or portal (keep a screenshot)',
      phone: 'By phone (for an urgent appeal; write down the reference number)',
      other: 'Another way',
    },
    dateLabel: 'The day you sent it',
    required: '(required)',
    noteLabel: 'Anything to remember',
    noteHint: 'For example a tracking number, a fax confirmation, or who you spoke with.',
    needDate: 'Give the day you sent it.',
    save: 'I sent it',
    done: 'Saved. Your case now says your appeal was sent.',
    alreadySent: (status: string) => `Your case already says it was sent: ${status}.`,
    notNow: (status: string) =>
      `Your case cannot be marked as sent from where it stands now (${status}). Use the whole case page to change its step.`,
    note: (day: string, how: string, note: string) =>
      [`Sent on ${day}`, how && `How: ${how}`, note].filter(Boolean).join('. '),
  },
  followUp: {
    decisionTitle: 'When the answer comes',
    decisionText: 'Record what the plan decided, win or lose. Overturn then shows what comes next.',
    callsTitle: 'Calls and follow-ups',
    callsText:
      'Write down every call: the date, who you spoke with, and the reference number. Overturn reminds you of what they promised.',
    tasksTitle: 'Follow-ups',
  },
};
