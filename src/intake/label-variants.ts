/**
 * The label variants notices use for each field, as data. Kept apart from the matcher so a new
 * insurer's wording is one line here.
 */

export type LabelKey =
  | 'memberId'
  | 'groupNumber'
  | 'claimNumber'
  | 'authorizationNumber'
  | 'appealNumber'
  | 'patient'
  | 'memberName'
  | 'requestingProvider'
  | 'provider'
  | 'serviceDate'
  | 'requestedServiceDate'
  | 'noticeDate'
  | 'totalBilled'
  | 'amountBilled'
  | 'patientOwes'
  | 'service'
  | 'ignored';

/** Label variants per key; `#` and `No.` forms are generated from "number". */
export const labelTable: Readonly<Record<LabelKey, readonly string[]>> = {
  memberId: [
    'member id',
    'member number',
    'member id number',
    'member identification number',
    'subscriber id',
    'subscriber number',
    'identification number',
    'id number',
    'recipient id',
    'recipient number',
    'policy/member id',
    'policy / member id',
    'health plan id',
    'medicaid id',
    'enrollee id',
    'beneficiary id',
    'member/subscriber id',
    'insured id',
    'id',
  ],
  groupNumber: ['group number', 'group id', 'group', 'employer group number', 'group plan number'],
  claimNumber: [
    'claim number',
    'claim id',
    'claim',
    'claim reference number',
    'claim control number',
  ],
  authorizationNumber: [
    'authorization number',
    'prior authorization number',
    'auth number',
    'reference number',
    'case number',
    'request number',
    'review number',
    'tracking number',
    'determination number',
    'ref number',
    'pa number',
    'case id',
    'request id',
  ],
  appealNumber: [
    'appeal number',
    'appeal reference number',
    'appeal case number',
    'appeal id',
    'grievance number',
    'grievance id',
    'reconsideration number',
    'appeal/grievance number',
    'grievance/appeal number',
  ],
  patient: ['patient', 'patient name', 'name of patient', 'patient/member'],
  memberName: [
    'member name',
    'member',
    'enrollee',
    'enrollee name',
    'name',
    'subscriber name',
    'beneficiary',
  ],
  requestingProvider: [
    'requesting provider',
    'ordering provider',
    'requesting physician',
    'ordering physician',
    'prescriber',
    'prescribing provider',
    'requested by',
  ],
  provider: [
    'provider',
    'rendering provider',
    'provider name',
    'billing provider',
    'treating provider',
    'provider of service',
  ],
  serviceDate: ['date of service', 'service date', 'dates of service', 'date(s) of service', 'dos'],
  requestedServiceDate: [
    'requested date of service',
    'planned date of service',
    'proposed date of service',
    'requested service date',
    'scheduled date',
  ],
  noticeDate: [
    'date of notice',
    'date of this notice',
    'notice date',
    'letter date',
    'date of letter',
    'statement date',
    'date issued',
    'issue date',
    'date of issue',
    'date',
    'decision date',
    'date of decision',
  ],
  totalBilled: ['total billed', 'total charges', 'total amount billed', 'total billed amount'],
  amountBilled: [
    'amount billed',
    'billed',
    'billed amount',
    'amount charged',
    'charges',
    'billed charges',
  ],
  patientOwes: [
    'you owe',
    'patient responsibility',
    'your share',
    'your total share',
    'amount you may owe',
    'you may owe',
    'your responsibility',
    'what you owe',
    'patient owes',
    'your cost',
  ],
  service: [
    'service',
    'service requested',
    'requested service',
    'procedure',
    'item requested',
    'drug requested',
    'medication',
    'drug',
    'description of service',
    'service description',
  ],
  ignored: [
    'patient account',
    'patient account number',
    'date claim received',
    'date of request',
    'date received',
    'date of birth',
    'original reference number',
    'original claim number',
    'original claim',
    'claim totals',
    'claim summary',
    'claim at a glance',
    'servicing facility',
    'servicing provider',
    'received',
    'processed',
    'appeal received',
    'appeal decision',
    'member services',
    'provider services',
    'amount not covered',
  ],
};
