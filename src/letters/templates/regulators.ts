import type { Funding, Program } from '../../cases/case-terms.js';
import type { UsState } from '../../common/us-states.js';
import { stateHelpRecords } from '../../state-help/state-help-data.js';

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
 * Every state's and DC's agencies come from the state-help directory (src/state-help/, generated
 * from shared/data/state-help, curated by the Fight Health Insurance project, 2026-08, Apache-2.0;
 * attribution in NOTICE), with two hand-checked exceptions below. The 1-800-MEDICARE number is
 * from the same directory's national block. EBSA's toll-free line (1-866-444-3272,
 * askebsa.dol.gov) is from dol.gov as generally published; not read in shared/ — verify before
 * relying on it. A territory the directory lacks falls back to "your state's department of
 * insurance" / "Medicaid agency".
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

/**
 * Hand-checked exceptions to the directory: California has two regulators, and the case does not
 * say which (HMOs and most Covered California plans answer to DMHC, insured PPOs to CDI;
 * appeal-rules.md §2d), so both are named and the guidance says how to pick; Florida's insurance
 * complaints are taken by the Department of Financial Services (the Office of Insurance Regulation,
 * the directory's entry, licenses insurers; its complaint link points to DFS).
 */
const insuranceExceptions: Partial<Record<UsState, StateAgency>> = {
  CA: {
    name: 'California Department of Managed Health Care',
    alternative: 'California Department of Insurance',
    phone: null,
    website: null,
  },
  FL: {
    name: 'Florida Department of Financial Services, Division of Consumer Services',
    alternative: null,
    phone: '877-693-5236',
    website: 'https://www.myfloridacfo.com/Division/Consumers/needourhelp.htm',
  },
};

/** The state's insurance regulator, from the directory: its consumer line and complaint page. */
function stateInsurance(state: UsState): StateAgency | null {
  const exception = insuranceExceptions[state];
  if (exception) return exception;
  const department = stateHelpRecords[state]?.insuranceDepartment;
  if (!department) return null;
  return {
    name: department.name,
    alternative: null,
    phone: department.phone ?? department.officePhone,
    website: department.complaintUrl ?? department.url,
  };
}

/** The state's Medicaid agency, and its managed-care ombudsman where the directory has one. */
function stateMedicaid(state: UsState): StateAgency | null {
  const record = stateHelpRecords[state];
  if (!record) return null;
  const ombudsman = record.medicaidOmbudsman;
  return {
    name: record.medicaid.name,
    alternative: ombudsman?.name ?? null,
    phone: ombudsman?.phone ?? record.medicaid.phone,
    website: ombudsman?.url ?? record.medicaid.url,
  };
}

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
  find: (state: UsState) => StateAgency | null,
  state: UsState | null,
): Regulator {
  const agency = state ? find(state) : null;
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
