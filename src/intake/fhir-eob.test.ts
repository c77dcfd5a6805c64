import { describe, expect, it } from 'vitest';

import { AppError } from '../common/errors.js';
import { denialsFromEobs, parseFhirInput } from './fhir-eob.js';
import { intakeService } from './intake-service.js';
import { bundle, deniedByReference, paidInFull, partlyDenied } from '../testing/fhir-eobs.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? { code: error.code, message: error.message } : null;
  }
  return null;
};

describe('denialsFromEobs', () => {
  it('reads a partly denied EOB from its coded fields', () => {
    const [denial, ...rest] = denialsFromEobs(parseFhirInput(JSON.stringify(partlyDenied)));
    expect(rest).toHaveLength(0);
    expect(denial?.fields).toEqual({
      noticeType: 'eob',
      program: null,
      patientName: 'Ana M. Ortiz',
      memberId: 'MBR-42',
      groupNumber: null,
      claimNumber: 'CLM-2026-001',
      insurerName: 'Cedar Mutual Health',
      providerName: 'Lakeside Imaging',
      serviceDate: '2026-03-10',
      noticeDate: '2026-04-02',
      serviceDescription: 'MRI lumbar spine',
      procedureCodes: ['99213', '72148'],
      diagnosisCodes: ['M54.16'],
      carcCodes: ['50'],
      rarcCodes: ['N115'],
      amountBilled: 2000,
      patientResponsibility: 1850,
      denialCategory: 'medical-necessity',
      appealDeadlineDays: null,
    });
    expect(denial?.categoryEvidence).toBe('CARC 50 on line 2');
    expect(denial?.confidence.carcCodes).toBe(0.95);
    expect(denial?.confidence.groupNumber).toBe(0);
    expect(denial?.sources).toEqual({});
  });

  it('keeps only the denied claim of a Bundle, resolving names by reference', () => {
    const denials = denialsFromEobs(parseFhirInput(JSON.stringify(bundle)));
    expect(denials).toHaveLength(1);
    expect(denials[0]?.fields).toMatchObject({
      claimNumber: 'CLM-DENIED',
      program: 'medicare-advantage',
      patientName: 'Sam Lee',
      memberId: 'MA-777',
      groupNumber: 'GRP-9',
      insurerName: 'Sunrise Advantage Plan',
      providerName: 'Lena Park',
      serviceDate: '2026-04-20',
      noticeDate: '2026-05-01',
      procedureCodes: ['J1745'],
      carcCodes: ['197'],
      denialCategory: 'prior-authorization',
      amountBilled: null,
      patientResponsibility: null,
    });
  });

  it('reads NDJSON, one resource per line', () => {
    const ndjson = [paidInFull, partlyDenied, deniedByReference]
      .map((r) => JSON.stringify(r))
      .join('\n');
    const denials = denialsFromEobs(parseFhirInput(`${ndjson}\n`));
    expect(denials.map((d) => d.fields.claimNumber)).toEqual(['CLM-2026-001', 'CLM-DENIED']);
  });

  it('lists every denied claim of a payer’s export, and reads the first in full', async () => {
    const ndjson = [paidInFull, partlyDenied, deniedByReference]
      .map((r) => JSON.stringify(r))
      .join('\n');
    const read = await intakeService({ maxUploadBytes: 1_000_000 }).extract(
      new TextEncoder().encode(ndjson),
      'export.ndjson',
    );
    expect(read.source).toBe('fhir');
    expect(read.denials).toBe(2);
    expect(read.denialList?.map((d) => d.claimNumber)).toEqual(['CLM-2026-001', 'CLM-DENIED']);
    expect(read.fields.claimNumber).toBe('CLM-2026-001');
    expect(read.document).toBeNull();
    const second = await intakeService({ maxUploadBytes: 1_000_000 }).extract(
      new TextEncoder().encode(ndjson),
      'export.ndjson',
      { denial: 2 },
    );
    expect(second.fields.claimNumber).toBe('CLM-DENIED');
    await expect(
      intakeService({ maxUploadBytes: 1_000_000 }).extract(
        new TextEncoder().encode(ndjson),
        'export.ndjson',
        { denial: 3 },
      ),
    ).rejects.toThrow('This file holds 2 denied claims; choose a number from 1 to 2.');
  });

  it('does not count a not-covered line that was reversed', () => {
    const line = (value: number) => ({
      category: { coding: [{ code: 'noncovered' }] },
      amount: { value },
    });
    const eob = { ...paidInFull, item: [{ sequence: 1, adjudication: [line(80), line(-80)] }] };
    expect(denialsFromEobs([eob])).toEqual([]);
    const denied = { ...paidInFull, item: [{ sequence: 1, adjudication: [line(80)] }] };
    expect(denialsFromEobs([denied])[0]?.fields.denialCategory).toBe('other');
  });
});

describe('parseFhirInput', () => {
  it('says which line of a broken file is not JSON', () => {
    const error = codeOf(() =>
      parseFhirInput('{\n  "resourceType": "ExplanationOfBenefit",\n  oops\n}'),
    );
    expect(error?.code).toBe('invalid-input');
    expect(error?.message).toMatch(/^This file is not valid JSON \(line 3\): /);
    const ndjson = `${JSON.stringify(paidInFull)}\n{"resourceType": "Explanation`;
    expect(codeOf(() => parseFhirInput(ndjson))?.message).toMatch(/\(line 2\)/);
  });

  it('refuses a FHIR file without an ExplanationOfBenefit, naming what it holds', () => {
    const error = codeOf(() =>
      parseFhirInput(JSON.stringify({ resourceType: 'Patient', id: 'x' })),
    );
    expect(error?.code).toBe('unsupported-file');
    expect(error?.message).toMatch(
      /^This FHIR file holds a Patient, not an ExplanationOfBenefit\./,
    );
    expect(codeOf(() => parseFhirInput('{"hello": 1}'))?.code).toBe('unsupported-file');
  });
});

describe('a paid claim whose "denialreason" is a placeholder', () => {
  // CMS Blue Button 2.0 carrier claims carry a `denialreason` adjudication with code "0" ("N/A")
  // from a CMS variable, not a CARC, on claims Medicare paid: those must not read as denials.
  it('reads a claim with denial reason "0" (N/A) and a payment as paid, not denied', () => {
    const eob = {
      resourceType: 'ExplanationOfBenefit',
      id: 'carrier-1',
      status: 'active',
      outcome: 'complete',
      created: '2026-03-01',
      item: [
        {
          sequence: 1,
          productOrService: {
            coding: [
              { system: 'https://bluebutton.cms.gov/resources/codesystem/hcpcs', code: '99213' },
            ],
          },
          adjudication: [
            {
              category: {
                coding: [
                  {
                    system: 'https://bluebutton.cms.gov/resources/codesystem/adjudication',
                    code: 'https://bluebutton.cms.gov/resources/variables/line_nch_pmt_amt',
                  },
                ],
              },
              amount: { value: 50, currency: 'USD' },
            },
            {
              category: {
                coding: [
                  {
                    system: 'http://terminology.hl7.org/CodeSystem/adjudication-reason',
                    code: 'denialreason',
                    display: 'Denial Reason',
                  },
                ],
              },
              reason: {
                coding: [
                  {
                    system:
                      'https://bluebutton.cms.gov/resources/variables/carr_line_rdcd_pmt_phys_astn_c',
                    code: '0',
                    display: 'N/A',
                  },
                ],
              },
            },
          ],
        },
      ],
      payment: { amount: { value: 50, currency: 'USD' } },
    };
    expect(denialsFromEobs(parseFhirInput(JSON.stringify(eob)))).toEqual([]);
  });
});
