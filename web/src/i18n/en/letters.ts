/** The words around letters and packets, in English (the Spanish twin is ../es/letters.ts). */
export const letters = {
  /**
   * The letters Overturn can write, in the words a person reads when choosing one: its name, what
   * it is and when to send it (the order they are offered in is in ../../letter-kinds.ts).
   */
  kinds: {
    'internal-appeal': {
      name: 'Appeal to your plan',
      description: 'Asks your plan to look again at its decision and pay.',
      when: 'Send it first, before the deadline on your denial letter.',
    },
    'expedited-appeal': {
      name: 'Fast (urgent) appeal',
      description: 'Asks your plan to decide quickly because waiting could harm your health.',
      when: 'Use it when you need the care soon. A doctor’s note helps.',
    },
    'claim-file-request': {
      name: 'Ask for your claim file',
      description: 'Asks your plan for free copies of everything it used to deny you.',
      when: 'Send it right away: it helps you write a stronger appeal.',
    },
    'medical-necessity-request': {
      name: 'Ask your doctor for a letter',
      description: 'Asks your doctor to write why you need this care.',
      when: 'Send it early, so the doctor’s letter is ready for your appeal.',
    },
    'medical-necessity-letter': {
      name: 'Letter for your doctor to fill in',
      description: 'A draft letter your doctor can check, change and sign.',
      when: 'Give it to your doctor with the request, to save them time.',
    },
    'second-level-appeal': {
      name: 'Second appeal to your plan',
      description: 'Asks your plan to look again after it said no to your first appeal.',
      when: 'Use it only if your plan offers a second level of appeal.',
    },
    'external-review-request': {
      name: 'Ask for an outside review',
      description: 'Asks for a reviewer who does not work for your plan to decide.',
      when: 'Use it after your plan says no to your appeal.',
    },
    'regulator-complaint': {
      name: 'Complaint to the state or federal office',
      description: 'Tells the office that oversees your plan what went wrong.',
      when: 'Use it when your plan misses deadlines or does not follow the rules.',
    },
    'records-request': {
      name: 'Ask for your medical records',
      description: 'Asks your doctor or hospital for copies of your records.',
      when: 'Use it to collect proof for your appeal.',
    },
  },
  /** Kinds a second-opinion case writes, not offered among an appeal's letters: their names only. */
  otherKinds: {
    'second-opinion-referral-request': 'Ask your plan to cover a second opinion',
  },
  page: {
    title: 'Letters',
    notFoundTitle: 'Case not found',
    /** Before the patient's name and the insurer: "Case of Ana Ruiz, Acme Health." */
    caseOf: 'Case of',
    back: 'Back to the case',
    write: {
      title: 'Write a letter',
      lead: 'Overturn fills in the letter from your case. You can change the words before you save it.',
    },
    check: {
      title: (kind: string) => `Check your letter: ${kind}`,
      change: 'Change your choices',
      lead: 'This is your letter, filled in from your case. Change any words in the boxes. Nothing is saved until you choose “Save this letter”.',
    },
    saved: {
      title: 'Your letter is saved',
      notice: (kind: string, version: number) =>
        `${kind}, version ${version}, is saved with your case.`,
      another: 'Write another letter',
      packet: 'Build the packet to send',
    },
    list: {
      title: 'Saved letters',
      packet: 'Build the packet',
      none: 'No letters yet. Write your first one below.',
      /** After the letter's name: "· version 2 · saved Nov 27, 2026, 1:05 PM". */
      meta: (version: number, when: string) => `· version ${version} · saved ${when}`,
    },
  },
  choices: {
    which: 'Which letter?',
    errorPrefix: 'Error: ',
    chooseOne: 'Choose a letter.',
    letterLang: 'Language of the letter',
    letterLangHint: 'Plans and doctors usually read English. You can change the words later.',
    stepsLang: 'Language of the steps for you',
    stepsLangHint:
      'The steps that tell you what to do with the letter. They can be in Spanish even when the letter is in English.',
    aboutYou: 'About you (you can skip this)',
    address: 'Your address',
    addressHint: 'One line for each line of the address.',
    phone: 'Your phone',
    email: 'Your email',
    forSomeone: 'I am writing for someone else',
    name: 'Your name',
    relationship: 'How you are related to the patient',
    relationshipHint: 'For example: parent, spouse, or authorized representative.',
    whereItGoes: 'Where the letter goes',
    appealsAddress: 'Your plan’s appeals address, if you know it',
    appealsAddressHint:
      'Look on your denial letter or your plan’s website. One line for each line of the address. If you leave it empty, the letter has a blank to fill in.',
    writing: 'Writing…',
    see: 'See the letter',
  },
  editor: {
    subject: 'RE (what the letter is about)',
    emptyBody: 'The letter needs at least one paragraph with words in it.',
    paragraph: (n: number) => (n === 1 ? 'Paragraph 1 (what you ask for)' : `Paragraph ${n}`),
    add: 'Add a paragraph',
    /** Read out after "Add a paragraph". */
    addAfter: (n: number) => ` after paragraph ${n}`,
    remove: 'Remove',
    /** Read out after "Remove". */
    removeWhich: (n: number) => ` paragraph ${n}`,
    enclosures: 'Enclosures (what you send with it)',
    enclosuresHint: 'One line for each paper you send with the letter.',
    save: 'Save this letter',
  },
  /**
   * The heading of "what to do with this letter", in the language of its steps (which the person
   * chose, and which may differ from the app's): both languages live here for that reason.
   */
  guidanceTitle: (lang: string) =>
    lang === 'es' ? 'Qué hacer con esta carta' : 'What to do with this letter',
  citations: {
    summary: (n: number) => `The rules this letter relies on (${n})`,
    text: 'These are the laws and rules the letter cites. An advocate or lawyer can check them. This is not legal advice.',
    newTab: ' (opens the official text in a new tab)',
  },
  files: {
    pdf: 'Download PDF',
    word: 'Word file',
    text: 'Plain text',
    /** Read out after each file's name: "of Appeal to your plan, version 2". */
    which: (kind: string, version: number) => `of ${kind}, version ${version}`,
  },
  packet: {
    title: 'Build the packet',
    lead: 'The packet is one PDF: your letter, a list of what is enclosed, then each document. Every page is numbered, so nothing gets lost.',
    noLetter: 'The packet starts with a letter, and this case has none saved yet.',
    writeFirst: 'Write a letter first',
    documentAdded: (when: string) => `Document added ${when}`,
    cover: 'Cover letter',
    onTop: 'The letter on top',
    letterOption: (kind: string, version: number, when: string) =>
      `${kind}, version ${version} (${when})`,
    documents: 'Documents to enclose',
    noDocuments: {
      before:
        'This case has no documents yet. The packet will hold only your letter. To add your denial letter, use',
      link: 'Add a denial letter',
    },
    orderHint:
      'Tick what to send. They go in this order, as Exhibit A, B, C… Use the buttons to move one up or down.',
    moveUp: 'Move up',
    moveDown: 'Move down',
    theDocument: 'The document',
    moved: (name: string, position: number, count: number) =>
      `${name} is now number ${position} of ${count}.`,
    fax: {
      legend: 'Fax cover page (you can skip this)',
      wanted: 'Add a fax cover page',
      to: 'Who it goes to',
      number: 'Their fax number',
      note: 'A short note',
      missing: 'For a fax cover page, fill in who it goes to and their fax number.',
    },
    unreadable: {
      intro: 'We could not read these documents, so the packet was not built:',
      choice: 'You can build the packet without them, or untick them and try again.',
      without: 'Build it without them',
    },
    notBuilt: (message: string) => `The packet was not built. ${message}`,
    building: 'Building…',
    build: 'Build the packet',
    result: {
      title: 'Your packet is ready',
      download: (pages: number) =>
        `Download the packet (${pages} ${pages === 1 ? 'page' : 'pages'})`,
      skipped: 'Left out because we could not read them:',
      index: 'Exhibit index',
      onlyLetter: 'The packet holds only your letter.',
      caption: 'What the packet encloses, and on which pages',
      columns: {
        exhibit: 'Exhibit',
        title: 'Title',
        date: 'Date',
        pages: 'Pages',
      },
      noDate: 'No date',
    },
  },
};
