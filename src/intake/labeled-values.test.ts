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
