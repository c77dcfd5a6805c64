import type { DenialCategory } from '../cases/case-terms.js';

/**
 * The denial category a claim adjustment reason code (CARC) most often goes with. Used when a
 * letter's own words decide nothing, and for FHIR claims, which carry codes but no letter.
 */
export const carcCategories: Readonly<Record<string, DenialCategory>> = {
  '4': 'coding-error',
  '11': 'coding-error',
  '15': 'prior-authorization',
  '16': 'missing-documentation',
  '18': 'duplicate',
  '22': 'coordination-of-benefits',
  '26': 'eligibility',
  '27': 'eligibility',
  '29': 'timely-filing',
  '50': 'medical-necessity',
  '55': 'experimental',
  '56': 'experimental',
  '96': 'not-covered',
  '119': 'other',
  '197': 'prior-authorization',
  '204': 'not-covered',
  '242': 'out-of-network',
  '252': 'missing-documentation',
};
