/** The start screen's words, in English (the Spanish twin is ../es/home.ts). */
export const home = {
  title: 'What would you like to do?',
  lead: 'Overturn walks with you one small step at a time. What you enter stays on this computer.',
  appealDoor: {
    title: 'My claim or treatment was denied',
    text: 'Appeal it. We read your letter, find your deadlines and help you write your appeal.',
  },
  opinionDoor: {
    title: 'I want a second opinion',
    text: 'Find out if your plan pays for it, what to bring and ask, and compare what doctors say.',
  },
  openCases: {
    title: 'Your open cases',
    what: 'your cases',
    loading: 'Loading your cases…',
    none: 'You have no open cases yet. Choose one of the two paths above to start.',
    appeal: 'Appeal',
    opinion: 'Second opinion',
    appealAbout: (insurer: string, service: string | null) =>
      service ? `${insurer}: ${service}` : insurer,
    nextDeadline: (day: string) => `Next deadline: ${day}`,
    noDeadline: 'No deadline known yet',
    /** Sent, and the answer not in: the next date is the plan's (or the reviewer's), not the person's. */
    waiting: 'Nothing due from you now: waiting for the answer',
    opinionCount: (n: number) =>
      n === 0
        ? 'No opinions written down yet'
        : n === 1
          ? '1 opinion so far'
          : `${n} opinions so far`,
  },
  comingUp: {
    title: 'Coming up',
    lead: (days: number) => `What to do in the next ${days} days, soonest first.`,
  },
};
