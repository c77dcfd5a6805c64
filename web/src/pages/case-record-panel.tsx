import { useEffect, useRef, useState } from 'react';
import { api, type CaseView } from '../api.js';
import { useT } from '../i18n/messages.js';
import { navigate } from '../router.js';
import { useSendOnce } from '../use-send-once.js';

/**
 * The case as a whole: a PDF summary to keep, and deleting it. Deleting asks first, in the page
 * (focus moves to the question, so a screen reader reads it), and can be undone from the case list.
 */
export function CaseRecordPanel({ case: c }: { case: CaseView }) {
  const words = useT().cases.record;
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { sending, send } = useSendOnce();
  const question = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) question.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const remove = () =>
    send(async () => {
      setProblem(null);
      try {
        await api.deleteCase(c.id, c.version);
        navigate(`/cases?${new URLSearchParams({ deleted: c.id }).toString()}`);
      } catch (error) {
        setProblem((error as Error).message);
      }
    });

  return (
    <section className="panel record-panel" aria-labelledby="record-title">
      <h2 id="record-title">{words.title}</h2>
      <p>
        <a href={api.caseSummaryPath(c.id)} download>
          {words.summary.link}
        </a>{' '}
        {words.summary.after}
      </p>
      {!asking && (
        <button type="button" ref={opener} className="secondary" onClick={() => setAsking(true)}>
          {words.delete}
        </button>
      )}
      {asking && (
        <div
          ref={question}
          tabIndex={-1}
          role="group"
          aria-labelledby="delete-question"
          className="confirm"
        >
          <p id="delete-question">{words.question(c.patient.name)}</p>
          <div className="actions">
            <button type="button" disabled={sending} onClick={() => void remove()}>
              {sending ? words.deleting : words.yes}
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(false)}>
              {words.no}
            </button>
          </div>
        </div>
      )}
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
    </section>
  );
}
