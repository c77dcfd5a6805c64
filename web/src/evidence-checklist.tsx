import { useId, useState, type ChangeEvent } from 'react';
import { api, type EvidenceChecklist, type EvidenceItemView } from './api.js';
import { FileChoice } from './file-drop.js';
import { useT } from './i18n/messages.js';
import { useSendOnce } from './use-send-once.js';

/** What the vault keeps, for the file pickers ("add this document"). */
export const vaultFiles = 'application/pdf,image/png,image/jpeg,text/plain,.txt';

/** The two hand ticks (their words are in the documents messages). */
const markChoices = ['done', 'not-needed'] as const;

/**
 * The evidence checklist of a case: what usually wins this kind of denial, missing items first,
 * each with why it matters, an "add this document" upload that files the document under the right
 * type, and "mark done" / "not needed" for what no document shows. Everything a person typed is
 * shown as text (React escapes it).
 */
export function EvidenceChecklistPanel({
  caseId,
  checklist,
  onChanged,
}: {
  caseId: string;
  checklist: EvidenceChecklist;
  /** After an upload or a tick: the checklist as it is now, and a sentence to announce. */
  onChanged: (checklist: EvidenceChecklist, message: string) => void;
}) {
  const words = useT().documents.evidence;
  const missing = checklist.items.filter((i) => i.state === 'missing');
  const rest = checklist.items.filter((i) => i.state !== 'missing');
  return (
    <section className="panel evidence-panel" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{words.title}</h2>
      <p className="lead">
        {checklist.missingEssential > 0
          ? words.missingEssential(checklist.missingEssential)
          : words.allEssential}
      </p>
      <ul className="checklist">
        {[...missing, ...rest].map((item) => (
          <EvidenceRow key={item.key} caseId={caseId} item={item} onChanged={onChanged} />
        ))}
      </ul>
    </section>
  );
}

function EvidenceRow({
  caseId,
  item,
  onChanged,
}: {
  caseId: string;
  item: EvidenceItemView;
  onChanged: (checklist: EvidenceChecklist, message: string) => void;
}) {
  const words = useT().documents.evidence;
  const id = useId();
  const { sending, send } = useSendOnce();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const act = (action: () => Promise<EvidenceChecklist>, message: string) =>
    void send(async () => {
      setProblem(null);
      try {
        onChanged(await action(), message);
        setNote('');
      } catch (error) {
        setProblem((error as Error).message);
      }
    });

  const upload = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || !item.addAs) return;
    const type = item.addAs;
    act(
      async () => {
        await api.addDocument(caseId, file, { type });
        return api.evidence(caseId);
      },
      words.added(file.name, item.label),
    );
  };

  return (
    <li className={`checklist-item state-${item.state}`} aria-labelledby={`${id}-label`}>
      <p>
        <span className="badge">{words.state[item.state]}</span>{' '}
        <strong id={`${id}-label`}>{item.label}</strong>
        {item.weight === 'essential' && <span className="hint"> {words.important}</span>}
      </p>
      <p>{item.why}</p>
      {item.source && (
        <p className="hint">
          {words.rule} {item.source.citation}
          {item.source.note && <strong> {item.source.note}</strong>}
        </p>
      )}
      {item.documents.length > 0 && (
        <ul>
          {item.documents.map((d) => (
            <li key={d.id}>
              <a href={d.url} target="_blank" rel="noreferrer">
                {d.title ?? d.originalName ?? d.typeLabel}
              </a>
            </li>
          ))}
        </ul>
      )}
      {item.mark?.note && <p className="note-body">{item.mark.note}</p>}
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      <div className="actions">
        {item.state === 'missing' && item.addAs && (
          <FileChoice
            id={`${id}-file`}
            label={words.addThis}
            accept={vaultFiles}
            disabled={sending}
            describedBy={`${id}-label`}
            onChange={upload}
          />
        )}
        {item.state === 'missing' && (
          <>
            <label htmlFor={`${id}-note`} className="visually-hidden">
              {words.noteLabel(item.label)}
            </label>
            <input
              id={`${id}-note`}
              type="text"
              placeholder={words.notePlaceholder}
              value={note}
              maxLength={500}
              onChange={(event) => setNote(event.target.value)}
            />
            {markChoices.map((state) => (
              <button
                key={state}
                type="button"
                className="secondary"
                disabled={sending}
                onClick={() =>
                  act(
                    () => api.markEvidence(caseId, item.key, state, note),
                    words.mark[state].marked(item.label),
                  )
                }
              >
                {words.mark[state].button}
              </button>
            ))}
          </>
        )}
        {item.mark && (
          <button
            type="button"
            className="secondary"
            disabled={sending}
            onClick={() =>
              act(() => api.unmarkEvidence(caseId, item.key), words.tookBack(item.label))
            }
          >
            {words.undoTick}
          </button>
        )}
      </div>
    </li>
  );
}
