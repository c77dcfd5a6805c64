import { useRef, useState, type FormEvent } from 'react';
import { api, type CaseView } from '../api.js';
import { statusName } from '../format.js';
import { useT } from '../i18n/messages.js';
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
  const words = useT().cases.actions;
  const [to, setTo] = useState(c.allowedNextStatuses[0]?.status ?? '');
  const [note, setNote] = useState('');
  const { sending, send } = useSendOnce();
  const [problem, setProblem] = useState<string | null>(null);

  if (c.allowedNextStatuses.length === 0) {
    return <p>{words.finished}</p>;
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(async () => {
      setProblem(null);
      try {
        const updated = await api.changeStatus(c.id, to, note);
        await onChanged(words.moved(statusName(updated.plan.program, updated.status)), updated);
      } catch (error) {
        setProblem((error as Error).message);
      }
    });
  };

  return (
    <form className="stack status-form" onSubmit={submit} aria-labelledby="move-title">
      <h3 id="move-title">{words.moveTitle}</h3>
      <p id="move-hint" className="hint">
        {words.moveHint}
        {decisionsFor(c).length > 0 && words.moveHintDecision}
      </p>
      <div className="field">
        <label htmlFor="next-status">{words.nextStep}</label>
        <select
          id="next-status"
          value={to}
          aria-describedby="move-hint"
          onChange={(event) => setTo(event.target.value)}
        >
          {c.allowedNextStatuses.map((s) => (
            <option key={s.status} value={s.status}>
              {statusName(c.plan.program, s.status)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="status-note">{words.note}</label>
        <p id="status-note-hint" className="hint">
          {words.noteHint}
        </p>
        <textarea
          id="status-note"
          rows={2}
          value={note}
          aria-describedby="status-note-hint"
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <SubmitRow problem={problem} sending={sending} label={words.move} />
    </form>
  );
}

export function NoteForm({ caseId, onAdded }: { caseId: string; onAdded: () => Promise<void> }) {
  const t = useT();
  const words = t.cases.actions;
  const [body, setBody] = useState('');
  const { sending, send } = useSendOnce();
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!body.trim()) {
      setError(words.writeNoteFirst);
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
      <h3 id="note-title">{words.addNoteTitle}</h3>
      <div className={error ? 'field has-error' : 'field'}>
        <label htmlFor="note-body">{words.noteLabel}</label>
        <p id="note-body-hint" className="hint">
          {words.addNoteHint}
        </p>
        {error && (
          <p id="note-body-error" className="field-error">
            <span className="visually-hidden">{t.cases.form.error}</span>
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
          {sending ? t.common.saving : words.addNote}
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
  const words = useT().cases.actions;
  const { sending, send } = useSendOnce();
  const [problem, setProblem] = useState<string | null>(null);

  const undo = () =>
    send(async () => {
      setProblem(null);
      try {
        const updated = await api.undoStatus(c.id);
        await onChanged(words.undone(statusName(updated.plan.program, updated.status)), updated);
      } catch (error) {
        setProblem((error as Error).message);
      }
    });

  return (
    <div className="undo">
      <button type="button" className="secondary" disabled={sending} onClick={() => void undo()}>
        {sending ? words.undoing : words.undo(backTo)}
      </button>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
    </div>
  );
}
