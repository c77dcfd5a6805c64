import type { Funding, Program } from '../../cases/case-terms.js';
import type { UsState } from '../../common/us-states.js';

/**
 * Who hears a complaint about a health plan, by program and funding:
 * - insured job-based plans and every individual-market plan: the state's insurance regulator;
 * - self-funded job-based plans (ERISA): the U.S. Department of Labor's Employee Benefits Security
 *   Administration (EBSA), since ERISA preempts state insurance law for them;
 * - Medicare Advantage: Medicare itself (1-800-MEDICARE, which also reaches the Medicare
 *   Beneficiary Ombudsman);
 * - Medicaid managed care: the state Medicaid agency and its managed-care ombudsman.
 * A job-based plan whose funding is unknown goes to the state, with a note to use EBSA instead if
 * the plan turns out to be self-funded.
 *
 * State names, phone lines and the Medicaid ombudsman rows for the states that
 * src/deadlines/state-deadline-rules.ts covers (CA, FL, IL, NY, PA, TX) are derived from
 * shared/data/state-help/state_help.json, curated by the Fight Health Insurance project (2026-08),
 * Apache-2.0 — the attribution must travel with the data (NOTICE). The 1-800-MEDICARE number is
 * from the same file's national block. EBSA's toll-free line (1-866-444-3272, askebsa.dol.gov) is
 * from dol.gov as generally published; not read in shared/ — verify before relying on it. Every
 * other state falls back to "your state's department of insurance" / "Medicaid agency".
 */

export type RegulatorKind = 'state-insurance' | 'ebsa' | 'medicare' | 'state-medicaid';

export interface Regulator {
  readonly kind: RegulatorKind;
  /** The agency's name, as printed in the recipient block. Agencies' names are not translated. */
  readonly name: string;
  /** A second office that may hear the complaint instead (California's two regulators). */
  readonly alternative: string | null;
  readonly phone: string | null;
  /** Where to file online, when the agency prefers it. */
  readonly website: string | null;
  /** True when this is the generic fallback, not a named agency. */
  readonly generic: boolean;
}

type StateAgency = Pick<Regulator, 'name' | 'alternative' | 'phone' | 'website'>;

const stateInsurance: Partial<Record<UsState, StateAgency>> = {
  // Two regulators: HMOs and most Covered California plans answer to DMHC, insured PPOs to CDI
  // (appeal-rules.md §2d; state-deadline-rules.ts). The case does not say which, so both are named.
  CA: {
    name: 'California Department of Managed Health Care',
    alternative: 'California Department of Insurance',
    // No phone or site: there are two offices, and the guidance says how to pick one.
    phone: null,
    website: null,
  },
  // Florida's insurance complaints are taken by the Department of Financial Services (the Office
  // of Insurance Regulation licenses insurers); state_help.json's complaint_url points there.
  FL: {
    name: 'Florida Department of Financial Services, Division of Consumer Services',
    alternative: null,
    phone: '877-693-5236',
    website: 'https://www.myfloridacfo.com/Division/Consumers/needourhelp.htm',
  },
  IL: {
    name: 'Illinois Department of Insurance',
    alternative: null,
    phone: '866-445-5364',
    website: 'https://idoi.illinois.gov/consumers/file-a-complaint.html',
  },
  NY: {
    name: 'New York State Department of Financial Services',
    alternative: null,
    phone: '800-342-3736',
    website: 'https://www.dfs.ny.gov/consumers/file_complaint',
  },
  PA: {
    name: 'Pennsylvania Insurance Department',
    alternative: null,
    phone: '877-881-6388',
    website: 'https://www.insurance.pa.gov/Consumers/pages/complaint.aspx',
  },
  TX: {
    name: 'Texas Department of Insurance',
    alternative: null,
    phone: '800-252-3439',
    website: 'https://www.tdi.texas.gov/consumer/complfrm.html',
  },
};

const stateMedicaid: Partial<Record<UsState, StateAgency>> = {
  CA: {
    name: 'California Department of Health Care Services (Medi-Cal)',
    alternative: 'Medi-Cal Managed Care Office of the Ombudsman',
    phone: '888-452-8609',
    website: 'https://www.dhcs.ca.gov/services/medi-cal/Pages/MMCDOmbudsman.aspx',
  },
  FL: {
    name: 'Agency for Health Care Administration (Florida Medicaid)',
    alternative: 'Florida Medicaid Ombudsman Program',
    phone: '877-254-1055',
    website: 'https://ahca.myflorida.com/medicaid/florida-medicaid-complaints',
  },
  IL: {
    name: 'Illinois Department of Healthcare and Family Services',
    alternative: 'Illinois Medicaid Managed Care Ombudsman',
    phone: '877-912-8880',
    website: 'https://hfs.illinois.gov/',
  },
  NY: {
    name: 'New York State Department of Health (Medicaid)',
    alternative: 'NY Medicaid Managed Care Hotline',
    phone: '800-206-8125',
    website: 'https://www.health.ny.gov/health_care/managed_care/',
  },
  PA: {
    name: 'Pennsylvania Department of Human Services (Medical Assistance)',
    alternative: null,
    phone: '877-395-8930',
    website: 'https://www.dhs.pa.gov/Services/Assistance/Pages/Medical-Assistance.aspx',
  },
  TX: {
    name: 'Texas Health and Human Services Commission (Texas Medicaid)',
    alternative: 'Texas HHS Office of the Ombudsman - Managed Care Assistance',
    phone: '866-566-8989',
    website:
      'https://www.hhs.texas.gov/contact/complaints-appeals/hhs-office-ombudsman/ombudsman-managed-care-help',
  },
};

const ebsa: Regulator = {
  kind: 'ebsa',
  name: 'U.S. Department of Labor, Employee Benefits Security Administration',
  alternative: null,
  phone: '1-866-444-3272',
  website: 'https://askebsa.dol.gov',
  generic: false,
};

const medicare: Regulator = {
  kind: 'medicare',
  name: 'Medicare (1-800-MEDICARE), Medicare Beneficiary Ombudsman',
  alternative: null,
  phone: '1-800-633-4227',
  website: 'https://www.medicare.gov',
  generic: false,
};

function fromState(
  kind: 'state-insurance' | 'state-medicaid',
  table: Partial<Record<UsState, StateAgency>>,
  state: UsState | null,
): Regulator {
  const agency = state ? table[state] : undefined;
  if (agency) return { kind, ...agency, generic: false };
  return {
    kind,
    name: kind === 'state-insurance' ? 'State Department of Insurance' : 'State Medicaid Agency',
    alternative: null,
    phone: null,
    website: null,
    generic: true,
  };
}

/** The agency a complaint about this plan goes to. */
export function regulatorFor(plan: {
  readonly program: Program;
  readonly funding: Funding | null;
  readonly state: UsState | null;
}): Regulator {
  switch (plan.program) {
    case 'medicare-advantage':
      return medicare;
    case 'medicaid-managed-care':
      return fromState('state-medicaid', stateMedicaid, plan.state);
    case 'employer-group':
      return plan.funding === 'self-funded'
        ? ebsa
        : fromState('state-insurance', stateInsurance, plan.state);
    case 'individual-market':
      return fromState('state-insurance', stateInsurance, plan.state);
  }
}
