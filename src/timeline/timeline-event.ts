import type { CaseStatus } from '../cases/appeal-ladder.js';
import type { FieldChange } from '../cases/case-details.js';

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
    };

export type TimelineEventType = TimelineEventData['type'];

export interface TimelineEvent {
  readonly id: string;
  readonly caseId: string;
  /** ISO date-time in UTC. */
  readonly at: string;
  readonly actor: { readonly id: string; readonly name: string };
  readonly data: TimelineEventData;
}
