import { forms } from './opinions-forms.js';
import { labels } from './opinions-labels.js';

/**
 * The words of the second-opinion pages, in English (the Spanish twin is ../es/opinions.ts). The
 * forms' words are in ./opinions-forms.ts, the lists' labels in ./opinions-labels.ts.
 */

/** Loading a second-opinion case (the shape of `LoadWords`). */
const load = {
  loading: 'Loading the second-opinion case…',
  notFoundTitle: 'Second-opinion case not found',
  notFound:
    'We could not find this case. The link may be wrong, or the case may be in another Overturn.',
  failed: 'We could not load this case.',
};

/** The list of second-opinion cases. */
const list = {
  title: 'Second opinions',
  start: 'Should I get a second opinion?',
  loading: 'Loading your second opinions…',
  what: 'your second opinions',
  noneTitle: 'No second opinions yet',
  none: 'Not sure about a diagnosis, a treatment or a surgery? Another doctor’s view can help you decide. Start with a few questions.',
  meta: (status: string, opinions: number, changed: string) =>
    `${status} · ${opinions === 1 ? '1 opinion' : `${opinions} opinions`} · changed ${changed}`,
};

/** The check, then a new case. */
const start = {
  title: 'Should I get a second opinion?',
  lead: 'Another doctor can confirm a diagnosis or show you other options. Answer a few questions to see what we suggest. Then open a case to plan your visit.',
  openCase: 'Open a second-opinion case',
  skip: 'Skip the questions and open a case',
};

/** One second-opinion case, in parts. */
const casePage = {
  parts: {
    summary: 'Your question',
    coverage: 'Having it covered',
    asking: 'Asking for it',
    records: 'Your records',
    opinions: 'The opinions',
    timeline: 'Timeline',
  },
  partsNav: 'Parts of this case',
  askingLead: 'Asking for a second opinion is normal. Good doctors expect it. You can say:',
  makeQuestions: 'Make your list of questions for the visit',
  /** "Compare the opinions (once you have two)": the link, then the words after it. */
  compareLater: { link: 'Compare the opinions', after: ' (once you have two)' },
  summary: 'Your question and what matters',
  question: 'Question',
  condition: 'Condition',
  notKnown: 'Not known',
  status: 'Where it stands',
  notSaid: 'You have not said yet.',
  yourQuestions: 'Your questions for the visit',
};

/** The opinions side by side. */
const compare = {
  title: 'Compare the opinions',
  addOpinion: 'Add an opinion',
  download: 'Download the comparison (PDF)',
  print: 'Print this page',
  notSaid: 'You have not said yet. It helps to weigh each opinion against what matters to you.',
  sideBySide: 'Side by side',
  disclaimer:
    'This compares what each doctor said and why. It does not pick a doctor. Talk it over with the people you trust and your doctors.',
  findings: 'What the comparison shows',
  diagnosis: 'Diagnosis',
  treatment: 'Treatment advice',
  thirdOpinion: 'A third opinion may help',
  toWeigh: 'What to weigh',
  goodToKnow: 'Good to know',
  diagnosisBeside: 'Diagnosis, beside opinion 1',
  adviceBeside: 'Advice, beside opinion 1',
  averageRating: 'Your average rating:',
  notRated: 'not rated',
};

/** The questions for the visit. */
const questions = {
  title: 'Questions for the visit',
  companion: 'Companion view (large print)',
  print: 'Print the list',
  companionNone: 'No questions yet. Go back to add or suggest some.',
  toAsk: 'The questions to ask',
  answerPrefix: 'Answer: ',
  saved: 'Your questions are saved.',
  suggested: 'Suggested questions were added to the list.',
  count: (count: number) => `Your questions (${count})`,
  suggest: 'Suggest questions',
  hint: '“Suggest questions” adds the usual ones for your situation. Change any of them, add your own, and write the answers during or after the visit.',
  none: 'No questions yet.',
  question: (number: number) => `Question ${number}`,
  answer: (number: number) => `Answer to question ${number}`,
  remove: (number: number) => `Remove question ${number}`,
  add: 'Add a question',
  save: 'Save the list',
};

export const opinions = {
  /** The page title while the case loads, and "Second opinion for" above the person's name. */
  secondOpinion: 'Second opinion',
  secondOpinionFor: 'Second opinion for',
  titleFor: (name: string) => `Second opinion for ${name}`,
  backToCase: 'Back to the case',
  goals: 'What matters most to you',
  load,
  list,
  start,
  case: casePage,
  compare,
  questions,
  ...forms,
  labels,
};
