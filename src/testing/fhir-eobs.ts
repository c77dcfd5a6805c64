/**
 * FHIR R4 ExplanationOfBenefit resources written for the tests (fictional people and claims; real
 * code systems): a partly denied claim, a paid one, a denied one whose names are references, and a
 * Bundle holding them with the resources they point to.
 */

const carc = 'https://x12.org/codes/claim-adjustment-reason-codes';
const adjudication = 'http://terminology.hl7.org/CodeSystem/adjudication';

/** A partly denied claim: line 1 paid, line 2 denied with CARC 50 and RARC N115. */
export const partlyDenied = {
  resourceType: 'ExplanationOfBenefit',
  id: 'eob-1',
  contained: [
    {
      resourceType: 'Patient',
      id: 'p',
      name: [{ given: ['Ana', 'M.'], family: 'Ortiz' }],
      identifier: [
        {
          type: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MB' }],
          },
          value: 'MBR-42',
        },
      ],
    },
    { resourceType: 'Organization', id: 'plan', name: 'Cedar Mutual Health' },
  ],
  identifier: [
    { value: 'internal-7' },
    {
      type: {
        coding: [
          { system: 'http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBIdentifierType', code: 'uc' },
        ],
      },
      value: 'CLM-2026-001',
    },
  ],
  outcome: 'partial',
  patient: { reference: '#p' },
  insurer: { reference: '#plan' },
  provider: { display: 'Lakeside Imaging' },
  created: '2026-04-02T10:00:00-05:00',
  billablePeriod: { start: '2026-03-10', end: '2026-03-10' },
  diagnosis: [
    {
      sequence: 1,
      diagnosisCodeableConcept: {
        coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'M5416' }],
      },
    },
  ],
  item: [
    {
      sequence: 1,
      productOrService: { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '99213' }] },
      adjudication: [
        {
          category: { coding: [{ system: adjudication, code: 'submitted' }] },
          amount: { value: 150 },
        },
      ],
    },
    {
      sequence: 2,
      productOrService: {
        coding: [
          { system: 'http://www.ama-assn.org/go/cpt', code: '72148', display: 'MRI lumbar spine' },
        ],
      },
      adjudication: [
        {
          category: { coding: [{ system: adjudication, code: 'submitted' }] },
          amount: { value: 1850 },
        },
        {
          category: { coding: [{ system: adjudication, code: 'benefit' }] },
          reason: { coding: [{ system: carc, code: '50' }] },
          amount: { value: 0 },
        },
        {
          category: { coding: [{ system: adjudication, code: 'benefit' }] },
          reason: {
            coding: [
              { system: 'https://x12.org/codes/remittance-advice-remark-codes', code: 'N115' },
            ],
          },
        },
      ],
    },
  ],
  total: [
    {
      category: {
        coding: [
          {
            system: 'http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication',
            code: 'memberliability',
          },
        ],
      },
      amount: { value: 1850 },
    },
  ],
};

export const paidInFull = {
  resourceType: 'ExplanationOfBenefit',
  id: 'eob-2',
  outcome: 'complete',
  identifier: [{ value: 'CLM-PAID' }],
  patient: { reference: 'Patient/p2' },
  item: [
    {
      sequence: 1,
      productOrService: { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '99213' }] },
      adjudication: [
        {
          category: { coding: [{ system: adjudication, code: 'submitted' }] },
          amount: { value: 120 },
        },
        {
          category: { coding: [{ system: adjudication, code: 'benefit' }] },
          amount: { value: 120 },
        },
      ],
    },
  ],
  payment: { amount: { value: 120 } },
};

/** A denial whose names come from the bundle: Patient, Coverage, insurer and provider by reference. */
export const deniedByReference = {
  resourceType: 'ExplanationOfBenefit',
  id: 'eob-3',
  identifier: [{ value: 'CLM-DENIED' }],
  patient: { reference: 'Patient/p2' },
  insurer: { reference: 'Organization/o1' },
  provider: { reference: 'Practitioner/dr' },
  insurance: [{ coverage: { reference: 'Coverage/c1' } }],
  created: '2026-05-01',
  item: [
    {
      sequence: 1,
      servicedDate: '2026-04-20',
      productOrService: { coding: [{ code: 'J1745' }] },
      adjudication: [
        {
          category: {
            coding: [
              {
                system: 'http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudicationDiscriminator',
                code: 'denialreason',
              },
            ],
          },
          reason: { coding: [{ system: carc, code: 'CO-197' }] },
        },
      ],
    },
  ],
};

export const bundle = {
  resourceType: 'Bundle',
  type: 'searchset',
  entry: [
    { resource: paidInFull },
    { resource: deniedByReference },
    { resource: { resourceType: 'Patient', id: 'p2', name: [{ text: 'Sam Lee' }] } },
    {
      resource: {
        resourceType: 'Coverage',
        id: 'c1',
        type: { text: 'Medicare Advantage HMO' },
        identifier: [{ type: { coding: [{ code: 'MB' }] }, value: 'MA-777' }],
        class: [{ type: { coding: [{ code: 'group' }] }, value: 'GRP-9' }],
      },
    },
    { resource: { resourceType: 'Organization', id: 'o1', name: 'Sunrise Advantage Plan' } },
    {
      resource: {
        resourceType: 'Practitioner',
        id: 'dr',
        name: [{ given: ['Lena'], family: 'Park' }],
      },
    },
  ],
};
