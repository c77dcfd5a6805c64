import { describe, expect, it } from 'vitest';

import { decideDenialCategory } from './denial-category.js';
import { extractFields } from './extract-fields.js';
import type { DocumentText } from './extraction.js';

function doc(text: string): DocumentText {
  return { source: 'text', text, pages: [{ number: 1, start: 0, end: text.length }] };
}

const claimLetter = `Juniper Valley Health Plan
P.O. Box 1200, Tulsa, OK 74101 | Member Services 1-800-555-0100

June 3, 2026

Notice of Adverse Benefit Determination

Patient name:      Rowan T. Alvarez
Subscriber ID:     JVH-88123-01
Group #:           GX-4410
Claim No.:         C2026-55173
Rendering provider: Priya Raman, MD
Service date:      04/28/2026
Total charges:     $1,240.00

We denied the claim for a lumbar MRI (CPT 72148) because the records show it was not medically
necessary: six weeks of conservative care were not tried. Diagnosis: M54.16.
Adjustment: CO-50, remark N115.

You owe $0.00 for this service.

You may ask for an internal appeal within 180 days of the date you receive this notice. We will
decide your appeal within 30 days. Expedited appeals are decided within 72 hours.
This plan is sponsored by your employer and governed by ERISA.
`;

describe('extractFields on a claim denial letter', () => {
  const { fields, sources, confidence, categoryEvidence } = extractFields(doc(claimLetter));

  it('reads labeled identifiers whatever their label variant', () => {
    expect(fields.patientName).toBe('Rowan T. Alvarez');
    expect(fields.memberId).toBe('JVH-88123-01');
    expect(fields.groupNumber).toBe('GX-4410');
    expect(fields.claimNumber).toBe('C2026-55173');
    expect(fields.providerName).toBe('Priya Raman, MD');
  });

  it('reads dates as ISO and amounts as numbers', () => {
    expect(fields.serviceDate).toBe('2026-04-28');
    expect(fields.noticeDate).toBe('2026-06-03');
    expect(fields.amountBilled).toBe(1240);
    expect(fields.patientResponsibility).toBe(0);
  });

  it('reads codes but not ZIP codes, phone numbers or amounts', () => {
    expect(fields.procedureCodes).toEqual(['72148']);
    expect(fields.diagnosisCodes).toEqual(['M54.16']);
    expect(fields.carcCodes).toEqual(['50']);
    expect(fields.rarcCodes).toEqual(['N115']);
  });

  it('classifies the notice, program and reason, and finds the appeal deadline', () => {
    expect(fields.noticeType).toBe('claim-denial');
    expect(fields.program).toBe('employer-group');
    expect(fields.denialCategory).toBe('medical-necessity');
    expect(categoryEvidence).toMatch(/medically/i);
    expect(fields.appealDeadlineDays).toBe(180);
    expect(fields.insurerName).toBe('Juniper Valley Health Plan');
  });

  it('points at the span each value was read from', () => {
    const span = sources.memberId;
    expect(span).toBeDefined();
    expect(claimLetter.slice(span?.start, span?.end)).toContain('JVH-88123-01');
    expect(confidence.memberId).toBeGreaterThan(0.5);
  });
});

const appealDecision = `Page 1 of 2
Granite Bay Insurance Company
Appeals Unit · 77 Main St, Boise, ID 83702

Appeal Decision Notice
Date issued        14 March 2026
Member             Lena Okafor
Member #           GB559012
Grievance number   GRV-2026-0091
Original claim number   8812-4410
Provider           Harbor Sleep Center
Date of service    Jan 9, 2026

Your appeal was reviewed and the denial is upheld. The requested procedure is considered
experimental and investigational for your condition.
You can ask for an external review within four months of this letter, or call us.
If you bought this plan through HealthCare.gov, the Marketplace can help.
`;

describe('extractFields on a final appeal decision', () => {
  const { fields } = extractFields(doc(appealDecision));

  it('takes the appeal number, not the original claim number', () => {
    expect(fields.noticeType).toBe('final-internal-appeal-denial');
    expect(fields.claimNumber).toBe('GRV-2026-0091');
  });

  it('reads column-aligned labels and day-month-year dates', () => {
    expect(fields.memberId).toBe('GB559012');
    expect(fields.patientName).toBe('Lena Okafor');
    expect(fields.noticeDate).toBe('2026-03-14');
    expect(fields.serviceDate).toBe('2026-01-09');
    expect(fields.insurerName).toBe('Granite Bay Insurance Company');
  });

  it('leaves unstated values empty instead of guessing', () => {
    expect(fields.appealDeadlineDays).toBeNull();
    expect(fields.groupNumber).toBeNull();
    expect(fields.amountBilled).toBeNull();
    expect(fields.procedureCodes).toEqual([]);
    expect(fields.denialCategory).toBe('experimental');
    expect(fields.program).toBe('individual-market');
  });
});

const priorAuth = `Summit Ridge Health
Medicare Advantage HMO

Coverage Decision
Date of notice: 2026-02-02
Enrollee: Marcus Bell
Recipient ID: 7788123
Authorization #: PA-77120
Requesting provider: Dana Whitfield, NP
Servicing facility: Eastside Imaging Center
Service requested: Knee MRI (73721)

We cannot approve this request because prior authorization requires six weeks of physical
therapy records, and additional information we asked for was not received.
You have 60 days from the date of this notice to ask for a reconsideration. If you keep
getting services you must ask within 10 days.
`;

describe('extractFields on a prior-authorization denial', () => {
  const { fields } = extractFields(doc(priorAuth));

  it('uses the authorization number and the requesting provider', () => {
    expect(fields.noticeType).toBe('prior-authorization-denial');
    expect(fields.claimNumber).toBe('PA-77120');
    expect(fields.providerName).toBe('Dana Whitfield, NP');
    expect(fields.patientName).toBe('Marcus Bell');
    expect(fields.memberId).toBe('7788123');
  });

  it('reads the Medicare program and the reconsideration deadline, not the 10 days', () => {
    expect(fields.program).toBe('medicare-advantage');
    expect(fields.appealDeadlineDays).toBe(60);
    expect(fields.denialCategory).toBe('missing-documentation');
    expect(fields.procedureCodes).toEqual(['73721']);
  });
});

const pdfLayout = `Member ID QX4410-07Page 1 of 2
Orchard State Health Insurance
Claim Statement
Date: 05/11/2026 Member number: QX4410-07
Name: Ada Finch Claim number: OS-99120
Provider   Linden Physical
Therapy & Rehab
Service date 4 May 2026
`;

describe('extractFields on text-layer layouts', () => {
  const { fields } = extractFields(doc(pdfLayout));

  it('splits two single-spaced label pairs on one line and drops running page footers', () => {
    expect(fields.noticeDate).toBe('2026-05-11');
    expect(fields.memberId).toBe('QX4410-07');
    expect(fields.patientName).toBe('Ada Finch');
    expect(fields.claimNumber).toBe('OS-99120');
    expect(fields.serviceDate).toBe('2026-05-04');
    expect(fields.insurerName).toBe('Orchard State Health Insurance');
  });
});

describe('the denial category, from the letter’s own words', () => {
  it('reads a drug "not on our list of covered drugs (formulary)" as a formulary denial', () => {
    const decided = decideDenialCategory(
      'YOUR DRUG IS NOT ON OUR LIST OF COVERED DRUGS (FORMULARY) OR IS SUBJECT TO CERTAIN LIMITS.\nThis drug is not included on our list of covered drugs.',
      [],
    );
    expect(decided.category).toBe('formulary');
    expect(decided.evidence?.toLowerCase()).toContain('list of covered drugs');
  });
});

function scanned(text: string): DocumentText {
  return { source: 'ocr', text, pages: [{ number: 1, start: 0, end: text.length }] };
}

const ocrStatement = `€     % Prairie Valley Health Insurance Company
Sew # 1100 Mill Rd, Macon, GA 31201 - Member Services 1-855-555-0127

Your Claim Statement
This is.not a bili. It explains how we processed a claim for care you received.

Meriiber     Jonas P. Whitcombe
Member 1D SM14390I0-63
Provider.          Birchwood Cardiology Associates
Claim         6834-O592-7391
Statement date: 04/20/2026

Date of service        03/O9/2026
Service                  Echocardiogram (93306)
Amount billed          $1, 389.25
Your share                $0.00
Codes                €0-45, C0:197

1f your appeal is denied, you may ask for an external review.
`;

describe('extractFields on OCR text', () => {
  const { fields } = extractFields(scanned(ocrStatement));

  it('reads labels whose words or colons OCR misread', () => {
    expect(fields.patientName).toBe('Jonas P. Whitcombe');
    expect(fields.memberId).toBe('SM1439010-63');
    expect(fields.claimNumber).toBe('6834-0592-7391');
    expect(fields.serviceDate).toBe('2026-03-09');
  });

  it('reads group codes as OCR prints them, and names as printed', () => {
    expect(fields.providerName).toBe('Birchwood Cardiology Associates');
    expect(fields.carcCodes).toEqual(['197']);
    expect(fields.procedureCodes).toEqual(['93306']);
  });

  it('reads a letterhead behind a logo speck, an amount with a broken space, an "1f" as "if"', () => {
    expect(fields.insurerName).toBe('Prairie Valley Health Insurance Company');
    expect(fields.amountBilled).toBe(1389.25);
    expect(fields.patientResponsibility).toBe(0);
    expect(fields.noticeType).toBe('eob');
  });
});

const commercialLetter = `UnityCare Health
Appeals and Grievances, PO Box 30432, Salt Lake City, UT 84130

Nov. 3, 2026

Subscriber No.: 912345678-01
Patient: Mara Lindqvist
Claim #: 2026A11003
Date(s) of Service: 09/14/26
Rendering Provider: Kestrel Orthopedics
Billed Charges: $2,410.00
Amount You Owe: $2,410.00

We are unable to approve payment because the service is not a covered benefit under your plan.
You may request an appeal within 180 days of receiving this letter.
`;

describe('extractFields on label wording from other insurers', () => {
  const { fields } = extractFields(doc(commercialLetter));

  it('reads the fields whatever the insurer calls them', () => {
    expect(fields.memberId).toBe('912345678-01');
    expect(fields.patientName).toBe('Mara Lindqvist');
    expect(fields.claimNumber).toBe('2026A11003');
    expect(fields.serviceDate).toBe('2026-09-14');
    expect(fields.noticeDate).toBe('2026-11-03');
    expect(fields.providerName).toBe('Kestrel Orthopedics');
    expect(fields.amountBilled).toBe(2410);
    expect(fields.patientResponsibility).toBe(2410);
    expect(fields.denialCategory).toBe('not-covered');
    expect(fields.appealDeadlineDays).toBe(180);
  });
});

describe('extractFields on a letter with no letterhead', () => {
  it('names the plan from the body, and never a sentence', () => {
    const excerpt = `Dear Member,\nThank you for being a member.\nAt Hudson Valley Health Plan of New York we reviewed the request. It is denied as not medically necessary.`;
    expect(extractFields(doc(excerpt)).fields.insurerName).toBe(
      'Hudson Valley Health Plan of New York',
    );
    const noName = `Results of the review\nThe care you requested is not medically necessary, so it is denied.`;
    expect(extractFields(doc(noName)).fields.insurerName).toBeNull();
  });
});

const recipe = `Grandma's Banana Bread

Serves 8. Prep 15 minutes, bake 60 minutes at 350 F.

Ingredients
3 ripe bananas, mashed
1/3 cup melted butter
1 1/2 cups flour

Method
Mix the butter into the mashed bananas. Stir in the sugar and the egg. Add the flour last and
bake for 60 minutes.
`;

const receipt = `FRESH FIELDS MARKET
1420 Orchard Ave, Springfield, IL 62704
Date: 03/14/2026   Time: 5:42 PM
WHOLE MILK 1 GAL                3.89
SOURDOUGH BREAD                 4.99
TOTAL                          $8.88
Member savings: $1.20
`;

describe('extractFields on documents that are not denials', () => {
  it.each([
    ['a recipe', recipe],
    ['a grocery receipt', receipt],
  ])('invents nothing for %s', (_, text) => {
    const { fields, confidence } = extractFields(doc(text));
    const stated = Object.entries(fields).filter(
      ([, value]) => value !== null && !(Array.isArray(value) && value.length === 0),
    );
    // At most what is printed with a label (a date, a total): never a notice type, a reason,
    // a deadline, an insurer, a member or a claim.
    expect(stated.length).toBeLessThanOrEqual(2);
    expect(fields.noticeType).toBeNull();
    expect(fields.denialCategory).toBeNull();
    expect(fields.insurerName).toBeNull();
    expect(fields.memberId).toBeNull();
    expect(fields.claimNumber).toBeNull();
    expect(fields.appealDeadlineDays).toBeNull();
    expect(Math.max(...Object.values(confidence))).toBeLessThanOrEqual(0.3);
  });
});

describe('fields printed in other layouts', () => {
  it('leaves out a note on who the person is, and keeps grouped numbers whole', () => {
    const { fields } = extractFields(
      doc(
        [
          'Patient: Emma Lindqvist (dependent)',
          'Provider: Front Range Urgent Care (non-plan provider)',
          'Claim #: 6 26211 4488 301',
          'ID: QYI 4491 8827 33',
        ].join('\n'),
      ),
    );
    expect(fields.patientName).toBe('Emma Lindqvist');
    expect(fields.providerName).toBe('Front Range Urgent Care');
    expect(fields.claimNumber).toBe('6 26211 4488 301');
    expect(fields.memberId).toBe('QYI 4491 8827 33');
  });

  it.each([
    ['09/22/2026 | Office visit, established | 99214 | $245.00', '2026-09-22'],
    ['03/11/26-03/11/26    Speech therapy eval    92523   $380.00', '2026-03-11'],
    ['1     07/15/2026  95810   2,850.00   0.00', '2026-07-15'],
    ['Psychotherapy, 60 min (90837)   10/06/2026    $260.00    $0.00', '2026-10-06'],
  ])('reads the date of service from a table row: %s', (row, date) => {
    expect(extractFields(doc(`Claim Number: X1234567\n\n${row}\n`)).fields.serviceDate).toBe(date);
  });

  it('reads the requesting provider from a sentence when no label names one', () => {
    const { fields } = extractFields(
      doc('We denied physical therapy (97110), requested by Dr. Anand Kulkarni, DPT.'),
    );
    expect(fields.providerName).toBe('Dr. Anand Kulkarni, DPT');
  });
});

describe('a heading that starts with a label word', () => {
  it('is not a name', () => {
    const { fields } = extractFields(
      doc('Member Appeal Decision - Final Adverse Determination\n\nMember:  Hannah R. Finch\n'),
    );
    expect(fields.patientName).toBe('Hannah R. Finch');
  });
});
