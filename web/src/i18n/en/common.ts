/** Words used all over the app, in English (the Spanish twin is ../es/common.ts). */
export const common = {
  appName: 'Overturn',
  skipToMain: 'Skip to main content',
  mainNav: 'Main',
  nav: {
    home: 'Home',
    cases: 'Cases',
    deadlines: 'All deadlines',
    newCase: 'New case',
    opinions: 'Second opinions',
  },
  footer: 'Overturn helps you appeal and get a second opinion. It is not legal advice.',
  language: {
    /** The button that switches to the other language is written in that language. */
    switchTo: 'Español',
    switchLang: 'es',
    switching: 'Cambiando…',
    label: 'Language',
  },
  loading: 'Loading…',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  tryAgain: 'Try again',
  loadProblem: (what: string, message: string) => `We could not load ${what}. ${message}`,
  offline:
    'Overturn could not reach its server. Check that it is still running, then try again. What you typed is still here.',
  unexpected: (status: number) =>
    `The server gave an answer we did not expect (${status}). Reload the page and try again.`,
  fileGone: 'The file of this letter is gone.',
  serverError:
    'Something went wrong on our side. What you typed is still here. Please try again in a moment.',
};
