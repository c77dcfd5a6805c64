import type { CaseStatus } from './appeal-ladder.js';
import type { Case, CaseKind, CaseSummary } from './case.js';
import { nextDeadlineOf } from '../deadlines/case-deadlines.js';
import type { NoticeStage, Urgency } from '../deadlines/deadline-terms.js';
import type { CaseSort } from './case-input.js';
import type { Kysely } from 'kysely';
import type { CaseRow, Database, Db } from '../storage/schema.js';
import type { DenialCategory, Funding, NetworkType, NoticeType, Program } from './case-terms.js';
import type { UsState } from '../common/us-states.js';
import type { PageKey } from '../common/page-cursor.js';

/** Cases in the database. Small functions taking `db` (or a transaction) first. */

/**
 * Appeal cases only: a second-opinion case shares the table (and the case id its timeline, documents
 * and tasks hang off) but is read by src/opinions/.
 */
const appealKind = 'appeal';

/** Sorts after every real date, so cases without a deadline come last with one index. */
const noDeadline = '9999-12-31';
/** Set by a migration when the rules behind the next deadline changed: recompute at start. */
const staleDeadline = '0000-00-00';

export function caseToRow(c: Case): CaseRow {
  return {
    id: c.id,
    kind: 'appeal',
    owner_id: c.ownerId,
    status: c.status,
    patient_name: c.patient.name,
    patient_date_of_birth: c.patient.dateOfBirth,
    plan_insurer: c.plan.insurer,
    plan_name: c.plan.planName,
    plan_program: c.plan.program,
    plan_funding: c.plan.funding,
    plan_network_type: c.plan.networkType,
    plan_state: c.plan.state,
    plan_member_id: c.plan.memberId,
    plan_group_number: c.plan.groupNumber,
    claim_number: c.claim.claimNumber,
    service_date: c.claim.serviceDate,
    provider_name: c.claim.provider,
    service_description: c.claim.serviceDescription,
    procedure_codes: JSON.stringify(c.claim.procedureCodes),
    diagnosis_codes: JSON.stringify(c.claim.diagnosisCodes),
    amount_billed_cents: c.claim.amountBilledCents,
    patient_responsibility_cents: c.claim.patientResponsibilityCents,
    notice_type: c.denial.noticeType,
    notice_date: c.denial.noticeDate,
    received_date: c.denial.receivedDate,
    denial_category: c.denial.category,
    denial_stated_reason: c.denial.statedReason,
    denial_stated_deadline_days: c.denial.statedDeadlineDays,
    notice_stage: c.denial.noticeStage,
    urgency: c.denial.urgency,
    appeal_filed_at: c.denial.appealFiledAt,
    sort_due: nextDeadlineOf(c) ?? noDeadline,
    version: c.version,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    deleted_at: null,
  };
}

// Values in the database were validated on the way in; the casts restore their domain types.
export function rowToCase(row: CaseRow): Case {
  return {
    id: row.id,
    ownerId: row.owner_id,
    status: row.status as CaseStatus,
    patient: { name: row.patient_name, dateOfBirth: row.patient_date_of_birth },
    plan: {
      insurer: row.plan_insurer,
      planName: row.plan_name,
      program: row.plan_program as Program,
      funding: row.plan_funding as Funding | null,
      networkType: row.plan_network_type as NetworkType | null,
      state: row.plan_state as UsState | null,
      memberId: row.plan_member_id,
      groupNumber: row.plan_group_number,
    },
    claim: {
      claimNumber: row.claim_number,
      serviceDate: row.service_date,
      provider: row.provider_name,
      serviceDescription: row.service_description,
      procedureCodes: JSON.parse(row.procedure_codes) as string[],
      diagnosisCodes: JSON.parse(row.diagnosis_codes) as string[],
      amountBilledCents: row.amount_billed_cents,
      patientResponsibilityCents: row.patient_responsibility_cents,
    },
    denial: {
      noticeType: row.notice_type as NoticeType | null,
      noticeDate: row.notice_date,
      receivedDate: row.received_date,
      category: row.denial_category as DenialCategory | null,
      statedReason: row.denial_stated_reason,
      statedDeadlineDays: row.denial_stated_deadline_days,
      noticeStage: row.notice_stage as NoticeStage | null,
      urgency: row.urgency as Urgency | null,
      appealFiledAt: row.appeal_filed_at,
    },
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function insertCase(db: Db, c: Case): Promise<void> {
  await db.insertInto('cases').values(caseToRow(c)).execute();
}

/** A case by id; a deleted one only when `deleted` asks for deleted cases (to restore one). */
export async function findCase(
  db: Db,
  id: string,
  { deleted = false }: { deleted?: boolean } = {},
): Promise<Case | null> {
  const row = await db
    .selectFrom('cases')
    .selectAll()
    .where('id', '=', id)
    .where('kind', '=', appealKind)
    .where('deleted_at', deleted ? 'is not' : 'is', null)
    .executeTakeFirst();
  return row ? rowToCase(row) : null;
}

/**
 * Writes a changed case if nobody changed it since `expectedVersion` was read.
 * Returns false when someone did (the caller reports a conflict).
 */
export async function updateCase(db: Db, c: Case, expectedVersion: number): Promise<boolean> {
  const { id: _id, created_at: _created, ...changes } = caseToRow(c);
  const result = await db
    .updateTable('cases')
    .set(changes)
    .where('id', '=', c.id)
    .where('kind', '=', appealKind)
    .where('version', '=', expectedVersion)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Deletes a case softly (`deletedAt` a time) or restores it (`deletedAt` null), as a new version,
 * if nobody changed it since it was read. Returns false when someone did.
 */
export async function setCaseDeletedAt(
  db: Db,
  c: Pick<Case, 'id' | 'version'>,
  deletedAt: string | null,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('cases')
    .set({ deleted_at: deletedAt, version: c.version + 1, updated_at: at })
    .where('id', '=', c.id)
    .where('version', '=', c.version)
    .where('deleted_at', deletedAt === null ? 'is not' : 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface CaseListOptions {
  /** Only cases of this owner; null for every case. */
  readonly ownerId: string | null;
  readonly statuses: readonly string[] | undefined;
  /** Deleted cases only (to restore one), instead of the live ones. */
  readonly deleted?: boolean;
  readonly sort: CaseSort;
  readonly limit: number;
  readonly after: PageKey | undefined;
}

/** The columns a list needs: a page of 50 reads these, not every column of every case. */
const summaryColumns = [
  'id',
  'status',
  'patient_name',
  'plan_insurer',
  'plan_program',
  'plan_state',
  'claim_number',
  'service_description',
  'denial_category',
  'notice_date',
  'denial_stated_deadline_days',
  'sort_due',
  'version',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof CaseRow)[];
type SummaryRow = Pick<CaseRow, (typeof summaryColumns)[number]>;

function rowToSummary(row: SummaryRow): CaseSummary {
  return {
    id: row.id,
    status: row.status as CaseStatus,
    patient: { name: row.patient_name },
    plan: {
      insurer: row.plan_insurer,
      program: row.plan_program as Program,
      state: row.plan_state as UsState | null,
    },
    claim: { claimNumber: row.claim_number, serviceDescription: row.service_description },
    denial: {
      category: row.denial_category as DenialCategory | null,
      noticeDate: row.notice_date,
      statedDeadlineDays: row.denial_stated_deadline_days,
    },
    nextDeadline:
      row.sort_due === noDeadline || row.sort_due === staleDeadline ? null : row.sort_due,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** One page of cases, with the key to fetch the next page (keyset pagination: stable and fast). */
export async function listCases(
  db: Db,
  { ownerId, statuses, deleted = false, sort, limit, after }: CaseListOptions,
): Promise<{ cases: CaseSummary[]; next: PageKey | null }> {
  const sortColumn = sort === 'next-deadline' ? 'sort_due' : 'updated_at';
  const direction = sort === 'next-deadline' ? 'asc' : 'desc';
  let query = db
    .selectFrom('cases')
    .select(summaryColumns)
    .where('kind', '=', appealKind)
    .where('deleted_at', deleted ? 'is not' : 'is', null);
  if (ownerId !== null) query = query.where('owner_id', '=', ownerId);
  if (statuses && statuses.length > 0) query = query.where('status', 'in', statuses);
  if (after) {
    query = query.where((eb) =>
      eb(
        eb.refTuple(sortColumn, 'id'),
        direction === 'asc' ? '>' : '<',
        eb.tuple(after.key, after.id),
      ),
    );
  }
  const rows = await query
    .orderBy(sortColumn, direction)
    .orderBy('id', direction)
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    cases: page.map(rowToSummary),
    next: rows.length > limit && last ? { key: last[sortColumn], id: last.id } : null,
  };
}

/** Cases that can still move (not paid, closed or withdrawn), for deadlines across cases. */
export async function listOpenCases(db: Db, ownerId: string | null): Promise<Case[]> {
  let query = db
    .selectFrom('cases')
    .selectAll()
    .where('kind', '=', appealKind)
    .where('deleted_at', 'is', null)
    .where('status', 'not in', ['paid', 'closed', 'withdrawn']);
  if (ownerId !== null) query = query.where('owner_id', '=', ownerId);
  const rows = await query.orderBy('sort_due').orderBy('id').execute();
  return rows.map(rowToCase);
}

/**
 * Recomputes the next deadline of cases a migration marked stale, a page at a time, each page in
 * one transaction. Runs when the program opens its database; does nothing when none is marked.
 */
export async function refreshStaleNextDeadlines(
  db: Kysely<Database>,
  pageSize = 500,
): Promise<number> {
  let refreshed = 0;
  for (;;) {
    const rows = await db
      .selectFrom('cases')
      .selectAll()
      .where('kind', '=', appealKind)
      .where('sort_due', '=', staleDeadline)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) return refreshed;
    await db.transaction().execute(async (trx) => {
      for (const row of rows) {
        await trx
          .updateTable('cases')
          .set({ sort_due: caseToRow(rowToCase(row)).sort_due })
          .where('id', '=', row.id)
          .execute();
      }
    });
    refreshed += rows.length;
  }
}

/** What every kind of case has: enough to check access, date things and name the patient. */
export interface CaseShell {
  readonly id: string;
  readonly kind: CaseKind;
  readonly ownerId: string;
  readonly patient: Pick<Case['patient'], 'name'>;
  readonly plan: Pick<Case['plan'], 'state'>;
  readonly version: number;
}

/** A case of any kind by id, for what all kinds share (timeline, documents, tasks, letters). */
export async function findCaseShell(
  db: Db,
  id: string,
  { deleted = false }: { deleted?: boolean } = {},
): Promise<CaseShell | null> {
  const row = await db
    .selectFrom('cases')
    .select(['id', 'kind', 'owner_id', 'patient_name', 'plan_state', 'version'])
    .where('id', '=', id)
    .where('deleted_at', deleted ? 'is not' : 'is', null)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        kind: row.kind as CaseKind,
        ownerId: row.owner_id,
        patient: { name: row.patient_name },
        plan: { state: row.plan_state as UsState | null },
        version: row.version,
      }
    : null;
}
