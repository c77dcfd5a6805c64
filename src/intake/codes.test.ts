import { describe, expect, it } from 'vitest';

import { findCarcCodes, findDiagnosisCodes, findProcedureCodes, findRarcCodes } from './codes.js';

describe('billing codes', () => {
  it('reads CPT and HCPCS codes in a procedure context, not ZIPs, phones, amounts or NDCs', () => {
    const text = [
      'P.O. Box 100, Austin, TX 78701 | 1-800-555-0123',
      'Procedure code 97110 and J1745; billed $12345.00',
      'Drug NDC 00169-4181-13',
      'Claim number 12345678',
    ].join('\n');
    expect(findProcedureCodes(text)).toEqual(['97110', 'J1745']);
  });

  it('normalizes ICD-10-CM codes to their dotted form', () => {
    expect(findDiagnosisCodes('Diagnosis: M5416, R51.9')).toEqual(['R51.9', 'M54.16']);
    expect(findDiagnosisCodes('Suite M54 in building A1')).toEqual([]);
  });

  it('reads CARCs without the group prefix and only when X12 lists them', () => {
    expect(findCarcCodes('CO-45 / PR-2, OA 22, reason code 197, CO-999')).toEqual([
      '45',
      '2',
      '22',
      '197',
    ]);
  });

  it('reads RARCs in a remark context', () => {
    expect(findRarcCodes('Remark codes: N130, MA130 and M127')).toEqual(['N130', 'MA130', 'M127']);
    expect(findRarcCodes('Take exit N4 north')).toEqual([]);
  });

  it('reads codes in the rows of a scanned table, whatever OCR did to the date before them', () => {
    const text = [
      'Date of service        Service        Code Amount billed',
      '',
      'Jan 29,2025            office visit, established patient               99213 $171.56',
      '04/23/26:        96365 IV infusion, first hour     481.00',
    ].join('\n');
    expect(findProcedureCodes(text)).toEqual(['99213', '96365']);
  });

  it('takes only the first number of a row under a code column (the rest are amounts)', () => {
    const text = [
      'date   Code Description     Billed Allowed Not covered',
      'ogr24izs 99214 Dfice vil aah     27300 000 27300',
    ].join('\n');
    expect(findProcedureCodes(text)).toEqual(['99214']);
  });

  it('reads a parenthesized code, but not a number after some other parenthesis', () => {
    expect(findProcedureCodes('Echocardiogram, complete (93306)')).toEqual(['93306']);
    expect(findProcedureCodes('Llame al 1-800-555-0199 (TTY: 711) 08514 gratis')).toEqual([]);
  });

  it('does not read a street number as a code', () => {
    expect(findProcedureCodes('13112 Evening Creek Dr So Ste 200')).toEqual([]);
  });

  it('reads undotted diagnosis codes only after the word diagnosis', () => {
    expect(
      findDiagnosisCodes('Service under review: J2506. You may ask for the diagnosis code.'),
    ).toEqual([]);
    expect(findDiagnosisCodes('Diagnosis: M5416')).toEqual(['M54.16']);
  });

  it('reads group codes as OCR prints them: C0-197, CO:197, 0A-22', () => {
    expect(findCarcCodes('0.00 CO:197 M62\n-C0-197 Precertification\n0A-22 other payer')).toEqual([
      '197',
      '22',
    ]);
  });
});

describe('procedure codes in other tables', () => {
  it('reads codes under a "Proc" column in rows that open with a date range', () => {
    const text = [
      'Service Dates        Description           Proc    Charges    Not Covered',
      '03/11/26-03/11/26    Speech therapy eval   92523   $380.00    $0.00',
      '03/18/26-03/18/26    Speech therapy tx     92507   $190.00    $190.00',
    ].join('\n');
    expect(findProcedureCodes(text)).toEqual(['92523', '92507']);
  });

  it('reads dental (CDT) codes, which HCPCS Level II includes as D codes', () => {
    expect(findProcedureCodes('D1206          -      Topical fluoride varnish   $48.00')).toEqual([
      'D1206',
    ]);
  });
});

describe('group codes glued to their number', () => {
  it('reads "CO45" but not an EOB’s own message code "PR1", and a remark after "CO-B7"', () => {
    expect(findCarcCodes('CO45 contract discount; PR1 coinsurance note')).toEqual(['45']);
    expect(findRarcCodes('Submit to your dental carrier. (CO-B7, N95)')).toEqual(['N95']);
  });
});
