import type { CaseStatus, LevelId } from '../cases/appeal-ladder.js';
import type { FieldChange } from '../cases/case-details.js';
import type { Decision } from '../outcomes/outcome.js';

/**
 * The timeline: every change, note, document, letter, call and decision on a case, with who and
 * when. Events are only ever added, never edited, so the timeline is the case's honest history.
 * Later capabilities add their own event kinds to this union.
 */
export type TimelineEventData =
  | { readonly type: 'case-created' }
  | { readonly type: 'case-updated'; readonly changes: readonly FieldChange[] }
  | {
      readonly type: 'status-changed';
      readonly from: CaseStatus;
      readonly to: CaseStatus;
      readonly note: string | null;
    }
  | { readonly type: 'note-added'; readonly body: string }
  | {
      /** A document was read into the case's fields, and the person checked them. */
      readonly type: 'document-read';
      readonly documentId: string;
      readonly documentName: string | null;
      /** The case fields (dotted paths) the person changed from what was read. */
      readonly corrected: readonly string[];
    }
  | {
      /** A letter was saved (each save is a new version, kept as written). */
      readonly type: 'letter-saved';
      readonly letterId: string;
      readonly kind: string;
      readonly lang: string;
      readonly version: number;
      readonly title: string;
    }
  | {
      /** A packet was built: the cover letter, the exhibits, every page numbered. */
      readonly type: 'packet-built';
      readonly packetId: string;
      readonly letterId: string;
      readonly pages: number;
      readonly exhibits: number;
    }
  | {
      /** A file was kept with the case (a new document, or a new version of one). */
      readonly type: 'document-added';
      readonly documentId: string;
      readonly documentName: string | null;
      readonly docType: string;
      /** The earlier version this one replaces, when it is a new version. */
      readonly replacesId: string | null;
    }
  | {
      /** A document was filed anew: its type, title or date changed (never its bytes). */
      readonly type: 'document-changed';
      readonly documentId: string;
      readonly documentName: string | null;
      readonly changed: readonly ('type' | 'title' | 'date')[];
    }
  | {
      /** A document was deleted (softly: it can be restored), with its versions. */
      readonly type: 'document-deleted' | 'document-restored';
      readonly documentId: string;
      readonly documentName: string | null;
      readonly versions: number;
    }
  | {
      /** An evidence checklist item was ticked by hand: done, or not needed for this case. */
      readonly type: 'evidence-marked';
      readonly itemKey: string;
      readonly itemLabel: string;
      readonly state: 'done' | 'not-needed';
      readonly note: string | null;
    }
  | {
      /** A hand tick on the evidence checklist was taken back. */
      readonly type: 'evidence-unmarked';
      readonly itemKey: string;
      readonly itemLabel: string;
    }
  | {
      /** A call was logged: who, the reference number, and whether it made a follow-up. */
      readonly type: 'call-logged';
      readonly callId: string;
      readonly with: string;
      readonly reference: string | null;
      readonly followUpTaskId: string | null;
    }
  | {
      /** A call logged by mistake was removed (kept, hidden), with its open follow-ups. */
      readonly type: 'call-removed';
      readonly callId: string;
      readonly with: string;
    }
  | {
      /** A task was added by hand, or ticked done, or ticked back. */
      readonly type: 'task-added' | 'task-done' | 'task-reopened';
      readonly taskId: string;
      readonly title: string;
      readonly due: string;
    }
  | {
      /** A decision on the case (at a level of its ladder), or a payment, was recorded. */
      readonly type: 'outcome-recorded';
      readonly outcomeId: string;
      readonly level: LevelId | null;
      readonly decision: Decision;
      readonly decidedOn: string;
      readonly decidedBy: string;
      readonly amountPaidCents: number | null;
    }
  | {
      /** The case was deleted (softly: it can be restored), or restored. */
      readonly type: 'case-deleted' | 'case-restored';
    }
  | {
      readonly type: 'opinion-added' | 'opinion-removed';
      readonly opinionId: string;
      readonly doctor: string;
      readonly position: number;
    }
  | {
      readonly type: 'opinion-changed';
      readonly opinionId: string;
      readonly doctor: string;
      readonly changed: readonly string[];
    }
  | { readonly type: 'referral-refused'; readonly appealCaseId: string }
  | { readonly type: 'records-packet-built'; readonly pages: number; readonly documents: number };
export type TimelineEventType = TimelineEventData['type'];

export interface TimelineEvent {
  readonly id: string;
  readonly caseId: string;
  /** ISO date-time in UTC. */
  readonly at: string;
  readonly actor: { readonly id: string; readonly name: string };
  readonly data: TimelineEventData;
}
