/**
 * The words of the second-opinion forms, in English: one doctor's opinion (its boxes, its card,
 * its facts), the new case, the check, the plan and referral, the letters and the records. The
 * Spanish twin is ../es/opinions-forms.ts.
 */

/** One labelled box: the words every box of these forms can show. */
const field = {
  fixBox: 'Please fix the box marked below, then try again.',
  required: '(required)',
  errorPrefix: 'Error: ',
  notSure: 'Not sure',
};

/** Whether opinions agree: in words, beside a mark. */
const agreement = {
  cannotTell: 'Cannot tell',
  agrees: 'Agrees',
  differs: 'Differs',
};

/** What one doctor said, as a list of facts. */
const facts = {
  name: (position: number, doctor: string) =>
    position === 1 ? `Opinion 1 (first doctor): ${doctor}` : `Opinion ${position}: ${doctor}`,
  where: 'Where',
  focus: 'Focus',
  visit: 'Visit',
  diagnosis: 'Diagnosis',
  recommends: 'Recommends',
  otherOptions: 'Other options',
  risksAndBenefits: 'Risks and benefits',
  howSoon: 'How soon',
  why: 'Why',
  testsOrdered: 'Tests ordered',
  yourNotes: 'Your notes',
  notGiven: 'Not given',
  sameGroup: 'Same group as the first doctor. ',
  referredBy: 'Sent by the first doctor.',
  notRated: 'Not rated',
  score: (score: string) => `${score} of 5`,
};

/** The opinions gathered, one card each, and the form to add one. */
const cards = {
  none: 'No opinions yet. Add the first doctor’s view below.',
  addFirst: 'Add the first doctor’s opinion',
  addAnother: 'Add another opinion',
  added: (name: string) => `${name} was added.`,
  saved: (name: string) => `${name} was saved.`,
  removed: (name: string) => `${name} was removed.`,
  change: 'Change',
  remove: 'Remove',
  removeAsk: 'Remove this opinion?',
  removeYes: 'Yes, remove it',
  keep: 'Keep it',
  saveChanges: 'Save the changes',
  add: 'Add this opinion',
};

/** The boxes of one doctor's opinion. */
const fields = {
  doctor: 'Doctor’s name',
  institution: 'Hospital, clinic or practice',
  specialty: 'Specialty',
  specialtyHint: 'For example: orthopedic surgery, oncology.',
  focus: 'What this doctor focuses on',
  focusHint:
    'For example: knee surgery in older adults. A doctor who sees many cases like yours may notice more.',
  date: 'Day of the visit',
  diagnosis: 'What the doctor thinks you have (the diagnosis)',
  diagnosisCode: 'Diagnosis code (ICD-10), if you have it',
  diagnosisCodeHint:
    'A letter and numbers, like M17.11. It is on visit notes and bills. You can leave it empty.',
  treatment: 'What the doctor recommends',
  alternatives: 'Other options the doctor talked about',
  risksAndBenefits: 'Risks and benefits the doctor told you',
  urgency: 'How soon the doctor says to act',
  reasoning: 'Why the doctor thinks so',
  reasoningHint: 'The reasons they gave: test results, what they saw, what studies show.',
  testsOrdered: 'Tests the doctor ordered',
  notes: 'Your own notes',
  sameGroup: 'Works in the same practice, group or health system as the first doctor',
  sameGroupHint: 'A doctor from another group is more likely to give a fresh view.',
  referredBy: 'The first doctor sent me to this doctor',
  diagnosisSame: 'Is the diagnosis the same as the first doctor’s?',
  adviceSame: 'Is the advice the same as the first doctor’s?',
  match: { same: 'The same', different: 'Different', unsure: 'Not sure' },
  visitFelt: 'How the visit felt to you',
  visitFeltHint: 'Only you see these. They help you compare the visits later.',
  /** The person's rating of the visit, 1 to 5: the ends are named. */
  ratingLowest: '1 – not at all',
  ratingHighest: '5 – completely',
  notRated: 'Not rated',
};

/** A new second-opinion case. */
const caseForm = {
  whoAndWhat: 'Who and what',
  patientName: 'Patient’s name',
  patientDob: 'Patient’s date of birth',
  question: 'The question you want answered',
  questionHint: 'In your own words. For example: Do I need a knee replacement?',
  questionKind: 'What kind of question is it?',
  condition: 'The condition, if you know it',
  conditionHint: 'For example: early breast cancer, knee arthritis.',
  conditionKind: 'What kind of condition',
  goalsHint: 'Tick what matters. The comparison shows each opinion beside these.',
  goalsNote: 'More about what matters to you',
  plan: 'Your health plan',
  planHint:
    'This tells you how to have the second opinion covered. Look on your insurance card. You can skip what you do not know.',
  first: 'The first doctor’s view',
  firstHint: 'What your doctor told you so far. It becomes opinion 1. You can add it later.',
  partOf: (n: number, of: number, name: string) => `Part ${n} of ${of}: ${name}`,
  partNext: 'Continue',
  partBack: 'Back',
  allParts: 'Show all parts on one page',
  onePart: 'One part at a time',
  needNameAndQuestion: 'Give the patient’s name and the question to go on.',
  submit: 'Open the case',
};

/** "Should I get a second opinion?" and its answer. */
const check = {
  reasons: 'What fits your situation?',
  reasonsHint: 'Tick all that apply. You can skip any.',
  more: 'Two more questions',
  emergency: 'I need care right now (an emergency)',
  emergencyHint: 'If so, get care first. A second opinion must not delay it.',
  wantsOne: 'I want a second opinion anyway',
  wantsOneHint: 'That is reason enough. Doctors expect patients to ask.',
  checking: 'Checking…',
  submit: 'See what we suggest',
  answer: (level: string) => `A second opinion: ${level}`,
  careFirst: 'Get care first.',
  call911: 'Call 911 or go to the emergency room if you need to.',
};

/** The plan's boxes. */
const plan = {
  insurer: 'Insurance company',
  program: 'Kind of plan',
  networkType: 'Kind of network',
  state: 'State you live in',
  memberId: 'Member ID',
  memberIdHint: 'On your insurance card.',
  primaryDoctor: 'Your primary care doctor',
  primaryDoctorHint: 'An HMO plan usually needs a referral from this doctor.',
};

/** Having the second opinion covered: steps, rules, the plan, the referral. */
const coverage = {
  title: 'Having it covered',
  referralLikely: 'Your plan likely needs a referral from your primary doctor first.',
  steps: 'Steps to take',
  rulesBehind: 'The rules behind these steps',
  rule: (citation: string) => `Rule: ${citation}. `,
  notSureForPlan: 'We are not sure this applies to your plan. Check with your plan.',
  disclaimer: 'This is not legal advice. Rules can change.',
  planDetails: 'Your plan details',
  savePlan: 'Save the plan details',
  planSaved: 'Your plan details are saved. The steps above are updated.',
  referral: 'Your referral',
  referralWhere: 'Where the referral stands',
  referralNotSure: 'Not sure yet',
  saveWhere: 'Save where it stands',
  referralSaved: 'The referral status is saved.',
  refused: 'My referral was refused',
  refusedAbout:
    'A refused referral is a denial. You can appeal it. We open an appeal case with what this case already knows.',
  refusedReason: 'The reason they gave, if any',
  openAppeal: 'Open an appeal case',
  appealOpened: 'An appeal case was opened for the refused referral.',
  hasAppeal: 'Your refused referral has an appeal case.',
  goToAppeal: 'Open the appeal case',
};

/** The two letters of a second-opinion case, by kind, and their steps. */
const letter = {
  kinds: {
    'second-opinion-referral-request': {
      title: 'Letter asking for a referral',
      about:
        'Asks your primary doctor or your plan to send you to another doctor for a second opinion.',
      recipient: 'Who the letter goes to, if you know',
      recipientHint: 'Your primary doctor or your plan. One line for each line of the address.',
    },
    'records-request': {
      title: 'Letter asking for your medical records',
      about:
        'Asks a doctor’s office or hospital for copies of your records. The law gives you the right to them.',
      recipient: 'The office or hospital that has your records',
      recipientHint: 'Its name and address. One line for each line of the address.',
    },
  },
  specialist: 'The doctor you want to see, if you know',
  specialistHint: 'Their name, specialty and where they work.',
  phone: 'Your phone, to be reached',
  writing: 'Writing…',
  see: 'See the letter',
  changeChoices: 'Change your choices',
  savedMessage: (title: string, version: number) => `${title}: version ${version} is saved.`,
  saved: (version: number) =>
    `Your letter is saved (version ${version}). Print it, sign it and send it, or bring it.`,
  taskAdded: (task: string, due: string) => `We added a task to your list: ${task} (due ${due}).`,
  needsFacts: 'This letter needs facts your case does not have yet:',
  addFacts: 'Add them to the case, then try again.',
};

/** Records for the visit. */
const records = {
  title: 'Your records',
  about:
    'The new doctor needs your records before the visit: test results, imaging reports, notes, the treatments you had and your medicines.',
  loading: 'Loading your documents…',
  what: 'your documents',
  bring: 'What to bring to the visit',
  tasks: 'Your tasks',
  packet: 'Records to send ahead',
  packetHint:
    'Tick the ones the new doctor should see. They become one PDF with a list of what is in it.',
  tickOne: 'Tick at least one document to put in the packet.',
  downloading: (count: number) =>
    `Your records packet is downloading (${count} ${count === 1 ? 'document' : 'documents'}).`,
  making: 'Making the PDF…',
  download: 'Download the records packet (PDF)',
};

export const forms = {
  field,
  agreement,
  facts,
  cards,
  fields,
  caseForm,
  check,
  plan,
  coverage,
  letter,
  records,
};
