import { useRef, useState, type FormEvent } from 'react';
import { api, type CaseView } from '../api.js';
import { decisionsFor } from '../outcome-form.js';
import { useSendOnce } from '../use-send-once.js';
import { SubmitRow } from '../submit-row.js';

/** What a person does on a case page: move it to its next step (or take a step back), write a note. */

export function StatusForm({
  case: c,
  onChanged,
}: {
  case: CaseView;
  onChanged: (message: string, updated: CaseView) => Promise<void>;
}) {
  const [to, setTo] = useState(c.allowedNextStatuses[0]?.status ?? '');
  const [note, setNote] = useState('');
  const { sending, send } = useSendOnce();
  const [problem, setProblem] = useState<string | null>(null);

  if (c.allowedNextStatuses.length === 0) {
    return <p>This case is finished: there is no next step.</p>;
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(async () => {
      setProblem(null);
      try {
        const updated = await api.changeStatus(c.id, to, note);
        await onChanged(`The case moved to: ${updated.statusLabel}.`, updated);
      } catch (error) {
        setProblem((error as Error).message);
      }
    });
  };

  return (
    <form className="stack status-form" onSubmit={submit} aria-labelledby="move-title">
      <h3 id="move-title">Move to next step</h3>
      <p id="move-hint" className="hint">
        Use this when you have done something, for example sent your appeal.
        {decisionsFor(c).length > 0 &&
          ' If you got a decision letter, use “Record a decision” instead: it also keeps the date and who decided.'}
      </p>
      <div className="field">
        <label htmlFor="next-status">Next step</label>
        <select
          id="next-status"
          value={to}
          aria-describedby="move-hint"
          onChange={(event) => setTo(event.target.value)}
        >
          {c.allowedNextStatuses.map((s) => (
            <option key={s.status} value={s.status}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="status-note">Note (optional)</label>
        <p id="status-note-hint" className="hint">
          For example, how you sent the appeal and any confirmation number.
        </p>
        <textarea
          id="status-note"
          rows={2}
          value={note}
          aria-describedby="status-note-hint"
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <SubmitRow problem={problem} sending={sending} label="Move to this step" />
    </form>
  );
}

export function NoteForm({ caseId, onAdded }: { caseId: string; onAdded: () => Promise<void> }) {
  const [body, setBody] = useState('');
  const { sending, send } = useSendOnce();
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!body.trim()) {
      setError('Write the note first.');
      input.current?.focus();
      return;
    }
    void send(async () => {
      setError(null);
      try {
        await api.addNote(caseId, body);
        setBody('');
        await onAdded();
      } catch (e) {
        setError((e as Error).message);
        input.current?.focus();
      }
    });
  };

  return (
    <form className="panel stack" noValidate onSubmit={submit} aria-labelledby="note-title">
      <h3 id="note-title">Add a note</h3>
      <div className={error ? 'field has-error' : 'field'}>
        <label htmlFor="note-body">Note</label>
        <p id="note-body-hint" className="hint">
          A call, a letter, a promise someone made: write who, what, and any reference number.
        </p>
        {error && (
          <p id="note-body-error" className="field-error">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <textarea
          id="note-body"
          ref={input}
          rows={3}
          required
          value={body}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'note-body-error note-body-hint' : 'note-body-hint'}
          onChange={(event) => setBody(event.target.value)}
        />
      </div>
      <div className="actions">
        <button type="submit" disabled={sending}>
          {sending ? 'Saving…' : 'Add the note'}
        </button>
      </div>
    </form>
  );
}

/** Takes back the last step, for a mis-click; the undo itself goes on the timeline. */
export function UndoStepButton({
  case: c,
  backTo,
  onChanged,
}: {
  case: CaseView;
  /** The plain name of the status the case would go back to. */
  backTo: string;
  onChanged: (message: string, updated: CaseView) => Promise<void>;
}) {
  const { sending, send } = useSendOnce();
  const [problem, setProblem] = useState<string | null>(null);

  const undo = () =>
    send(async () => {
      setProblem(null);
      try {
        const updated = await api.undoStatus(c.id);
        await onChanged(
          `The last step was undone. The case is back to: ${updated.statusLabel}.`,
          updated,
        );
      } catch (error) {
        setProblem((error as Error).message);
      }
    });

  return (
    <div className="undo">
      <button type="button" className="secondary" disabled={sending} onClick={() => void undo()}>
        {sending ? 'Undoing…' : `Undo last step (back to “${backTo}”)`}
      </button>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
    </div>
  );
}
