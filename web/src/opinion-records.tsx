import { useReducer, useState, type FormEvent } from 'react';
import { api, type StoredDocument } from './api.js';
import { DocumentVault } from './document-vault.js';
import { useT } from './i18n/messages.js';
import { LoadProblem } from './load-problem.js';
import { OpinionLetter } from './opinion-letter.js';
import { TaskList } from './task-list.js';
import { useLoaded } from './use-loaded.js';
import { useSendOnce } from './use-send-once.js';

/**
 * Records for the visit (`#records`): the vault to add them to, ticks to put the chosen ones in one
 * PDF with an index (sent ahead or brought along), what to bring in person, and the letter asking
 * for records the person does not have yet — whose 30-day answer becomes a task in the list.
 */
export function OpinionRecords({
  caseId,
  bringList,
  onChanged,
}: {
  caseId: string;
  bringList: readonly string[];
  onChanged: (message: string) => void;
}) {
  const w = useT().opinions.records;
  const [changes, countChange] = useReducer((n: number) => n + 1, 0);
  const [documents, retry] = useLoaded(() => api.documents(caseId), [caseId, changes]);
  const changed = (message: string) => {
    countChange();
    onChanged(message);
  };

  return (
    <section id="records" className="case-area" tabIndex={-1} aria-labelledby="records-title">
      <h2 id="records-title">{w.title}</h2>
      <p>{w.about}</p>
      {documents.kind === 'loading' && <p role="status">{w.loading}</p>}
      {documents.kind === 'failed' && (
        <LoadProblem what={w.what} message={documents.message} onRetry={retry} />
      )}
      {documents.kind === 'ready' && (
        <>
          <DocumentVault
            caseId={caseId}
            documents={documents.value.items}
            onChanged={async (message) => changed(message)}
          />
          <RecordsPacket caseId={caseId} documents={documents.value.items} />
        </>
      )}
      <section className="panel" aria-labelledby="bring-title">
        <h3 id="bring-title">{w.bring}</h3>
        <ul className="bring-list">
          {bringList.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <div className="panel">
        <OpinionLetter caseId={caseId} kind="records-request" onSaved={changed} />
      </div>
      <section className="panel" aria-labelledby="opinion-tasks-title">
        <h3 id="opinion-tasks-title">{w.tasks}</h3>
        <TaskList caseId={caseId} refreshKey={changes} onChanged={onChanged} />
      </section>
    </section>
  );
}

const nameOf = (d: StoredDocument) => d.title ?? d.originalName ?? d.typeLabel;

/** Ticks documents, then saves them as one PDF with an index on top. */
function RecordsPacket({
  caseId,
  documents,
}: {
  caseId: string;
  documents: readonly StoredDocument[];
}) {
  const w = useT().opinions.records;
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { sending, send } = useSendOnce();
  // A document deleted since it was ticked is left out.
  const picked = documents.filter((d) => chosen.includes(d.id)).map((d) => d.id);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (picked.length === 0) {
      setProblem(w.tickOne);
      return;
    }
    void send(async () => {
      setProblem(null);
      setDone(null);
      try {
        saveFile(await api.opinions.recordsPacket(caseId, picked), 'records-packet.pdf');
        setDone(w.downloading(picked.length));
      } catch (error) {
        setProblem((error as Error).message);
      }
    });
  };

  if (documents.length === 0) return null;
  return (
    <form className="panel records-packet" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{w.packet}</legend>
        <p className="hint">{w.packetHint}</p>
        <ul className="choice-list">
          {documents.map((d) => (
            <li key={d.id}>
              <input
                type="checkbox"
                id={`packet-${d.id}`}
                checked={chosen.includes(d.id)}
                onChange={(event) =>
                  setChosen((c) =>
                    event.target.checked ? [...c, d.id] : c.filter((id) => id !== d.id),
                  )
                }
              />
              <label htmlFor={`packet-${d.id}`} dir="auto">
                {nameOf(d)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      <p role="status">{done}</p>
      <div className="actions">
        <button type="submit" disabled={sending}>
          {sending ? w.making : w.download}
        </button>
      </div>
    </form>
  );
}

/** Saves a file the page received, as a download with this name. */
function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
