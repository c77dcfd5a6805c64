import type { Kysely } from 'kysely';

/**
 * The database's tables as Kysely sees them. Row types stay inside storage: repositories map them to
 * and from domain types. Both dialects store the same shapes: ids are text made in app code,
 * timestamps are ISO 8601 text in UTC, dates are `YYYY-MM-DD` text, lists are JSON text, money is
 * whole cents.
 */
export interface Database {
  cases: CaseRow;
  timeline_events: TimelineEventRow;
  documents: DocumentRow;
  intake_drafts: IntakeDraftRow;
  letters: LetterRow;
  packets: PacketRow;
}

export interface CaseRow {
  id: string;
  owner_id: string;
  status: string;
  patient_name: string;
  patient_date_of_birth: string | null;
  plan_insurer: string;
  plan_name: string | null;
  plan_program: string;
  plan_funding: string | null;
  plan_network_type: string | null;
  plan_state: string | null;
  plan_member_id: string | null;
  plan_group_number: string | null;
  claim_number: string | null;
  service_date: string | null;
  provider_name: string | null;
  service_description: string | null;
  /** JSON array of strings. */
  procedure_codes: string;
  /** JSON array of strings. */
  diagnosis_codes: string;
  amount_billed_cents: number | null;
  patient_responsibility_cents: number | null;
  notice_type: string | null;
  notice_date: string | null;
  received_date: string | null;
  denial_category: string | null;
  denial_stated_reason: string | null;
  denial_stated_deadline_days: number | null;
  notice_stage: string | null;
  urgency: string | null;
  appeal_filed_at: string | null;
  /** The next deadline, kept for sorting; '9999-12-31' when there is none, so one index serves. */
  sort_due: string;
  version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface TimelineEventRow {
  id: string;
  case_id: string;
  at: string;
  actor_id: string;
  actor_name: string;
  type: string;
  /** JSON object with the event's own fields. */
  data: string;
}

export interface DocumentRow {
  id: string;
  case_id: string | null;
  sha256: string;
  media_type: string;
  size_bytes: number;
  original_name: string | null;
  content: Uint8Array;
  created_at: string;
  created_by: string;
  deleted_at: string | null;
}

export interface IntakeDraftRow {
  id: string;
  owner_id: string;
  document_id: string;
  /** JSON: the document's text and the fields read from it (`IntakeReading`). */
  reading: string;
  created_at: string;
  confirmed_at: string | null;
  deleted_at: string | null;
}

export interface LetterRow {
  id: string;
  case_id: string;
  kind: string;
  lang: string;
  /** 1, 2, … per case and kind: each save is a new version. */
  version: number;
  /** JSON: the `LetterDocument` as saved. */
  document: string;
  created_at: string;
  created_by: string;
}

export interface PacketRow {
  id: string;
  case_id: string;
  /** The cover letter (one saved version). */
  letter_id: string;
  pages: number;
  /** JSON: the exhibit index (title, date, first and last page of each). */
  exhibits: string;
  sha256: string;
  content: Uint8Array;
  created_at: string;
  created_by: string;
}

/** The database, or a transaction on it (a transaction is a Kysely too), for repositories. */
export type Db = Kysely<Database>;
