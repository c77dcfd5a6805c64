import { describe, expect, it } from 'vitest';

import { findLabeledValues, type LabelKey } from './labeled-values.js';

function valueOf(text: string, key: LabelKey, options?: { ocr?: boolean }): string | undefined {
  return findLabeledValues(text, options).find((v) => v.key === key)?.value;
}

describe('label variants real notices use', () => {
  it.each<[string, LabelKey, string]>([
    ['Subscriber No.: W123456789', 'memberId', 'W123456789'],
    ['ID #: ZGP800123456', 'memberId', 'ZGP800123456'],
    ['Member Identification Number: 90012345601', 'memberId', '90012345601'],
    ['Enrollee ID: 7700412', 'memberId', '7700412'],
    ['Beneficiary ID: 1EG4TE5MK73', 'memberId', '1EG4TE5MK73'],
    ['Medicaid ID: 123456789012', 'memberId', '123456789012'],
    ['Claim #: E2026118440', 'claimNumber', 'E2026118440'],
    ['Claim ID: 26A-0091-77', 'claimNumber', '26A-0091-77'],
    ['Reference #: UM-5510923', 'authorizationNumber', 'UM-5510923'],
    ['Authorization Number: A991203', 'authorizationNumber', 'A991203'],
    ['Case ID: 20261103-88', 'authorizationNumber', '20261103-88'],
    ['Appeal Number: GA-77120', 'appealNumber', 'GA-77120'],
    ['Grievance #: G2026-0042', 'appealNumber', 'G2026-0042'],
    ['Date(s) of Service: 10/04/2026', 'serviceDate', '10/04/2026'],
    ['DOS: 10/04/2026', 'serviceDate', '10/04/2026'],
    ['Service Dates: 10/04/2026 - 10/06/2026', 'serviceDate', '10/04/2026 - 10/06/2026'],
    ['Billed Charges: $3,120.00', 'amountBilled', '$3,120.00'],
    ['Total Charges: $3,120.00', 'totalBilled', '$3,120.00'],
    ['Amount You Owe: $40.00', 'patientOwes', '$40.00'],
    ['Your Responsibility: $40.00', 'patientOwes', '$40.00'],
    ['Patient Owes: $40.00', 'patientOwes', '$40.00'],
    ['Requesting Provider: Ana Ruiz, MD', 'requestingProvider', 'Ana Ruiz, MD'],
    ['Rendering Provider: Ana Ruiz, MD', 'provider', 'Ana Ruiz, MD'],
    ['Attending Physician: Ana Ruiz, MD', 'provider', 'Ana Ruiz, MD'],
    ['Facility: Mercy West Hospital', 'facility', 'Mercy West Hospital'],
    ["Member's ID: W123456789", 'memberId', 'W123456789'],
    ['Patient’s Name: Ana Ruiz', 'patient', 'Ana Ruiz'],
    ['Dated: 11/03/2026', 'noticeDate', '11/03/2026'],
    ['Member Cost Share: $40.00', 'patientOwes', '$40.00'],
  ])('%s', (line, key, value) => {
    expect(valueOf(line, key)).toBe(value);
  });

  it('reads labels after a bullet and values after a table bar', () => {
    expect(valueOf('• Member ID: W123456789', 'memberId')).toBe('W123456789');
    expect(valueOf('| Claim ID | 26A-0091-77 |', 'claimNumber')).toMatch(/^26A-0091-77/);
    expect(valueOf('Claim ID | 26A-0091-77', 'claimNumber')).toBe('26A-0091-77');
  });

  it('does not take a date of birth or a provider number for the fields they resemble', () => {
    const text = 'Date of Birth: 01/02/1980\nProvider ID: 1234567890';
    expect(valueOf(text, 'noticeDate')).toBeUndefined();
    expect(valueOf(text, 'provider')).toBeUndefined();
  });
});

describe('labels as scans print them', () => {
  it('takes the value from the next line when the label ends its line', () => {
    expect(valueOf('Member ID:\nXKH482913\n', 'memberId')).toBe('XKH482913');
    expect(valueOf('Claim number:\n\nHP25639326890', 'claimNumber')).toBe('HP25639326890');
  });

  it('does not take a label or a sentence on the next line for a value', () => {
    expect(valueOf('Name:\nDate: 01/02/2026', 'memberName')).toBeUndefined();
    expect(valueOf('Name:\nWe denied payment for the services listed below.', 'memberName')).toBe(
      undefined,
    );
  });

  it('reads a colon that OCR turned into a period or semicolon', () => {
    expect(valueOf('Provider.          Harwick Primary Care', 'provider')).toBe(
      'Harwick Primary Care',
    );
    expect(valueOf('Member ID; AFB4452972', 'memberId')).toBe('AFB4452972');
  });

  it('skips specks and stray colons between a label and its value', () => {
    const text = 'Date:   July 6, 2026      i      Member number: 242021059-03';
    expect(valueOf(text, 'memberId')).toBe('242021059-03');
    expect(valueOf('Provider        :        Harwick Cancer Center', 'provider')).toBe(
      'Harwick Cancer Center',
    );
  });

  it('repairs misread label words in OCR text only', () => {
    expect(valueOf('Member 1D: SM1439010-63', 'memberId', { ocr: true })).toBe('SM1439010-63');
    expect(valueOf('Meriiber     Mireille K. Hargreave', 'memberName', { ocr: true })).toBe(
      'Mireille K. Hargreave',
    );
    expect(valueOf('Meriiber     Mireille K. Hargreave', 'memberName')).toBeUndefined();
  });

  it('keeps a sentence with a label word in it as one value', () => {
    expect(valueOf('Your share for this claim: $0.00', 'patientOwes')).toBe(
      'for this claim: $0.00',
    );
  });
});

describe('labels of other insurers and forms', () => {
  it.each<[string, LabelKey, string]>([
    ['Customer ID: U6528831402', 'memberId', 'U6528831402'],
    ['Cardholder ID: WCE44718265', 'memberId', 'WCE44718265'],
    ['Employee ID: 774821930', 'memberId', '774821930'],
    ['Policy ID: U91827364501', 'memberId', 'U91827364501'],
    ['Customer Name: HOLLOWAY, JAMES R', 'memberName', 'HOLLOWAY, JAMES R'],
    ['Date Printed: 05/02/2026', 'noticeDate', '05/02/2026'],
    ['Sent: 9/2/2026', 'noticeDate', '9/2/2026'],
    ["Today's date: 03/02/2026", 'noticeDate', '03/02/2026'],
    ['Amount due from you: $0.00', 'patientOwes', '$0.00'],
    ['Dentist: Bayview Family Dentistry', 'provider', 'Bayview Family Dentistry'],
    ['Account: 3340021', 'groupNumber', '3340021'],
    ['Requested Date(s) of Service: 11/10/2026', 'requestedServiceDate', '11/10/2026'],
    ['Charge .................. $150.00', 'amountBilled', '$150.00'],
    ['Issued: 05/06/2026', 'noticeDate', '05/06/2026'],
    ['From/Through Dates:  01/21/2026 - 01/21/2026', 'serviceDate', '01/21/2026 - 01/21/2026'],
  ])('%s', (text, key, value) => {
    expect(valueOf(text, key)).toBe(value);
  });

  it('takes a label that carries its abbreviation or a "#"', () => {
    expect(valueOf('Medical Record Number (MRN): 11-2049-8876', 'memberId')).toBe('11-2049-8876');
    expect(valueOf('Medicaid ID#: 1098273645', 'memberId')).toBe('1098273645');
  });

  it('reads an ID labeled with the plan’s own name as the member ID', () => {
    expect(valueOf('Oscar ID:         OSC-77201946-00', 'memberId')).toBe('OSC-77201946-00');
    expect(valueOf('Health Net Member ID: R0042281937', 'memberId')).toBe('R0042281937');
    expect(valueOf('Provider ID: 55512', 'memberId')).toBeUndefined();
  });

  it('reads a number label it does not know by whose number its words say it is', () => {
    expect(valueOf('Grievance & Appeals Case #: GA-2026-0117', 'appealNumber')).toBe(
      'GA-2026-0117',
    );
    expect(valueOf('Coverage Determination Request #: CDR-2607-11', 'authorizationNumber')).toBe(
      'CDR-2607-11',
    );
    // One label, not "Member" with the value "Medicaid #: …".
    expect(valueOf('Member Medicaid #: 200918273', 'memberId')).toBe('200918273');
    expect(valueOf('Member Medicaid #: 200918273', 'memberName')).toBeUndefined();
    expect(valueOf('Original Claim Reference #: 26201FB', 'claimNumber')).toBeUndefined();
  });
});

describe('columns parted by a bar', () => {
  it('reads each "Label: value" of a line whose columns a spaced bar parts', () => {
    const text = 'Member: Owen T. Kaczmarek  |  Member ID: 70018273641  |  Group: GHP-0055';
    expect(valueOf(text, 'memberName')).toBe('Owen T. Kaczmarek');
    expect(valueOf(text, 'memberId')).toBe('70018273641');
    expect(valueOf(text, 'groupNumber')).toBe('GHP-0055');
  });
});
