import type { TimelineEventView } from './api.js';
import { fieldAt } from './case-fields.js';
import { formatInstant, statusName } from './format.js';
import { useLang } from './i18n/language.js';
import { useT } from './i18n/messages.js';
import { outcomeWords } from './outcome-words.js';

/** A case's history, oldest first, each event in plain words with who and when. */
export function Timeline({ events, program }: { events: TimelineEventView[]; program: string }) {
  const t = useT().calls;
  if (events.length === 0) return <p>{t.timeline.none}</p>;
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
  const words = useT();
  const t = words.calls.timeline;
  const lang = useLang();
  const { data } = event;
  const documentName = typeof data.documentName === 'string' ? data.documentName : t.aDocument;
  switch (event.type) {
    case 'case-created':
      return <p className="event-title">{t.caseCreated}</p>;
    case 'case-updated': {
      const changes = Array.isArray(data.changes) ? (data.changes as { field?: unknown }[]) : [];
      const names = changes.map((change) => {
        const path = String(change.field);
        return fieldAt(path, words)?.label ?? path;
      });
      return (
        <>
          <p className="event-title">{t.detailsChanged}</p>
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
            {t.moved(statusName(program, data.from), statusName(program, data.to))}
          </p>
          {typeof data.note === 'string' && data.note && <p className="note-body">{data.note}</p>}
        </>
      );
    case 'document-read': {
      const corrected = Array.isArray(data.corrected) ? data.corrected.map(String) : [];
      return (
        <>
          <p className="event-title">{t.read(documentName)}</p>
          {corrected.length > 0 && (
            <>
              <p>{t.youCorrected}</p>
              <ul className="changed-fields">
                {corrected.map((path) => (
                  <li key={path}>{fieldAt(path, words)?.label ?? path}</li>
                ))}
              </ul>
            </>
          )}
        </>
      );
    }
    case 'letter-saved':
      return (
        <p className="event-title">{t.letterSaved(String(data.title), String(data.version))}</p>
      );
    case 'packet-built':
      return (
        <p className="event-title">{t.packetBuilt(String(data.pages), String(data.exhibits))}</p>
      );
    case 'note-added':
      return (
        <>
          <p className="event-title">{t.note}</p>
          <p className="note-body">{String(data.body)}</p>
        </>
      );
    case 'call-logged':
      return (
        <p className="event-title">
          {t.callLogged(
            String(data.with),
            typeof data.reference === 'string' ? data.reference : null,
            typeof data.followUpTaskId === 'string',
          )}
        </p>
      );
    case 'call-removed':
      return <p className="event-title">{t.callRemoved(String(data.with))}</p>;
    case 'document-added':
      return (
        <p className="event-title">
          {typeof data.replacesId === 'string'
            ? t.newVersion(documentName)
            : t.documentAdded(documentName)}
        </p>
      );
    case 'document-changed':
      return <p className="event-title">{t.documentChanged(documentName)}</p>;
    case 'document-deleted':
      return <p className="event-title">{t.documentDeleted(documentName)}</p>;
    case 'document-restored':
      return <p className="event-title">{t.documentRestored(documentName)}</p>;
    case 'evidence-marked':
    case 'evidence-unmarked':
      return (
        <>
          <p className="event-title">
            {t.checklist(
              String(data.itemLabel),
              event.type === 'evidence-unmarked'
                ? t.tickTakenBack
                : data.state === 'done'
                  ? t.itemDone
                  : t.notNeeded,
            )}
          </p>
          {typeof data.note === 'string' && data.note && <p className="note-body">{data.note}</p>}
        </>
      );
    case 'task-added':
      return <p className="event-title">{t.taskAdded(String(data.title))}</p>;
    case 'task-done':
      return <p className="event-title">{t.taskDone(String(data.title))}</p>;
    case 'task-reopened':
      return <p className="event-title">{t.taskReopened(String(data.title))}</p>;
    case 'outcome-recorded':
      return (
        <p className="event-title">{outcomeWords(data, program, lang) ?? t.outcomeRecorded}</p>
      );
    case 'case-deleted':
      return <p className="event-title">{t.caseDeleted}</p>;
    case 'case-restored':
      return <p className="event-title">{t.caseRestored}</p>;
    case 'opinion-added':
      return (
        <p className="event-title">{t.opinionAdded(String(data.position), String(data.doctor))}</p>
      );
    case 'opinion-changed':
      return <p className="event-title">{t.opinionChanged(String(data.doctor))}</p>;
    case 'opinion-removed':
      return <p className="event-title">{t.opinionRemoved(String(data.doctor))}</p>;
    case 'referral-refused':
      return <p className="event-title">{t.referralRefused}</p>;
    case 'records-packet-built':
      return (
        <p className="event-title">{t.recordsPacket(String(data.documents), String(data.pages))}</p>
      );
    default:
      return <p className="event-title">{event.type.replaceAll('-', ' ')}</p>;
  }
}
