import type { LetterDocument } from '../letters/letter.js';

/** A letter as a template would write it (shared by the renderers' tests), with names that need more than ASCII. */
export function buildLetterDocument(overrides: Partial<LetterDocument> = {}): LetterDocument {
  return {
    kind: 'internal-appeal',
    lang: 'en',
    title: 'Internal appeal',
    from: ['José Muñoz', '12 Calle Ñandú', 'Austin, TX 78701', 'Phone: 512-555-0142'],
    date: 'November 27, 2026',
    to: ['Acme Health Plan', 'Appeals Department', 'PO Box 1234', 'Dallas, TX 75201'],
    subject: 'Internal appeal of a denied claim',
    reference: [
      ['Patient', 'Nguyễn Thị Lan'],
      ['Member ID', 'XJH-448812'],
      ['Claim or reference number', 'CLM-2026-00917'],
      ['Date of service', 'September 3, 2026'],
    ],
    salutation: 'Dear Appeals Reviewer:',
    body: [
      'I am asking you to reverse the denial of claim CLM-2026-00917 and pay for the MRI of September 3, 2026.',
      'Under 29 CFR 2560.503-1(h)(2)(iii), I ask for a full and fair review that takes into account all the comments and documents I submit. '.repeat(
        3,
      ),
    ],
    closing: 'Sincerely,',
    signature: ['José Muñoz', 'parent of Nguyễn Thị Lan'],
    enclosures: ['Exhibit A: Denial letter', 'Exhibit B: Doctor’s letter'],
    citations: ['29 CFR 2560.503-1(h)(2)(iii)'],
    ...overrides,
  };
}
