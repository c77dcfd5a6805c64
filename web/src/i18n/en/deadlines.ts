/** The words of the deadlines: the dashboard, a case's panel and the badges (Spanish: ../es/deadlines.ts). */
export const deadlines = {
  /** For "We could not load …". */
  what: 'the deadlines',
  loading: 'Loading the deadlines…',
  /** Who must act, by the deadline's `who`. */
  who: {
    patient: 'You',
    plan: 'The plan',
    reviewer: 'The reviewer',
  },
  /** How sure the rule behind a date is, by its `confidence`. */
  confidence: {
    high: 'High: the rule is clear',
    medium: 'Medium: the rule is clear, but how to count the days is less sure',
    low: 'Low: verify this date with your plan or state',
  },
  /** A deadline's badge: "12 days left", "Due today", "3 days late", "Done". */
  timeLeft: {
    done: 'Done',
    late: (days: number) => (days === 1 ? '1 day late' : `${days} days late`),
    dueToday: 'Due today',
    left: (days: number) => (days === 1 ? '1 day left' : `${days} days left`),
  },
  due: 'Due',
  page: {
    title: 'All deadlines',
    lead: 'Everything to do in your open cases, soonest first. Open a case to see why each date applies.',
    dueTitle: 'What is due',
    dueHint:
      'Calls to make, letters to send and your own reminders. Late ones are marked “Overdue”.',
    groups: {
      missed: {
        title: 'Missed',
        hint: 'These dates have passed. Call the plan or a patient advocate soon: you may still have options.',
      },
      thisWeek: {
        title: 'This week',
        hint: (days: number) => `Due in the next ${days} days.`,
      },
      later: {
        title: 'Later',
        hint: (days: number) => `Due in more than ${days} days.`,
      },
    },
    caption: (group: string) => `${group}: deadlines, soonest first`,
    columns: {
      action: 'What must happen',
      timeLeft: 'Time left',
      case: 'Case',
    },
    mustAct: (who: string) => `${who} must act`,
    /** Before the date to send by. */
    sendBy: 'Send by',
    claim: (claimNumber: string) => `, claim ${claimNumber}`,
    none: {
      title: 'No deadlines to meet right now',
      text: 'A case shows its deadlines once it has the date on the denial notice. Dates you have already met, and finished cases, are not listed.',
      link: 'Go to your cases',
    },
  },
  calendar: {
    hint: 'Put these dates in your calendar: download them as a file, or, in a calendar program on this computer, subscribe so new dates show up by themselves.',
    download: 'Download calendar (.ics)',
    subscribe: 'Subscribe',
    address: 'Calendar address',
    addressHint:
      'In a calendar program on this computer, choose “Subscribe to calendar” or “Add calendar from URL”, then paste this address. It works while Overturn is running; online calendars such as Google Calendar cannot reach it, so download the file for those.',
    copy: 'Copy',
    selected: 'The address is selected: press Ctrl+C (or ⌘+C on a Mac) to copy it.',
    copied: 'Copied. Now paste it into your calendar program.',
  },
  panel: {
    title: 'Deadlines',
    missing: {
      strong: 'Add the date on the notice to see your deadlines.',
      after: 'Overturn counts your deadlines from it.',
      link: 'Add the date on the notice',
    },
    next: 'Next deadline',
    noneOpen: 'No open deadlines right now.',
    otherDates: 'Other dates',
    dates: 'Dates',
    later: 'After that, if needed',
    laterHint: 'These clocks start only when something happens first.',
    addToCalendar: 'Add to my calendar',
    whoActs: 'Who acts',
    sendBy: 'Send by',
    sendByHint: 'Send it by then, so it arrives before the due date.',
    verifyDate: 'Verify this date with your plan or state.',
    verifyStep: 'Verify this with your plan or state.',
    why: 'Why this date?',
    aboutStep: 'About this step',
    timeAllowed: 'Time allowed',
    countedFrom: 'Counted from',
    rule: 'Rule',
    howSure: 'How sure we are',
    note: 'Note',
    source: 'Source',
    /** A step whose clock has not started: "You: within 180 days of the plan's answer to your appeal." */
    laterWithin: (who: string, limit: string, startsWhen: string) =>
      `${who}: within ${limit} of ${startsWhen}.`,
  },
};
