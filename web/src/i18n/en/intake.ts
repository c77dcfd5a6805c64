/** The words of the app's intake part, in English (the Spanish twin is ../es/intake.ts). */
export const intake = {
  /** Adding a denial letter (pages/intake-page.tsx, file-drop.tsx). */
  add: {
    title: 'Add a denial letter',
    lead: 'Add the letter from your health plan that says no, or the explanation of benefits (EOB). Overturn reads it and fills in your case. Then you check what it found.',
    letterTitle: 'Your letter',
    filesHint: (megabytes: number) =>
      `A PDF, a photo or scan (PNG or JPEG), a text file, or a health-record file from your plan’s app (FHIR JSON). Up to ${megabytes} MB.`,
    staysHere:
      'Your file stays on this computer. Overturn reads it here and does not send it anywhere.',
    dragHere: 'Drag your file here, or',
    chooseFile: 'Choose a file',
    takePhoto: 'Take a photo',
    /** "Chosen: <strong>letter.pdf</strong> (1.2 MB)". */
    chosen: { before: 'Chosen:', after: (size: string) => `(${size})` },
    noFile: 'No file chosen yet.',
    tooBig: (size: string, limitMegabytes: number) =>
      `This file is ${size}. The limit is ${limitMegabytes} MB. Try a smaller file, for example only the pages of the letter that matter.`,
    chooseFirst: 'Choose a file first, or take a photo of the letter.',
    read: 'Read the letter',
    reading: 'Reading…',
    readingStatus:
      'Reading your document… this can take up to a minute for a photo or scan. Please keep this page open.',
    notRead: (problem: string) => `The letter was not read. ${problem}`,
    readAnyway: 'It is a denial: read it anyway',
    /** "Rather type it in? <link>Open a new case</link> and copy in what the letter says." */
    typeInstead: {
      before: 'Rather type it in?',
      link: 'Open a new case',
      after: 'and copy in what the letter says.',
    },
  },
  /** Checking a letter that was read (pages/check-draft-page.tsx, discard-draft.tsx). */
  check: {
    title: 'Check your letter',
    load: {
      loading: 'Loading your letter…',
      notFoundTitle: 'Letter not found',
      notFound:
        'We could not find this letter. The link may be wrong, or the letter may be in another Overturn.',
      failed: 'We could not load this letter.',
    },
    lead: 'We read your letter and filled in the case from it. Compare each field with the letter. Fix what is wrong and fill in what is missing. Then open the case.',
    alreadyOpened: 'You already checked this letter and opened its case.',
    goToCase: 'Go to the case',
    detailsTitle: 'The details of your case',
    lookFirst: (count: number) =>
      count === 1
        ? 'Please look at this field first:'
        : `Please look at these ${count} fields first:`,
    /** After a field's name in the list of fields to look at first. */
    missing: ': not found',
    checkIt: ': check it',
    open: 'Open the case',
    opening: 'Opening the case…',
    alreadyChecked: 'This letter was already checked, and its case is open.',
    notOpened: (problem: string) => `The case was not opened. ${problem}`,
    discard: {
      confirm: 'Put this letter aside? No case will be opened from it.',
      question: 'Not the right letter?',
      button: 'Put it aside',
    },
  },
  /** The document beside the fields (draft-document.tsx, health-record-denials.tsx). */
  document: {
    title: 'Your document',
    yourFile: 'Your file',
    openOriginal: 'Open the original file',
    imageAlt: 'The photo or scan you added.',
    reading: {
      ocr: 'A computer read this text from the picture, so it can have mistakes. Compare it with the letter.',
      pdf: 'This is the text of the PDF.',
      file: 'This is the text of the file.',
    },
    /** "What we found is <mark>marked like this</mark>." (the full stop is in the page) */
    found: { before: 'What we found is', mark: 'marked like this' },
    page: (number: number) => `Page ${number}`,
    healthRecord:
      'These details came from a health-record file, not from a letter, so there is no text to show.',
    denials: {
      title: (count: number) => `This file holds ${count} denied claims`,
      checking: (number: number) =>
        `You are checking claim ${number}. Each claim is its own case: read another one to check it next.`,
      claim: 'Claim',
      serviceDate: 'Date of the care',
      provider: 'Provider',
      billed: 'Billed',
      action: 'Action',
      checkingNow: 'Checking now',
      read: (number: number) => `Read claim ${number}`,
    },
  },
  /** What a denial means (denial-explanation.tsx); the explanation itself comes from the server. */
  explanation: {
    title: 'What this denial means',
    planWants: 'What the plan wants:',
    howToAnswer: 'How to answer',
    codes: 'The codes on the letter',
    /** What each kind of code is called on an EOB. */
    code: {
      carc: (code: string) => `Reason code ${code}`,
      rarc: (code: string) => `Remark code ${code}`,
    },
  },
};
