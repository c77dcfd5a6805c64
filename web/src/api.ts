import type { z } from 'zod';
import { currentLang } from './i18n/language.js';
import { messagesFor } from './i18n/messages.js';
import type { caseCreateInput, casePatchInput } from '../../src/cases/case-input.js';
import type { CaseSummaryView, CaseView } from '../../src/cases/case-presenter.js';
import type {
  caseDeadlinesView,
  deadlineOfCaseView,
} from '../../src/deadlines/deadline-presenter.js';
import type { documentView } from '../../src/documents/document-presenter.js';
import type { documentPatchInput } from '../../src/documents/document-input.js';
import type { ChecklistView } from '../../src/evidence/evidence-presenter.js';
import type { DraftSummaryView, DraftView } from '../../src/intake/intake-presenter.js';
import type { letterRequest, packetRequest } from '../../src/letters/letter-input.js';
import type {
  guidanceView,
  letterPreviewView,
  LetterView,
  packetView,
} from '../../src/letters/letter-presenter.js';
import type { correctionRequest } from '../../src/state-help/state-help-input.js';
import type { CorrectionView, StateHelpView } from '../../src/state-help/state-help-presenter.js';
import type { TimelineEventView } from '../../src/timeline/timeline-presenter.js';
import type { NextStepView } from '../../src/journey/journey-presenter.js';
import type { callInput } from '../../src/calls/call-input.js';
import type { callLogView, loggedCallView } from '../../src/calls/call-presenter.js';
import type { manualTaskInput } from '../../src/tasks/task-input.js';
import type { TaskView } from '../../src/tasks/task-presenter.js';
import type { outcomeInput } from '../../src/outcomes/outcome-input.js';
import type { OutcomeView } from '../../src/outcomes/outcome-presenter.js';
import type { VisitQuestion } from '../../src/opinions/second-opinion.js';
import type { Comparison, Opinion } from '../../src/opinions/opinion.js';
import type {
  secondOpinionListView,
  secondOpinionView,
} from '../../src/opinions/opinion-presenter.js';
import type {
  checkRequest,
  newSecondOpinionInput,
  opinionInput,
  opinionLetterRequest,
  secondOpinionChangeInput,
  visitQuestionInput,
} from '../../src/opinions/opinion-input.js';
import type { Recommendation } from '../../src/opinions/should-i-get-one.js';
import type { CoverageRule, CoverageStep } from '../../src/opinions/coverage-rules.js';

/**
 * The web app's only door to the server. Types come from the server's own schemas (type-only
 * imports, so nothing of the server lands in the bundle); errors become `ApiError`s that carry the
 * server's plain message and, when one field is at fault, its dotted path (`plan.program`).
 */
export type { CaseSummaryView, CaseView, TimelineEventView };
/** Who helps with a denial in the case's state, each entry with its source, date and local fixes. */
export type StateHelp = StateHelpView;
export type StateHelpCorrection = CorrectionView;
export type StateHelpCorrectionRequest = z.input<typeof correctionRequest>;
/** The one next thing to do on a case, with why, by when, and the page that does it. */
export type NextStep = NextStepView;
/** A case's deadlines: soonest first, each open, done or missed; `missing` names what is lacking. */
export type CaseDeadlines = z.output<typeof caseDeadlinesView>;
export type CaseDeadline = CaseDeadlines['deadlines'][number];
export type LaterStep = CaseDeadlines['later'][number];
/** One not-yet-met deadline of one open case, for the dashboard. */
export type DeadlineOfCase = z.output<typeof deadlineOfCaseView>;
export interface AllDeadlines {
  readonly items: DeadlineOfCase[];
  readonly disclaimer: string;
}
export type NewCase = z.input<typeof caseCreateInput>;
/** A change to a case: only the fields given change; `null` clears one. */
export type CasePatch = z.input<typeof casePatchInput>;
/**
 * A document read at intake, waiting for the person to check it. The plain-language explanation
 * is optional here so that a server without it still works.
 */
export type Draft = Omit<DraftView, 'explanation'> & {
  readonly explanation?: DraftView['explanation'];
};
export type DraftReview = Draft['review'][number];
export type { DraftSummaryView };
/** A letter written from the case: what to send to write it (and the person's edits, to save it). */
export type LetterRequest = z.input<typeof letterRequest>;
export type LetterEdits = NonNullable<LetterRequest['edits']>;
export type LetterPreview = z.output<typeof letterPreviewView>;
export type LetterDocument = LetterPreview['document'];
export type LetterGuidance = z.output<typeof guidanceView>;
/** A saved letter, with what to do with it when it was just saved. */
export type SavedLetter = LetterView & { readonly guidance?: LetterGuidance };
export type { LetterView };
/** A file kept with a case (a denial letter, a record), which a packet can enclose. */
export type StoredDocument = z.output<typeof documentView>;
/** How a document is filed anew: type, title, date (`null` clears the title or date). */
export type DocumentPatch = z.input<typeof documentPatchInput>;
/** What to send with a new file; `replaces` makes it a new version of that document. */
export interface DocumentFields {
  readonly type?: string;
  readonly title?: string;
  readonly date?: string;
  readonly replaces?: string;
}
/** The evidence checklist of a case: missing essentials first. */
export type EvidenceChecklist = ChecklistView;
export type EvidenceItemView = ChecklistView['items'][number];
export type PacketRequest = z.input<typeof packetRequest>;
export type Packet = z.output<typeof packetView>;
export type NewCall = z.input<typeof callInput>;
export type LoggedCall = z.output<typeof loggedCallView>;
export type CallLog = z.output<typeof callLogView>;
export type CallEntry = CallLog['items'][number];
export type SupervisorSuggestion = CallLog['supervisor'][number];
export type NewTask = z.input<typeof manualTaskInput>;
export type { TaskView };
/** A decision or a payment to record: the case moves to its step with it. */
export type NewOutcome = z.input<typeof outcomeInput>;
export type { OutcomeView };
/* ---- Second opinions (the `opinions` section of `api`) ---- */
export type { Comparison, Opinion, VisitQuestion };
export type OpinionLang = 'en' | 'es';
/** The check's answer (how strongly, why, care first in an emergency), and the coverage advice. */
export type { Recommendation, CoverageStep, CoverageRule };
/** "Should I get a second opinion?": the answers, and the language to answer in. */
export type CheckRequest = z.input<typeof checkRequest>;
/** A second-opinion case as the server shows it, with what it works out from the case. */
export type OpinionCaseView = z.output<typeof secondOpinionView>;
export type OpinionCase = OpinionCaseView['secondOpinion'];
/** A question as the list sends it: a new one has no id yet. */
export type QuestionDraft = z.input<typeof visitQuestionInput>;
export type OpinionCaseSummary = z.output<typeof secondOpinionListView>['items'][number];
/** One doctor's view as the person types it: doctor and institution are required. */
export type OpinionInput = z.input<typeof opinionInput>;
export type NewOpinionCase = z.input<typeof newSecondOpinionInput>;
/** A change to the case, if it is still at `version` (else a 409 "conflict"). */
export type OpinionCasePatch = z.input<typeof secondOpinionChangeInput>;
export type OpinionLetterKind = 'second-opinion-referral-request' | 'records-request';
export type OpinionLetterRequest = z.input<typeof opinionLetterRequest>;
/** A saved letter of a second-opinion case, and (a records request) its 30-day task. */
export interface SavedOpinionLetter {
  readonly letter: LetterView;
  readonly guidance: LetterGuidance;
  readonly task: TaskView | null;
}

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** Extra facts the server gave (e.g. `notADenial` when a document does not read as a denial). */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; field?: unknown; details?: unknown };
}

/** The app's own words for what went wrong on the way, in the current language. */
const words = () => messagesFor().common;

/**
 * What to tell the person: the server's own message for a problem with what was sent (4xx), and
 * for a failure on the server's side (5xx) or an answer with no message, the app's calm words —
 * what they typed is still on the page.
 */
function messageOf(status: number, message: unknown): string {
  if (status >= 500) return words().serverError;
  return typeof message === 'string' ? message : words().unexpected(status);
}

/**
 * A JSON body, or a form (a file upload), which the browser encodes with its own boundary. Every
 * request names the app's language, so the server's error messages come back in it.
 */
async function request<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  headers?: Readonly<Record<string, string>>,
): Promise<T> {
  const json = body !== undefined && !(body instanceof FormData);
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        accept: 'application/json',
        'accept-language': currentLang(),
        ...(json && { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body !== undefined && { body: json ? JSON.stringify(body) : body }),
    });
  } catch {
    throw new ApiError(0, 'network', words().offline);
  }
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: handled below as an unexpected answer.
  }
  if (response.status === 204) return null as T;
  if (response.ok && parsed !== null) return parsed as T;
  const error = (parsed as ErrorBody | null)?.error;
  throw new ApiError(
    response.status,
    typeof error?.code === 'string' ? error.code : 'internal',
    messageOf(response.status, error?.message),
    typeof error?.field === 'string' ? error.field : undefined,
    typeof error?.details === 'object' && error.details !== null
      ? (error.details as Record<string, unknown>)
      : {},
  );
}

/**
 * A file the server makes from a request (a PDF): a Blob to save, or the server's error. Used
 * where a link cannot do (the request has a body).
 */
async function requestFile(path: string, body: unknown): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: {
        accept: 'application/pdf, application/json',
        'accept-language': currentLang(),
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', words().offline);
  }
  if (response.ok) return response.blob();
  // The error is JSON: `request` reads it the same way for every route.
  const error = (await response.json().catch(() => null)) as ErrorBody | null;
  throw new ApiError(
    response.status,
    typeof error?.error?.code === 'string' ? error.error.code : 'internal',
    messageOf(response.status, error?.error?.message),
  );
}

/**
 * A path that words things for people, asked in the app's language: `?lang=es` (or `&lang=es`)
 * when the app speaks Spanish, the path as it is in English (the server's default).
 */
function worded(path: string): string {
  const lang = currentLang();
  if (lang === 'en') return path;
  return `${path}${path.includes('?') ? '&' : '?'}${new URLSearchParams({ lang }).toString()}`;
}

const casePath = (id: string) => `/api/cases/${encodeURIComponent(id)}`;
const draftPath = (id: string) => `/api/intake/${encodeURIComponent(id)}`;

const opinionPath = (id: string) => `/api/opinions/${encodeURIComponent(id)}`;
const langQuery = (lang: OpinionLang) => `?${new URLSearchParams({ lang }).toString()}`;

/** Second-opinion cases: the check, the case, its opinions, letters, records and comparison. */
const opinions = {
  /** "Should I get a second opinion?" — no case needed. */
  check: (input: CheckRequest) => request<Recommendation>('POST', '/api/opinions/check', input),
  create: (input: NewOpinionCase) => request<OpinionCaseView>('POST', '/api/opinions', input),
  list: () => request<{ items: OpinionCaseSummary[] }>('GET', '/api/opinions'),
  get: (id: string, lang: OpinionLang = 'en') =>
    request<OpinionCaseView>('GET', `${opinionPath(id)}${langQuery(lang)}`),
  /** Changes the fields given, if the case is still at `patch.version` (else a 409 "conflict"). */
  update: (id: string, patch: OpinionCasePatch) =>
    request<OpinionCaseView>('PATCH', opinionPath(id), patch),
  /** The whole question list, as the person left it. */
  saveQuestions: (id: string, version: number, questions: readonly QuestionDraft[]) =>
    request<OpinionCaseView>('PUT', `${opinionPath(id)}/questions`, { version, questions }),
  /** Adds the suggested questions for the situation that are not listed yet. */
  suggestQuestions: (id: string, lang: OpinionLang = 'en') =>
    request<OpinionCaseView>('POST', `${opinionPath(id)}/questions/suggested`, { lang }),
  addOpinion: (id: string, input: OpinionInput) =>
    request<Opinion>('POST', `${opinionPath(id)}/opinions`, input),
  changeOpinion: (id: string, opinionId: string, patch: Partial<OpinionInput>) =>
    request<Opinion>(
      'PATCH',
      `${opinionPath(id)}/opinions/${encodeURIComponent(opinionId)}`,
      patch,
    ),
  removeOpinion: (id: string, opinionId: string) =>
    request<null>('DELETE', `${opinionPath(id)}/opinions/${encodeURIComponent(opinionId)}`),
  /** Agreements, differences, warnings; fewer than two opinions → a 400 whose message says so. */
  comparison: (id: string, lang: OpinionLang = 'en') =>
    request<Comparison>('GET', `${opinionPath(id)}/comparison${langQuery(lang)}`),
  /** The comparison as a PDF to print: a link, so the browser downloads it. */
  comparisonPdfPath: (id: string, lang: OpinionLang = 'en') =>
    `${opinionPath(id)}/comparison.pdf${langQuery(lang)}`,
  previewLetter: (id: string, input: OpinionLetterRequest) =>
    request<LetterPreview>('POST', `${opinionPath(id)}/letters/preview`, input),
  saveLetter: (id: string, input: OpinionLetterRequest) =>
    request<SavedOpinionLetter>('POST', `${opinionPath(id)}/letters`, input),
  /** The documents chosen, with an index, as one PDF to send ahead of the visit. */
  recordsPacket: (id: string, documentIds: readonly string[]) =>
    requestFile(`${opinionPath(id)}/records-packet`, { documentIds }),
  /** A refused referral is a denial: opens an appeal case for it in one step. */
  referralRefused: (id: string, reason?: string) =>
    request<{ appealCaseId: string }>('POST', `${opinionPath(id)}/referral-refused`, {
      ...(reason?.trim() && { reason: reason.trim() }),
    }),
};

/**
 * The deadlines as an iCalendar file: every open case's, or one case's. A link, not a fetch: the
 * browser downloads it, and a calendar program on this computer can subscribe to it.
 */
export const calendarPath = (caseId?: string) =>
  caseId
    ? `/api/calendar.ics?${new URLSearchParams({ case: caseId }).toString()}`
    : '/api/calendar.ics';

export const api = {
  opinions,
  listCases: (cursor?: string | null) =>
    request<Page<CaseSummaryView>>(
      'GET',
      `/api/cases?${new URLSearchParams({
        sort: 'next-deadline',
        limit: '25',
        ...(cursor && { cursor }),
      }).toString()}`,
    ),
  createCase: (input: NewCase) => request<CaseView>('POST', '/api/cases', input),
  getCase: (id: string) => request<CaseView>('GET', casePath(id)),
  /** Changes the fields given, if the case is still at `version` (else a 409 "conflict"). */
  updateCase: (id: string, version: number, patch: CasePatch) =>
    request<CaseView>('PATCH', casePath(id), patch, { 'if-match': `"${version}"` }),
  changeStatus: (id: string, to: string, note: string) =>
    request<CaseView>('POST', `${casePath(id)}/status`, { to, ...(note.trim() && { note }) }),
  undoStatus: (id: string) => request<CaseView>('POST', `${casePath(id)}/status/undo`),
  /** Deletes a case softly (if it is still at `version`); `restoreCase` brings it back. */
  deleteCase: (id: string, version: number) =>
    request<null>('DELETE', casePath(id), undefined, { 'if-match': `"${version}"` }),
  restoreCase: (id: string) => request<CaseView>('POST', `${casePath(id)}/restore`),
  /** The whole case as one PDF: a link, so the browser downloads it. */
  caseSummaryPath: (id: string) => `${casePath(id)}/summary.pdf`,
  addNote: (id: string, body: string) =>
    request<TimelineEventView>('POST', `${casePath(id)}/notes`, { body }),
  caseDeadlines: (id: string) => request<CaseDeadlines>('GET', worded(`${casePath(id)}/deadlines`)),
  nextStep: (id: string) => request<NextStep>('GET', worded(`${casePath(id)}/next`)),
  /** Who helps in the case's state: regulators, consumer help, Medicaid, SHIP, external review. */
  caseStateHelp: (id: string) => request<StateHelp>('GET', worded(`${casePath(id)}/state-help`)),
  /** Fixes one field of the state directory on this computer (or shared server). */
  correctStateHelp: (state: string, input: StateHelpCorrectionRequest) =>
    request<StateHelpCorrection>(
      'POST',
      `/api/state-help/${encodeURIComponent(state)}/corrections`,
      input,
    ),
  /** Takes a correction back: the directory's value shows again. */
  removeStateHelpCorrection: (id: string) =>
    request<StateHelpCorrection>('DELETE', `/api/state-help/corrections/${encodeURIComponent(id)}`),
  /** Every deadline not yet met of every open case, soonest first. */
  allDeadlines: () => request<AllDeadlines>('GET', worded('/api/deadlines')),
  /** Reads a denial letter, EOB or health-record file into a draft to check (OCR may take a while). */
  /** `anyway`: keep it even if it does not read as a denial (the person says it is one). */
  readDocument(file: File, { anyway = false, denial }: { anyway?: boolean; denial?: number } = {}) {
    const form = new FormData();
    form.append('file', file, file.name);
    const query = new URLSearchParams({
      ...(anyway && { anyway: 'true' }),
      ...(denial !== undefined && { denial: String(denial) }),
    }).toString();
    return request<Draft>('POST', worded(query ? `/api/intake?${query}` : '/api/intake'), form);
  },
  /** Another denied claim of the same health-record file: its original, read again. */
  async readOtherDenial(draft: Draft, denial: number) {
    const response = await fetch(draft.document.url, {
      headers: { 'accept-language': currentLang() },
    });
    if (!response.ok) throw new ApiError(response.status, 'not-found', words().fileGone);
    const file = new File(
      [await response.blob()],
      draft.document.originalName ?? 'health-record.json',
    );
    return api.readDocument(file, { denial });
  },
  /** Puts aside a letter read by mistake (it and its file are hidden). */
  discardDraft: (id: string) => request<null>('DELETE', draftPath(id)),
  /** Documents read and not yet confirmed, newest first. */
  waitingDrafts: () => request<{ items: DraftSummaryView[] }>('GET', '/api/intake'),
  getDraft: (id: string) => request<Draft>('GET', worded(draftPath(id))),
  /** Opens the case from a draft; `changes` holds only what the person changed. */
  confirmDraft: (id: string, changes: CasePatch) =>
    request<CaseView>('POST', `${casePath(id)}/confirm`, changes),
  /** A letter written from the case as it is now; nothing is stored. */
  previewLetter: (id: string, input: LetterRequest) =>
    request<LetterPreview>('POST', `${casePath(id)}/letters/preview`, input),
  /** Saves the letter, with the person's edits, as the next version of its kind. */
  saveLetter: (id: string, input: LetterRequest) =>
    request<SavedLetter>('POST', `${casePath(id)}/letters`, input),
  /** The letters saved on a case, newest first. */
  letters: (id: string) => request<{ items: LetterView[] }>('GET', `${casePath(id)}/letters`),
  /** The files kept with a case, oldest first. */
  documents: (id: string) =>
    request<{ items: StoredDocument[] }>('GET', `${casePath(id)}/documents`),
  /** The evidence vault: every version, or deleted documents too, on request. */
  listDocuments: (id: string, { allVersions = false, deleted = false } = {}) =>
    request<{ items: StoredDocument[] }>(
      'GET',
      `${casePath(id)}/documents?${new URLSearchParams({
        ...(allVersions && { allVersions: 'true' }),
        ...(deleted && { deleted: 'true' }),
      }).toString()}`,
    ),
  /** Keeps a file with the case (PDF, PNG, JPEG or text), typed and dated, or a new version. */
  addDocument(caseId: string, file: File, fields: DocumentFields = {}) {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields))
      if (typeof value === 'string' && value) form.append(name, value);
    // The file goes last, so the server has the fields when the file arrives.
    form.append('file', file, file.name);
    return request<StoredDocument>('POST', `${casePath(caseId)}/documents`, form);
  },
  changeDocument: (caseId: string, documentId: string, patch: DocumentPatch) =>
    request<StoredDocument>(
      'PATCH',
      `${casePath(caseId)}/documents/${encodeURIComponent(documentId)}`,
      patch,
    ),
  /** Deletes a document with its versions, softly: `restoreDocument` brings it back. */
  deleteDocument: (caseId: string, documentId: string) =>
    request<{ items: StoredDocument[] }>(
      'DELETE',
      `${casePath(caseId)}/documents/${encodeURIComponent(documentId)}`,
    ),
  restoreDocument: (caseId: string, documentId: string) =>
    request<{ items: StoredDocument[] }>(
      'POST',
      `${casePath(caseId)}/documents/${encodeURIComponent(documentId)}/restore`,
    ),
  documentVersions: (caseId: string, documentId: string) =>
    request<{ items: StoredDocument[] }>(
      'GET',
      `${casePath(caseId)}/documents/${encodeURIComponent(documentId)}/versions`,
    ),
  evidence: (caseId: string) => request<EvidenceChecklist>('GET', `${casePath(caseId)}/evidence`),
  /** Ticks a checklist item by hand: done, or not needed, with a note. */
  markEvidence: (caseId: string, itemKey: string, state: 'done' | 'not-needed', note: string) =>
    request<EvidenceChecklist>(
      'POST',
      `${casePath(caseId)}/evidence/${encodeURIComponent(itemKey)}`,
      { state, ...(note.trim() && { note }) },
    ),
  unmarkEvidence: (caseId: string, itemKey: string) =>
    request<EvidenceChecklist>(
      'DELETE',
      `${casePath(caseId)}/evidence/${encodeURIComponent(itemKey)}`,
    ),
  /** The cover letter, an exhibit index and the documents chosen, as one numbered PDF. */
  buildPacket: (id: string, input: PacketRequest) =>
    request<Packet>('POST', `${casePath(id)}/packet`, input),
  /** A case's calls, oldest first, with their follow-ups and any supervisor suggestion. */
  calls: (id: string) => request<CallLog>('GET', worded(`${casePath(id)}/calls`)),
  /** Logs a call; a promise with a date becomes a follow-up task. */
  logCall: (id: string, input: NewCall) =>
    request<LoggedCall>('POST', worded(`${casePath(id)}/calls`), input),
  /** Removes a call logged by mistake (it is kept, hidden). */
  removeCall: (id: string, callId: string) =>
    request<null>('DELETE', `${casePath(id)}/calls/${encodeURIComponent(callId)}`),
  /** Open tasks of every open case, soonest first; `dueWithin` days ahead at most. */
  allTasks: (dueWithin?: number) =>
    request<{ tasks: TaskView[] }>(
      'GET',
      worded(dueWithin === undefined ? '/api/tasks' : `/api/tasks?dueWithin=${String(dueWithin)}`),
    ),
  /** A case's tasks (done ones too), soonest first. */
  caseTasks: (id: string) => request<{ tasks: TaskView[] }>('GET', worded(`${casePath(id)}/tasks`)),
  addTask: (id: string, input: NewTask) =>
    request<TaskView>('POST', worded(`${casePath(id)}/tasks`), input),
  /** Ticks a task done, or (`done` false) takes the tick back. */
  setTaskDone: (taskId: string, done: boolean) =>
    request<TaskView>(
      done ? 'POST' : 'DELETE',
      worded(`/api/tasks/${encodeURIComponent(taskId)}/done`),
      done ? {} : undefined,
    ),
  /** Records a decision or a payment; the case moves with it (the case comes back as it is now). */
  recordOutcome: (id: string, input: NewOutcome) =>
    request<{ outcome: OutcomeView; case: CaseView }>(
      'POST',
      worded(`${casePath(id)}/outcomes`),
      input,
    ),
  /** The whole timeline, oldest first (a case's history is short enough to read in one go). */
  async timeline(id: string): Promise<TimelineEventView[]> {
    const events: TimelineEventView[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?${new URLSearchParams({ cursor }).toString()}` : '';
      const page: Page<TimelineEventView> = await request(
        'GET',
        `${casePath(id)}/timeline${query}`,
      );
      events.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return events;
  },
};
