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
});
