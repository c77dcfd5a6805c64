import { statusLabel } from '../cases/appeal-ladder.js';
import type { Program } from '../cases/case-terms.js';
import { ladderFor } from '../cases/program-ladders.js';
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
  }
}
