import { statusLabel } from '../cases/appeal-ladder.js';
import type { Program } from '../cases/case-terms.js';
import { ladderFor } from '../cases/program-ladders.js';
import { describeOutcome } from '../outcomes/outcome-wording.js';
import type { TimelineEventData } from './timeline-event.js';

/** One timeline event in plain words, e.g. "Status: Denied → Internal appeal: being prepared". */
/** `program` is null for a second-opinion case (it has no appeal ladder). */
export function describeEvent(data: TimelineEventData, program: Program | null): string {
  switch (data.type) {
    case 'case-created':
      return 'Case opened';
    case 'case-updated':
      return `Changed ${data.changes.map((c) => c.field).join(', ')}`;
    case 'status-changed': {
      const ladder = program && ladderFor(program);
      const move = ladder
        ? `Status: ${statusLabel(ladder, data.from)} → ${statusLabel(ladder, data.to)}`
        : `Status: ${data.from} → ${data.to}`;
      return data.note ? `${move} (${data.note})` : move;
    }
    case 'note-added':
      return `Note: ${data.body}`;
    case 'document-read': {
      const name = data.documentName ?? 'a document';
      return data.corrected.length === 0
        ? `Read ${name} into the case`
        : `Read ${name} into the case; corrected ${data.corrected.join(', ')}`;
    }
    case 'letter-saved':
      return `Letter saved: ${data.title} (version ${data.version})`;
    case 'packet-built':
      return `Packet built: ${data.pages} pages, ${data.exhibits} exhibit${data.exhibits === 1 ? '' : 's'}`;
    case 'document-added':
      return `${data.replacesId ? 'New version of a document' : 'Document added'}: ${data.documentName ?? 'a document'}`;
    case 'document-changed':
      return `Document changed: ${data.documentName ?? 'a document'} (${data.changed.join(', ')})`;
    case 'document-deleted':
    case 'document-restored':
      return `Document ${data.type === 'document-deleted' ? 'deleted' : 'restored'}: ${data.documentName ?? 'a document'}${data.versions > 1 ? ` (${data.versions} versions)` : ''}`;
    case 'evidence-marked':
      return `Checklist: ${data.itemLabel} — ${data.state === 'done' ? 'done' : 'not needed'}${data.note ? ` (${data.note})` : ''}`;
    case 'evidence-unmarked':
      return `Checklist: ${data.itemLabel} — tick taken back`;
    case 'call-logged':
      return `Call logged: ${data.with}${data.reference ? `, reference ${data.reference}` : ''}${data.followUpTaskId ? ' (follow-up added)' : ''}`;
    case 'call-removed':
      return `Call removed: ${data.with}`;
    case 'task-added':
      return `Task added: ${data.title} (due ${data.due})`;
    case 'task-done':
      return `Task done: ${data.title}`;
    case 'task-reopened':
      return `Task not done after all: ${data.title}`;
    case 'outcome-recorded':
      return program ? describeOutcome(data, program) : `Decision: ${data.decision}`;
    case 'case-deleted':
      return 'Case deleted (it can be restored)';
    case 'case-restored':
      return 'Case restored';
    case 'opinion-added':
      return `Opinion ${data.position} added: ${data.doctor}`;
    case 'opinion-changed':
      return `Opinion changed: ${data.doctor} (${data.changed.join(', ')})`;
    case 'opinion-removed':
      return `Opinion removed: ${data.doctor}`;
    case 'referral-refused':
      return 'Referral refused: an appeal case was opened for it';
    case 'records-packet-built':
      return `Records packet made: ${data.documents} document${data.documents === 1 ? '' : 's'}, ${data.pages} pages`;
  }
}
