import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, type OpinionCaseView, type VisitQuestion } from './api.js';
import { useLang } from './i18n/language.js';
import { useT } from './i18n/messages.js';
import { SubmitRow } from './submit-row.js';
import { useSendOnce } from './use-send-once.js';

/** A question in the list being edited: a new one has no id until it is saved. */
interface Row {
  readonly key: string;
  readonly id?: string;
  readonly text: string;
  readonly source: VisitQuestion['source'];
  readonly answer: string;
}

const rowsOf = (questions: readonly VisitQuestion[]): Row[] =>
  questions.map((q) => ({
    key: q.id,
    id: q.id,
    text: q.text,
    source: q.source,
    answer: q.answer ?? '',
  }));

/**
 * The list of questions for the visit, to edit: each question with room for its answer, "add a
 * question", "suggest questions" (the ones for the situation that are not listed yet) and "save".
 * On the questions page and in the guided second opinion.
 */
export function QuestionEditor({
  view,
  onSaved,
}: {
  view: OpinionCaseView;
  onSaved: (view: OpinionCaseView, message: string) => void;
}) {
  const w = useT().opinions.questions;
  const lang = useLang();
  const c = view.secondOpinion;
  const [rows, setRows] = useState(() => rowsOf(c.questions));
  const [problem, setProblem] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const nextKey = useRef(0);
  const { sending, send } = useSendOnce();
  const set = (key: string, changes: Partial<Row>) =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, ...changes } : row)));

  // A new question gets the cursor; after a removal, the list's heading does.
  useEffect(() => {
    if (focusKey === null) return;
    document
      .getElementById(focusKey === 'list' ? 'questions-title' : `question-${focusKey}`)
      ?.focus();
    setFocusKey(null);
  }, [focusKey]);

  /** Saves the list as it is; empty questions are left out. */
  const save = async () =>
    api.opinions.saveQuestions(
      c.id,
      c.version,
      rows
        .filter((row) => row.text.trim())
        .map((row) => ({
          ...(row.id && { id: row.id }),
          text: row.text.trim(),
          source: row.source,
          answer: row.answer.trim() || null,
        })),
    );

  const act = (action: () => Promise<OpinionCaseView>, message: string) =>
    void send(async () => {
      setProblem(null);
      try {
        const updated = await action();
        onSaved(updated, message);
      } catch (error) {
        setProblem((error as Error).message);
      }
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    act(save, w.saved);
  };
  const suggest = () =>
    act(async () => {
      await save();
      return api.opinions.suggestQuestions(c.id, lang);
    }, w.suggested);

  return (
    <section aria-labelledby="questions-title" className="no-print">
      <div className="section-head">
        <h2 id="questions-title" tabIndex={-1}>
          {w.count(rows.length)}
        </h2>
        <button type="button" className="secondary" disabled={sending} onClick={suggest}>
          {w.suggest}
        </button>
      </div>
      <p className="hint">{w.hint}</p>
      <form onSubmit={submit} noValidate>
        {rows.length === 0 && <p>{w.none}</p>}
        <ol className="question-list">
          {rows.map((row, index) => (
            <li key={row.key} className="panel">
              <div className="field">
                <label htmlFor={`question-${row.key}`}>{w.question(index + 1)}</label>
                <textarea
                  id={`question-${row.key}`}
                  dir="auto"
                  rows={2}
                  value={row.text}
                  onChange={(event) => set(row.key, { text: event.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`answer-${row.key}`}>{w.answer(index + 1)}</label>
                <textarea
                  id={`answer-${row.key}`}
                  dir="auto"
                  rows={2}
                  value={row.answer}
                  onChange={(event) => set(row.key, { answer: event.target.value })}
                />
              </div>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setRows((all) => all.filter((r) => r.key !== row.key));
                  setFocusKey('list');
                }}
              >
                {w.remove(index + 1)}
              </button>
            </li>
          ))}
        </ol>
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              const key = `new-${nextKey.current++}`;
              setRows((all) => [...all, { key, text: '', source: 'own', answer: '' }]);
              setFocusKey(key);
            }}
          >
            {w.add}
          </button>
        </p>
        <SubmitRow problem={problem} sending={sending} label={w.save} />
      </form>
    </section>
  );
}
