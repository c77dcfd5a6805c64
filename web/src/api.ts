import type { z } from 'zod';
import type { caseCreateInput, casePatchInput } from '../../src/cases/case-input.js';
import type { CaseSummaryView, CaseView } from '../../src/cases/case-presenter.js';
import type {
  caseDeadlinesView,
  deadlineOfCaseView,
} from '../../src/deadlines/deadline-presenter.js';
import type { documentView } from '../../src/documents/document-presenter.js';
import type { DraftSummaryView, DraftView } from '../../src/intake/intake-presenter.js';
import type { letterRequest, packetRequest } from '../../src/letters/letter-input.js';
import type {
  guidanceView,
  letterPreviewView,
  LetterView,
  packetView,
} from '../../src/letters/letter-presenter.js';
import type { TimelineEventView } from '../../src/timeline/timeline-presenter.js';

/**
 * The web app's only door to the server. Types come from the server's own schemas (type-only
 * imports, so nothing of the server lands in the bundle); errors become `ApiError`s that carry the
 * server's plain message and, when one field is at fault, its dotted path (`plan.program`).
 */
export type { CaseSummaryView, CaseView, TimelineEventView };
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
export type PacketRequest = z.input<typeof packetRequest>;
export type Packet = z.output<typeof packetView>;
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

/** A JSON body, or a form (a file upload), which the browser encodes with its own boundary. */
async function request<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
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
        ...(json && { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body !== undefined && { body: json ? JSON.stringify(body) : body }),
    });
  } catch {
    throw new ApiError(
      0,
      'network',
      'Overturn could not reach its server. Check that it is still running, then try again.',
    );
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
    typeof error?.message === 'string'
      ? error.message
      : `The server gave an answer we did not expect (${response.status}). Reload the page and try again.`,
    typeof error?.field === 'string' ? error.field : undefined,
    typeof error?.details === 'object' && error.details !== null
      ? (error.details as Record<string, unknown>)
      : {},
  );
}

const casePath = (id: string) => `/api/cases/${encodeURIComponent(id)}`;
const draftPath = (id: string) => `/api/intake/${encodeURIComponent(id)}`;

/**
 * The deadlines as an iCalendar file: every open case's, or one case's. A link, not a fetch: the
 * browser downloads it, and a calendar program on this computer can subscribe to it.
 */
export const calendarPath = (caseId?: string) =>
  caseId
    ? `/api/calendar.ics?${new URLSearchParams({ case: caseId }).toString()}`
    : '/api/calendar.ics';

export const api = {
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
  addNote: (id: string, body: string) =>
    request<TimelineEventView>('POST', `${casePath(id)}/notes`, { body }),
  caseDeadlines: (id: string) => request<CaseDeadlines>('GET', `${casePath(id)}/deadlines`),
  /** Every deadline not yet met of every open case, soonest first. */
  allDeadlines: () => request<AllDeadlines>('GET', '/api/deadlines'),
  /** Reads a denial letter, EOB or health-record file into a draft to check (OCR may take a while). */
  /** `anyway`: keep it even if it does not read as a denial (the person says it is one). */
  readDocument(file: File, { anyway = false, denial }: { anyway?: boolean; denial?: number } = {}) {
    const form = new FormData();
    form.append('file', file, file.name);
    const query = new URLSearchParams({
      ...(anyway && { anyway: 'true' }),
      ...(denial !== undefined && { denial: String(denial) }),
    }).toString();
    return request<Draft>('POST', query ? `/api/intake?${query}` : '/api/intake', form);
  },
  /** Another denied claim of the same health-record file: its original, read again. */
  async readOtherDenial(draft: Draft, denial: number) {
    const response = await fetch(draft.document.url);
    if (!response.ok)
      throw new ApiError(response.status, 'not-found', 'The file of this letter is gone.');
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
  getDraft: (id: string) => request<Draft>('GET', draftPath(id)),
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
  /** The cover letter, an exhibit index and the documents chosen, as one numbered PDF. */
  buildPacket: (id: string, input: PacketRequest) =>
    request<Packet>('POST', `${casePath(id)}/packet`, input),
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
