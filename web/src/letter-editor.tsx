import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { LetterDocument, LetterEdits, LetterGuidance } from './api.js';
import { useT } from './i18n/messages.js';
import { useDraft, versionOf } from './use-draft.js';
import { useSendOnce } from './use-send-once.js';

/**
 * A letter as a printed page would show it — sender, date, recipient, RE line and references,
 * salutation, paragraphs, closing, signature, enclosures — with its subject, paragraphs and
 * enclosures open to change, the changes kept in this browser until the letter is saved. Every
 * piece of text is a React text node or a form value: the person's words (and the case's) are
 * never read as markup.
 */

interface Paragraph {
  readonly key: number;
  readonly text: string;
}

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const sameLines = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((line, i) => line.trim() === b[i]?.trim());

/** Only what the person changed; undefined when nothing was. */
export function editsOf(
  original: LetterDocument,
  { subject, body, enclosures }: { subject: string; body: readonly string[]; enclosures: string },
): LetterEdits | undefined {
  const paragraphs = body.map((text) => text.trim()).filter(Boolean);
  const enclosureLines = linesOf(enclosures);
  const edits: LetterEdits = {
    ...(subject.trim() !== original.subject.trim() && { subject: subject.trim() }),
    ...(!sameLines(paragraphs, original.body) && { body: paragraphs }),
    ...(!sameLines(enclosureLines, original.enclosures) && { enclosures: enclosureLines }),
  };
  return Object.keys(edits).length > 0 ? edits : undefined;
}

/** The letter's open parts as the person is changing them. */
interface LetterDraft {
  readonly subject: string;
  readonly body: readonly Paragraph[];
  readonly enclosures: string;
}

/**
 * The letter as written for the case, which the kept changes were typed over: when the case's
 * details (or the choices, or the language) write it otherwise now, old changes are dropped.
 */
const versionOfLetter = ({ lang, subject, body, enclosures }: LetterDocument) =>
  versionOf({ lang, subject, body, enclosures });

/** Enough rows to show a paragraph without scrolling inside the box. */
const rowsFor = (text: string) =>
  Math.max(
    2,
    text.split('\n').reduce((n, line) => n + Math.ceil((line.length + 1) / 70), 0),
  );

export function LetterEditor({
  document: letter,
  draftKey,
  onSave,
  problem,
}: {
  document: LetterDocument;
  /** Where the changes wait in this browser until the letter is saved (one per case and kind). */
  draftKey: string;
  /** Saves the letter with these edits (none if nothing changed); an error is shown by `problem`. */
  onSave: (edits: LetterEdits | undefined) => Promise<void>;
  problem: (error: unknown) => ReactNode;
}) {
  const t = useT();
  const w = t.letters.editor;
  // What the person changed stays in this browser until the letter is saved: leaving the page, a
  // reload or a failed save loses none of it.
  const [draft, changeDraft, clearDraft] = useDraft<LetterDraft>(
    draftKey,
    {
      subject: letter.subject,
      body: letter.body.map((text, key) => ({ key, text })),
      enclosures: letter.enclosures.join('\n'),
    },
    { version: versionOfLetter(letter) },
  );
  const { subject, body, enclosures } = draft;
  const nextKey = useRef(Math.max(-1, ...body.map((p) => p.key)) + 1);
  const setBody = (paragraphs: readonly Paragraph[]) => changeDraft({ body: paragraphs });
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [emptyBody, setEmptyBody] = useState(false);
  const { sending, send } = useSendOnce();

  // After adding or removing a paragraph, the cursor goes to the paragraph that is now in play.
  useEffect(() => {
    if (focusKey === null) return;
    document.getElementById(`paragraph-${focusKey}`)?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const addAfter = (index: number) => {
    const key = nextKey.current++;
    setBody([...body.slice(0, index + 1), { key, text: '' }, ...body.slice(index + 1)]);
    setFocusKey(key);
  };
  const remove = (index: number) => {
    const neighbour = body[index - 1] ?? body[index + 1];
    setBody(body.filter((_, i) => i !== index));
    if (neighbour) setFocusKey(neighbour.key);
  };
  const change = (index: number, text: string) =>
    setBody(body.map((p, i) => (i === index ? { ...p, text } : p)));

  const save = (event: FormEvent) => {
    event.preventDefault();
    const texts = body.map((p) => p.text);
    if (texts.every((text) => !text.trim())) {
      setEmptyBody(true);
      return;
    }
    setEmptyBody(false);
    setError(null);
    const edits = editsOf(letter, { subject, body: texts, enclosures });
    void send(async () => {
      try {
        await onSave(edits);
        clearDraft();
      } catch (caught) {
        setError(caught);
      }
    });
  };

  return (
    <form onSubmit={save} noValidate>
      <article className="letter-sheet" lang={letter.lang} aria-label={letter.title}>
        <Lines className="letter-from" lines={letter.from} />
        <p className="letter-date">{letter.date}</p>
        <Lines className="letter-to" lines={letter.to} />

        <div className="letter-subject">
          <label htmlFor="letter-subject">{w.subject}</label>
          <textarea
            id="letter-subject"
            dir="auto"
            rows={rowsFor(subject)}
            value={subject}
            onChange={(event) => changeDraft({ subject: event.target.value })}
          />
        </div>
        {letter.reference.length > 0 && (
          <table className="letter-reference">
            <tbody>
              {letter.reference.map(([label, value]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td dir="auto">{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}

        <p dir="auto">{letter.salutation}</p>
        {emptyBody && (
          <p role="alert" className="field-error">
            {w.emptyBody}
          </p>
        )}
        <ol className="letter-body">
          {body.map((paragraph, index) => (
            <li key={paragraph.key}>
              <label htmlFor={`paragraph-${paragraph.key}`}>{w.paragraph(index + 1)}</label>
              <textarea
                id={`paragraph-${paragraph.key}`}
                dir="auto"
                rows={rowsFor(paragraph.text)}
                value={paragraph.text}
                onChange={(event) => change(index, event.target.value)}
              />
              <div className="paragraph-actions">
                <button type="button" className="secondary small" onClick={() => addAfter(index)}>
                  {w.add}
                  <span className="visually-hidden">{w.addAfter(index + 1)}</span>
                </button>
                {body.length > 1 && (
                  <button type="button" className="secondary small" onClick={() => remove(index)}>
                    {w.remove}
                    <span className="visually-hidden">{w.removeWhich(index + 1)}</span>
                  </button>
                )}
              </div>
            </li>
          ))}
        </ol>

        <p dir="auto">{letter.closing}</p>
        <Lines className="letter-signature" lines={letter.signature} />

        <div className="letter-enclosures">
          <label htmlFor="letter-enclosures">{w.enclosures}</label>
          <p id="letter-enclosures-hint" className="hint">
            {w.enclosuresHint}
          </p>
          <textarea
            id="letter-enclosures"
            dir="auto"
            aria-describedby="letter-enclosures-hint"
            rows={Math.max(3, enclosures.split('\n').length + 1)}
            value={enclosures}
            onChange={(event) => changeDraft({ enclosures: event.target.value })}
          />
        </div>
      </article>

      {error !== null && problem(error)}
      <div className="actions">
        <button type="submit" disabled={sending}>
          {sending ? t.common.saving : w.save}
        </button>
      </div>
    </form>
  );
}

/** Lines of an address or a signature, one under the other. */
function Lines({ lines, className }: { lines: readonly string[]; className: string }) {
  if (lines.length === 0) return null;
  return (
    <p className={className}>
      {lines.map((line, i) => (
        <span key={i} className="line" dir="auto">
          {line}
        </span>
      ))}
    </p>
  );
}

/** "What to do with this letter": the steps, and that this is not legal advice. */
export function LetterGuidancePanel({ guidance }: { guidance: LetterGuidance }) {
  const t = useT();
  return (
    <aside className="panel letter-guidance" aria-labelledby="guidance-title" lang={guidance.lang}>
      <h2 id="guidance-title">{t.letters.guidanceTitle(guidance.lang)}</h2>
      <ol>
        {guidance.steps.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
      <p className="disclaimer">{guidance.notLegalAdvice}</p>
    </aside>
  );
}
