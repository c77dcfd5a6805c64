import { caseTermLabels } from '../../../../src/cases/case-terms-es.js';
import {
  noticeStages,
  urgencies,
  type NoticeStage,
  type Urgency,
} from '../../../../src/deadlines/deadline-terms.js';
import { caseFieldWords } from './case-field-words.js';

/** The words of the app's cases part, in English (the Spanish twin is ../es/cases.ts). */

const noticeStageLabels: Readonly<Record<NoticeStage, string>> = noticeStages;
const urgencyLabels: Readonly<Record<Urgency, string>> = urgencies;

export const cases = {
  list: {
    title: 'Your cases',
    what: 'your cases',
    addLetter: 'Add a denial letter',
    newCase: 'New case',
    loading: 'Loading your cases…',
    caption: 'Your cases, soonest deadline first',
    patient: 'Patient',
    insurer: 'Insurance company',
    whereItStands: 'Where it stands',
    nextDeadline: 'Next deadline',
    loadMore: 'Load more',
    noneYet: 'None yet',
  },
  empty: {
    title: 'No cases yet',
    lead: 'Start with the letter from your health plan that says no. It may be called a denial, an adverse benefit determination, or an explanation of benefits (EOB).',
    keepLetter: 'Keep the letter and its envelope close by.',
    addLetter:
      'Add the letter as a file or a photo, and check what Overturn reads from it. Or open a new case and copy in what the letter says. Only three things are needed now.',
    keepTrack: 'Overturn then keeps track of each step, and of the next date not to miss.',
    addYourLetter: 'Add your denial letter',
    openFirst: 'Open your first case',
  },
  page: {
    title: 'Case',
    titleOf: (name: string) => `Case of ${name}`,
    caseOf: 'Case of',
    whereItStands: 'Where it stands',
    nextDeadline: 'Your next deadline:',
    noDeadline: { before: 'none known yet.', link: 'See all dates below' },
    lettersTitle: 'Letters',
    lettersText:
      'Write your appeal and other letters, filled in from this case. Then put them together with your documents in one packet to mail or fax.',
    writeLetter: 'Write a letter',
    buildPacket: 'Build the packet',
    timeline: 'Timeline',
    noteAdded: 'Your note was added to the timeline.',
    calls: 'Calls and follow-ups',
    tasks: 'Follow-ups and tasks',
    details: 'Details',
    changeDetails: 'Change details',
    notKnown: 'Not known',
  },
  newCase: {
    title: 'New case',
    lead: 'Copy in what your denial letter says. Fill in what you have: only the fields marked “(required)” are needed to open the case.',
    fromLetter: {
      before: 'Have the letter as a file or a photo?',
      link: 'Add the denial letter',
      after: ', and Overturn fills in the case for you to check.',
    },
    submit: 'Open the case',
    sending: 'Opening the case…',
    notOpened: 'The case was not opened.',
  },
  edit: {
    lead: (name: string, insurer: string) =>
      `Case of ${name}, ${insurer}. Fix anything that is wrong and add what you have learned. Empty a field if it is not known.`,
    reloaded:
      'These are the latest details of the case. Your changes are still in the form: check them, then save.',
    submit: 'Save the changes',
    conflict:
      'Your changes are not saved yet: someone changed this case somewhere else (perhaps in another tab or window) after you opened this page.',
    conflictHelp: 'Load the latest details. What you changed here will stay in the form.',
    reload: 'Load the latest details',
    reloadFailed: 'We could not load the case.',
    notSaved: 'The changes were not saved.',
  },
  form: {
    required: ' (required)',
    error: 'Error: ',
    chooseOne: 'Choose one',
    notSure: 'Not sure',
    time: 'Time, if you know it',
    chooseField: (label: string) => `Choose the ${label.toLowerCase()}.`,
    enterField: (label: string) => `Enter the ${label.charAt(0).toLowerCase()}${label.slice(1)}.`,
  },
  actions: {
    finished: 'This case is finished: there is no next step.',
    moved: (status: string) => `The case moved to: ${status}.`,
    moveTitle: 'Move to next step',
    moveHint: 'Use this when you have done something, for example sent your appeal.',
    moveHintDecision:
      ' If you got a decision letter, use “Record a decision” instead: it also keeps the date and who decided.',
    nextStep: 'Next step',
    note: 'Note (optional)',
    noteHint: 'For example, how you sent the appeal and any confirmation number.',
    move: 'Move to this step',
    writeNoteFirst: 'Write the note first.',
    addNoteTitle: 'Add a note',
    noteLabel: 'Note',
    addNoteHint:
      'A call, a letter, a promise someone made: write who, what, and any reference number.',
    addNote: 'Add the note',
    undone: (status: string) => `The last step was undone. The case is back to: ${status}.`,
    undoing: 'Undoing…',
    undo: (status: string) => `Undo last step (back to “${status}”)`,
  },
  evidence: {
    what: 'your evidence',
    loading: 'Loading your evidence…',
  },
  load: {
    loading: 'Loading the case…',
    notFoundTitle: 'Case not found',
    notFound:
      'We could not find this case. The link may be wrong, or the case may be in another Overturn.',
    failed: 'We could not load this case.',
  },
  record: {
    title: 'The whole case',
    summary: {
      link: 'Download a summary (PDF)',
      after:
        'with the facts, deadlines, decisions and timeline. It holds health information: keep it safe.',
    },
    delete: 'Delete this case',
    question: (name: string) =>
      `Delete the case of ${name}? It leaves your lists, deadlines and calendar. You can undo this right after.`,
    deleting: 'Deleting…',
    yes: 'Yes, delete it',
    no: 'No, keep it',
  },
  deleted: {
    restored: (name: string) => `Case restored: ${name}.`,
    deleted: 'Case deleted.',
    undo: 'Undo',
  },
  notFound: {
    title: 'Page not found',
    message: 'There is no page at this address.',
    back: 'Go back to your cases',
  },
  check: {
    receivedDate:
      'Letters rarely say this. Add the day the letter reached you — deadlines may count from it.',
    state:
      'Letters rarely say this. Add your state — its rules can add to your rights and deadlines.',
    show: 'Show in the letter',
    why: (evidence: string) => `Why: “${evidence}”`,
    missing: 'Not found — please fill in',
    unsure: 'Check this',
    unsureDetail: ' — we are not sure we read it right',
    found: 'Found',
    sure: (percent: number) => ` (${percent}% sure)`,
    absent: 'Not in the letter',
  },
  missingFacts: 'This letter needs facts your case does not have yet. Add them, then come back:',
  waiting: {
    title: 'Letters waiting for you to check',
    added: (when: string) => `added ${when}`,
    letterFor: (name: string) => `Letter for ${name}`,
    aLetter: 'A letter',
  },
  days: (n: number) => (n === 1 ? '1 day' : `${n} days`),
  ...caseFieldWords,
  /** Labels of the case's choices, by stable id (the English is the domain's own). */
  choices: {
    ...caseTermLabels('en'),
    noticeStages: noticeStageLabels,
    urgencies: urgencyLabels,
  },
};
