import type { NetworkType } from '../cases/case-terms.js';
import type { UsState } from '../common/us-states.js';
import type { CaseRow, Db, OpinionRow, SecondOpinionRow } from '../storage/schema.js';
import type { Match, Opinion, OpinionUrgency, Ratings } from './opinion.js';
import type {
  CheckAnswers,
  ConditionKind,
  CoverageProgram,
  Goal,
  QuestionKind,
  ReferralStatus,
  SecondOpinionCase,
  SecondOpinionStatus,
  SecondOpinionSummary,
  VisitQuestion,
} from './second-opinion.js';

/**
 * Second-opinion cases and their opinions in the database. The case's shared part is a `cases` row
 * of kind `second-opinion` (patient, plan, status, version); the rest is in `second_opinions`.
 */

const kind = 'second-opinion';
/** Second-opinion cases have no appeal deadline; they sort after every case that has one. */
const noDeadline = '9999-12-31';

function caseRowOf(sc: SecondOpinionCase): CaseRow {
  return {
    id: sc.id,
    kind,
    owner_id: sc.ownerId,
    status: sc.status,
    patient_name: sc.patient.name,
    patient_date_of_birth: sc.patient.dateOfBirth,
    // Empty when the person does not know their insurer yet (the column is shared with appeals).
    plan_insurer: sc.coverage.insurer ?? '',
    plan_name: null,
    plan_program: sc.coverage.program,
    plan_funding: null,
    plan_network_type: sc.coverage.networkType,
    plan_state: sc.coverage.state,
    plan_member_id: sc.coverage.memberId,
    plan_group_number: null,
    claim_number: null,
    service_date: null,
    provider_name: null,
    service_description: null,
    procedure_codes: '[]',
    diagnosis_codes: '[]',
    amount_billed_cents: null,
    patient_responsibility_cents: null,
    notice_type: null,
    notice_date: null,
    received_date: null,
    denial_category: null,
    denial_stated_reason: null,
    denial_stated_deadline_days: null,
    notice_stage: null,
    urgency: null,
    appeal_filed_at: null,
    sort_due: noDeadline,
    version: sc.version,
    created_at: sc.createdAt,
    updated_at: sc.updatedAt,
    deleted_at: null,
  };
}

function detailRowOf(sc: SecondOpinionCase): SecondOpinionRow {
  return {
    case_id: sc.id,
    question: sc.question,
    question_kind: sc.questionKind,
    condition: sc.condition,
    condition_kind: sc.conditionKind,
    goals: JSON.stringify(sc.goals),
    goals_note: sc.goalsNote,
    check_answers: sc.check ? JSON.stringify(sc.check) : null,
    primary_doctor: sc.coverage.primaryDoctor,
    referral_status: sc.referral.status,
    referral_appeal_case_id: sc.referral.appealCaseId,
    questions: JSON.stringify(sc.questions),
  };
}

type JoinedRow = CaseRow & SecondOpinionRow;

// Values in the database were validated on the way in; the casts restore their domain types.
function rowToSecondOpinion(row: JoinedRow): SecondOpinionCase {
  return {
    id: row.id,
    ownerId: row.owner_id,
    status: row.status as SecondOpinionStatus,
    patient: { name: row.patient_name, dateOfBirth: row.patient_date_of_birth },
    question: row.question,
    questionKind: row.question_kind as QuestionKind,
    condition: row.condition,
    conditionKind: row.condition_kind as ConditionKind | null,
    goals: JSON.parse(row.goals) as Goal[],
    goalsNote: row.goals_note,
    check: row.check_answers ? (JSON.parse(row.check_answers) as CheckAnswers) : null,
    coverage: {
      insurer: row.plan_insurer || null,
      program: row.plan_program as CoverageProgram,
      networkType: row.plan_network_type as NetworkType | null,
      state: row.plan_state as UsState | null,
      memberId: row.plan_member_id,
      primaryDoctor: row.primary_doctor,
    },
    referral: {
      status: row.referral_status as ReferralStatus | null,
      appealCaseId: row.referral_appeal_case_id,
    },
    questions: JSON.parse(row.questions) as VisitQuestion[],
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function insertSecondOpinion(db: Db, sc: SecondOpinionCase): Promise<void> {
  await db.insertInto('cases').values(caseRowOf(sc)).execute();
  await db.insertInto('second_opinions').values(detailRowOf(sc)).execute();
}

function joined(db: Db) {
  return db
    .selectFrom('cases')
    .innerJoin('second_opinions', 'second_opinions.case_id', 'cases.id')
    .selectAll()
    .where('cases.kind', '=', kind);
}

/** A second-opinion case by id; a deleted one only when `deleted` asks for it (to restore it). */
export async function findSecondOpinion(
  db: Db,
  id: string,
  { deleted = false }: { deleted?: boolean } = {},
): Promise<SecondOpinionCase | null> {
  const row = await joined(db)
    .where('cases.id', '=', id)
    .where('cases.deleted_at', deleted ? 'is not' : 'is', null)
    .executeTakeFirst();
  return row ? rowToSecondOpinion(row) : null;
}

/** Writes a changed case if nobody changed it since `expectedVersion`; false when someone did. */
export async function updateSecondOpinion(
  db: Db,
  sc: SecondOpinionCase,
  expectedVersion: number,
): Promise<boolean> {
  const { id: _id, created_at: _created, kind: _kind, ...changes } = caseRowOf(sc);
  const result = await db
    .updateTable('cases')
    .set(changes)
    .where('id', '=', sc.id)
    .where('kind', '=', kind)
    .where('version', '=', expectedVersion)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  const { case_id: _caseId, ...details } = detailRowOf(sc);
  await db.updateTable('second_opinions').set(details).where('case_id', '=', sc.id).execute();
  return true;
}

/** The person's second-opinion cases, most recently changed first. */
export async function listSecondOpinions(
  db: Db,
  { ownerId, deleted = false }: { ownerId: string | null; deleted?: boolean },
): Promise<SecondOpinionSummary[]> {
  let query = db
    .selectFrom('cases')
    .innerJoin('second_opinions', 'second_opinions.case_id', 'cases.id')
    .select((eb) => [
      'cases.id',
      'cases.status',
      'cases.patient_name',
      'second_opinions.question',
      'cases.version',
      'cases.created_at',
      'cases.updated_at',
      eb
        .selectFrom('opinions')
        .select((o) => o.fn.countAll<number | string>().as('n'))
        .whereRef('opinions.case_id', '=', 'cases.id')
        .where('opinions.deleted_at', 'is', null)
        .as('opinion_count'),
    ])
    .where('cases.kind', '=', kind)
    .where('cases.deleted_at', deleted ? 'is not' : 'is', null);
  if (ownerId !== null) query = query.where('cases.owner_id', '=', ownerId);
  const rows = await query
    .orderBy('cases.updated_at', 'desc')
    .orderBy('cases.id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    status: row.status as SecondOpinionStatus,
    patient: { name: row.patient_name },
    question: row.question,
    // Postgres counts as bigint, which pg returns as a string.
    opinionCount: Number(row.opinion_count ?? 0),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

function opinionRowOf(o: Opinion): OpinionRow {
  return {
    id: o.id,
    case_id: o.caseId,
    position: o.position,
    doctor: o.doctor,
    specialty: o.specialty,
    focus: o.focus,
    institution: o.institution,
    same_group_as_first: o.sameGroupAsFirst ? 1 : 0,
    referred_by_first: o.referredByFirst ? 1 : 0,
    visit_date: o.date,
    diagnosis: o.diagnosis,
    diagnosis_code: o.diagnosisCode,
    treatment: o.treatment,
    alternatives: o.alternatives,
    risks_and_benefits: o.risksAndBenefits,
    urgency: o.urgency,
    reasoning: o.reasoning,
    tests_ordered: o.testsOrdered,
    ratings: JSON.stringify(o.ratings),
    diagnosis_matches_first: o.diagnosisMatchesFirst,
    treatment_matches_first: o.treatmentMatchesFirst,
    notes: o.notes,
    created_at: o.createdAt,
    updated_at: o.updatedAt,
    deleted_at: null,
  };
}

function rowToOpinion(row: OpinionRow): Opinion {
  return {
    id: row.id,
    caseId: row.case_id,
    position: row.position,
    doctor: row.doctor,
    specialty: row.specialty,
    focus: row.focus,
    institution: row.institution,
    sameGroupAsFirst: row.same_group_as_first === 1,
    referredByFirst: row.referred_by_first === 1,
    date: row.visit_date,
    diagnosis: row.diagnosis,
    diagnosisCode: row.diagnosis_code,
    treatment: row.treatment,
    alternatives: row.alternatives,
    risksAndBenefits: row.risks_and_benefits,
    urgency: row.urgency as OpinionUrgency | null,
    reasoning: row.reasoning,
    testsOrdered: row.tests_ordered,
    ratings: JSON.parse(row.ratings) as Ratings,
    diagnosisMatchesFirst: row.diagnosis_matches_first as Match,
    treatmentMatchesFirst: row.treatment_matches_first as Match,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The place the next opinion takes: after every one ever added (removed ones keep theirs). */
export async function nextOpinionPosition(db: Db, caseId: string): Promise<number> {
  const row = await db
    .selectFrom('opinions')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export async function insertOpinion(db: Db, o: Opinion): Promise<void> {
  await db.insertInto('opinions').values(opinionRowOf(o)).execute();
}

/** A case's opinions in order (the first doctor's first); removed ones left out. */
export async function listOpinions(db: Db, caseId: string): Promise<Opinion[]> {
  const rows = await db
    .selectFrom('opinions')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('deleted_at', 'is', null)
    .orderBy('position')
    .execute();
  return rows.map(rowToOpinion);
}

export async function updateOpinion(db: Db, o: Opinion): Promise<void> {
  const { id: _id, case_id: _caseId, created_at: _created, ...changes } = opinionRowOf(o);
  await db
    .updateTable('opinions')
    .set(changes)
    .where('id', '=', o.id)
    .where('case_id', '=', o.caseId)
    .execute();
}

/** Removes an opinion softly (kept, hidden), so a slip of the finger loses nothing. */
export async function removeOpinion(db: Db, o: Opinion, at: string): Promise<void> {
  await db
    .updateTable('opinions')
    .set({ deleted_at: at, updated_at: at })
    .where('id', '=', o.id)
    .where('case_id', '=', o.caseId)
    .execute();
}
