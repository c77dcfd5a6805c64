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
  state_help_corrections: StateHelpCorrectionRow;
  calls: CallRow;
  tasks: TaskRow;
  evidence_marks: EvidenceMarkRow;
  outcomes: OutcomeRow;
  second_opinions: SecondOpinionRow;
  opinions: OpinionRow;
}

export interface CaseRow {
  id: string;
  /** 'appeal' or 'second-opinion': what the case is for. */
  kind: string;
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
  /** A `DocumentType` id; 'other' when the person did not say. */
  doc_type: string;
  title: string | null;
  /** The date on the paper, `YYYY-MM-DD`. */
  document_date: string | null;
  /** The earlier version this one replaces (both are kept). */
  replaces_id: string | null;
  deleted_by: string | null;
}

/** A checklist item ticked by hand ("no prior authorization was needed"); unticking is soft. */
export interface EvidenceMarkRow {
  id: string;
  case_id: string;
  item_key: string;
  /** 'done' | 'not-needed'. */
  state: string;
  note: string | null;
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

export interface CallRow {
  id: string;
  case_id: string;
  /** When the call happened: ISO 8601 in UTC. */
  at: string;
  direction: string;
  party_kind: string;
  with_party: string;
  person_name: string | null;
  person_id: string | null;
  reference: string | null;
  /** The question the call was about, normalized, so repeated calls on it group together. */
  topic: string;
  summary: string;
  promised: string | null;
  promised_by: string | null;
  outcome: string | null;
  created_at: string;
  created_by: string;
  deleted_at: string | null;
}

export interface TaskRow {
  id: string;
  case_id: string;
  kind: string;
  title: string;
  /** `YYYY-MM-DD`. */
  due: string;
  source_call_id: string | null;
  done_at: string | null;
  done_by: string | null;
  created_at: string;
  created_by: string;
  deleted_at: string | null;
}

export interface StateHelpCorrectionRow {
  id: string;
  /** USPS code. */
  state: string;
  /** Which field of which entry: `insuranceDepartment.phone`, `medicaid.ombudsman.url` … */
  entry_key: string;
  value: string;
  note: string | null;
  created_at: string;
  created_by: string;
  created_by_name: string;
  deleted_at: string | null;
}

/** A decision on a case (at a level of its appeal ladder) or a payment (`level` null). */
export interface OutcomeRow {
  id: string;
  case_id: string;
  level: string | null;
  /** 'overturned' | 'partly-overturned' | 'upheld' | 'paid'. */
  decision: string;
  /** `YYYY-MM-DD`. */
  decided_on: string;
  decided_by: string;
  amount_paid_cents: number | null;
  reference: string | null;
  note: string | null;
  created_at: string;
  created_by: string;
  deleted_at: string | null;
}

/** What only a second-opinion case has (its `cases` row holds the patient, the plan and the status). */
export interface SecondOpinionRow {
  case_id: string;
  question: string;
  question_kind: string;
  condition: string | null;
  condition_kind: string | null;
  /** JSON array of goal ids. */
  goals: string;
  goals_note: string | null;
  /** JSON `{ reasons, emergency, wantsOne }`, or null before the check. */
  check_answers: string | null;
  primary_doctor: string | null;
  referral_status: string | null;
  referral_appeal_case_id: string | null;
  /** JSON array of `{ id, text, source, answer }`. */
  questions: string;
}

/** One doctor's opinion on a second-opinion case. Booleans are 0 or 1 on both dialects. */
export interface OpinionRow {
  id: string;
  case_id: string;
  position: number;
  doctor: string;
  specialty: string | null;
  focus: string | null;
  institution: string;
  same_group_as_first: number;
  referred_by_first: number;
  visit_date: string | null;
  diagnosis: string | null;
  diagnosis_code: string | null;
  treatment: string | null;
  alternatives: string | null;
  risks_and_benefits: string | null;
  urgency: string | null;
  reasoning: string | null;
  tests_ordered: string | null;
  /** JSON `{ listened, explained, consideredValues, confidence }`, each 1–5 or null. */
  ratings: string;
  diagnosis_matches_first: string | null;
  treatment_matches_first: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** The database, or a transaction on it (a transaction is a Kysely too), for repositories. */
export type Db = Kysely<Database>;
