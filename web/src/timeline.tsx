import type { TimelineEventView } from './api.js';
import { fieldAt } from './case-fields.js';
import { formatInstant, statusName } from './format.js';
import { outcomeWords } from './outcome-words.js';

/** A case's history, oldest first, each event in plain words with who and when. */
export function Timeline({ events, program }: { events: TimelineEventView[]; program: string }) {
  if (events.length === 0) return <p>Nothing has happened on this case yet.</p>;
  return (
    <ol className="timeline">
      {events.map((event) => (
        <li key={event.id}>
          <EventText event={event} program={program} />
          <p className="event-meta">
            {event.actor.name} · <time dateTime={event.at}>{formatInstant(event.at)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}

function EventText({ event, program }: { event: TimelineEventView; program: string }) {
  const { data } = event;
  switch (event.type) {
    case 'case-created':
      return <p className="event-title">Case opened</p>;
    case 'case-updated': {
      const changes = Array.isArray(data.changes) ? (data.changes as { field?: unknown }[]) : [];
      const names = changes.map((change) => {
        const path = String(change.field);
        return fieldAt(path)?.label ?? path;
      });
      return (
        <>
          <p className="event-title">Details changed</p>
          {names.length > 0 && (
            <ul className="changed-fields">
              {names.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          )}
        </>
      );
    }
    case 'status-changed':
      return (
        <>
          <p className="event-title">
            Moved from “{statusName(program, data.from)}” to “{statusName(program, data.to)}”
          </p>
          {typeof data.note === 'string' && data.note && <p className="note-body">{data.note}</p>}
        </>
      );
    case 'document-read': {
      const corrected = Array.isArray(data.corrected) ? data.corrected.map(String) : [];
      const name = typeof data.documentName === 'string' ? data.documentName : 'a document';
      return (
        <>
          <p className="event-title">Read “{name}” into the case</p>
          {corrected.length > 0 && (
            <>
              <p>You corrected:</p>
              <ul className="changed-fields">
                {corrected.map((path) => (
                  <li key={path}>{fieldAt(path)?.label ?? path}</li>
                ))}
              </ul>
            </>
          )}
        </>
      );
    }
    case 'letter-saved':
      return (
        <p className="event-title">
          Letter saved: {String(data.title)} (version {String(data.version)})
        </p>
      );
    case 'packet-built':
      return (
        <p className="event-title">
          Packet built: {String(data.pages)} pages, {String(data.exhibits)} exhibits
        </p>
      );
    case 'note-added':
      return (
        <>
          <p className="event-title">Note</p>
          <p className="note-body">{String(data.body)}</p>
        </>
      );
    case 'call-logged':
      return (
        <p className="event-title">
          Call logged: {String(data.with)}
          {typeof data.reference === 'string' && `, reference ${data.reference}`}
          {typeof data.followUpTaskId === 'string' && ' (follow-up added)'}
        </p>
      );
    case 'call-removed':
      return <p className="event-title">Call removed: {String(data.with)}</p>;
    case 'document-added':
    case 'document-changed':
    case 'document-deleted':
    case 'document-restored': {
      const verb = {
        'document-added': typeof data.replacesId === 'string' ? 'New version' : 'Document added',
        'document-changed': 'Document changed',
        'document-deleted': 'Document deleted',
        'document-restored': 'Document restored',
      }[event.type];
      const name = typeof data.documentName === 'string' ? data.documentName : 'a document';
      return (
        <p className="event-title">
          {verb}: {name}
        </p>
      );
    }
    case 'evidence-marked':
    case 'evidence-unmarked':
      return (
        <>
          <p className="event-title">
            Checklist: {String(data.itemLabel)} —{' '}
            {event.type === 'evidence-unmarked'
              ? 'tick taken back'
              : data.state === 'done'
                ? 'done'
                : 'not needed'}
          </p>
          {typeof data.note === 'string' && data.note && <p className="note-body">{data.note}</p>}
        </>
      );
    case 'task-added':
    case 'task-done':
    case 'task-reopened':
      return (
        <p className="event-title">
          {event.type === 'task-added'
            ? 'Task added'
            : event.type === 'task-done'
              ? 'Task done'
              : 'Task not done after all'}
          : {String(data.title)}
        </p>
      );
    case 'outcome-recorded':
      return <p className="event-title">{outcomeWords(data, program)}</p>;
    case 'case-deleted':
      return <p className="event-title">Case deleted (it can be restored)</p>;
    case 'case-restored':
      return <p className="event-title">Case restored</p>;
    case 'opinion-added':
      return (
        <p className="event-title">
          Opinion {String(data.position)} added: {String(data.doctor)}
        </p>
      );
    case 'opinion-changed':
      return <p className="event-title">Opinion changed: {String(data.doctor)}</p>;
    case 'opinion-removed':
      return <p className="event-title">Opinion removed: {String(data.doctor)}</p>;
    case 'referral-refused':
      return <p className="event-title">Referral refused: an appeal case was opened for it</p>;
    case 'records-packet-built':
      return (
        <p className="event-title">
          Records packet made: {String(data.documents)} documents, {String(data.pages)} pages
        </p>
      );
    default:
      return <p className="event-title">{event.type.replaceAll('-', ' ')}</p>;
  }
}
