import type { CaseStatus } from './appeal-ladder.js';
import type { DenialCategory, Funding, NetworkType, NoticeType, Program } from './case-terms.js';
import type { UsState } from '../common/us-states.js';
import type { NoticeStage, Urgency } from '../deadlines/deadline-terms.js';

/** What a case is for: an appeal of a denial, or a second opinion (src/opinions/). */
export type CaseKind = 'appeal' | 'second-opinion';

/** An appeal case: one denial, and everything done to overturn it. */
export interface Case {
  readonly id: string;
  /** The person this case belongs to (the local owner on a laptop; an advocate on a server). */
  readonly ownerId: string;
  readonly status: CaseStatus;
  readonly patient: Patient;
  readonly plan: Plan;
  readonly claim: Claim;
  readonly denial: Denial;
  /** Changes by one on every write, so two people editing at once cannot overwrite each other. */
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface Patient {
  readonly name: string;
  readonly dateOfBirth: string | null;
}

export interface Plan {
  readonly insurer: string;
  readonly planName: string | null;
  readonly program: Program;
  readonly funding: Funding | null;
  readonly networkType: NetworkType | null;
  readonly state: UsState | null;
  readonly memberId: string | null;
  readonly groupNumber: string | null;
}

/** What was denied. Amounts are whole cents, so money is never rounded by floating point. */
export interface Claim {
  readonly claimNumber: string | null;
  readonly serviceDate: string | null;
  readonly provider: string | null;
  readonly serviceDescription: string | null;
  readonly procedureCodes: readonly string[];
  readonly diagnosisCodes: readonly string[];
  readonly amountBilledCents: number | null;
  readonly patientResponsibilityCents: number | null;
}

export interface Denial {
  readonly noticeType: NoticeType | null;
  /** The date printed on the notice. */
  readonly noticeDate: string | null;
  /** The day the person got the notice, when they know it. */
  readonly receivedDate: string | null;
  readonly category: DenialCategory | null;
  /** The insurer's reason, in its own words. */
  readonly statedReason: string | null;
  /** The number of days the notice itself gives to appeal, when it gives one. */
  readonly statedDeadlineDays: number | null;
  /** Where the notice stands on the ladder; when not given, read from the notice type. */
  readonly noticeStage: NoticeStage | null;
  /** How fast the care is needed; when not given, read from the notice type where it can be. */
  readonly urgency: Urgency | null;
  /** When the plan got the appeal (`YYYY-MM-DD`, or a date-time for urgent appeals). */
  readonly appealFiledAt: string | null;
}

/** What a list of cases shows of each: enough to recognize it, see where it stands and what is due. */
export interface CaseSummary {
  readonly id: string;
  readonly status: CaseStatus;
  readonly patient: Pick<Patient, 'name'>;
  readonly plan: Pick<Plan, 'insurer' | 'program' | 'state'>;
  readonly claim: Pick<Claim, 'claimNumber' | 'serviceDescription'>;
  readonly denial: Pick<Denial, 'category' | 'noticeDate' | 'statedDeadlineDays'>;
  /** The soonest deadline of the person's not yet met (computed when the case is written). */
  readonly nextDeadline: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The parts of a case a person describes (everything but identity, status and bookkeeping). */
export type CaseDetails = Pick<Case, 'patient' | 'plan' | 'claim' | 'denial'>;

/** Rules that involve more than one field; returns the first broken one. */
export function findInconsistency(details: CaseDetails): { field: string; message: string } | null {
  const { noticeDate, receivedDate } = details.denial;
  if (noticeDate && receivedDate && receivedDate < noticeDate) {
    return {
      field: 'denial.receivedDate',
      message: `the date you received the notice (${receivedDate}) is before the date printed on it (${noticeDate}); check both dates`,
    };
  }
  const { appealFiledAt, noticeStage, noticeType } = details.denial;
  if (noticeDate && appealFiledAt && appealFiledAt.slice(0, 10) < noticeDate) {
    return {
      field: 'denial.appealFiledAt',
      message: `the appeal (${appealFiledAt}) cannot come before the notice it answers (${noticeDate}); check both dates`,
    };
  }
  if (noticeType === 'final-internal-appeal-denial' && noticeStage === 'initial-denial') {
    return {
      field: 'denial.noticeStage',
      message:
        'the notice type says this is the final denial after an appeal, but the notice is marked as a first denial; change one of them',
    };
  }
  return null;
}
