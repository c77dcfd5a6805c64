import { statusLabel } from '../cases/appeal-ladder.js';
import type { Program } from '../cases/case-terms.js';
import { ladderFor } from '../cases/program-ladders.js';
import { describeOutcome } from '../outcomes/outcome-wording.js';
import type { TimelineEventData } from './timeline-event.js';

/** One timeline event in plain words, e.g. "Status: Denied → Internal appeal: being prepared". */
export function describeEvent(data: TimelineEventData, program: Program): string {
  switch (data.type) {
    case 'case-created':
      return 'Case opened';
    case 'case-updated':
      return `Changed ${data.changes.map((c) => c.field).join(', ')}`;
    case 'status-changed': {
      const ladder = ladderFor(program);
      const move = `Status: ${statusLabel(ladder, data.from)} → ${statusLabel(ladder, data.to)}`;
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
      return describeOutcome(data, program);
    case 'case-deleted':
      return 'Case deleted (it can be restored)';
    case 'case-restored':
      return 'Case restored';
  }
}
