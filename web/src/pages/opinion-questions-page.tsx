import { useState } from 'react';
import type { VisitQuestion } from '../api.js';
import { GuideReturn } from '../guide/guide-return.js';
import { opinionGuidePath } from '../guide/opinion-steps.js';
import { useLang } from '../i18n/language.js';
import { useT } from '../i18n/messages.js';
import { loadOpinionCase, OpinionNotReady } from '../opinion-load.js';
import { QuestionEditor } from '../opinion-question-editor.js';
import { Link } from '../router.js';
import { useTitle } from '../use-title.js';
import { useCaseLoad } from './case-load.js';

/**
 * The questions to ask at the visit: suggested for the situation, the person's own, each with room
 * for the answer. It prints as a list with space to write, and has a large-print companion view
 * for the trusted person who comes along.
 */
export function OpinionQuestionsPage({ id }: { id: string }) {
  const t = useT().opinions;
  const w = t.questions;
  // The companion note is worded by the server in the app's language: a change loads it again.
  const lang = useLang();
  const [state, setState] = useCaseLoad(id, loadOpinionCase[lang]);
  const [companion, setCompanion] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  useTitle(state.kind === 'not-found' ? t.load.notFoundTitle : w.title);
  if (state.kind !== 'ready') return <OpinionNotReady state={state} title={w.title} />;
  const { view } = state;
  const c = view.secondOpinion;
  const questions = c.questions;

  return (
    <div className={companion ? 'companion-view' : undefined}>
      <h1>
        <span className="eyebrow">
          {t.secondOpinionFor} <span dir="auto">{c.patient.name}</span>
        </span>{' '}
        {w.title}
      </h1>
      <p className="lead no-print" dir="auto">
        {c.question} <Link href={`/opinions/${encodeURIComponent(c.id)}`}>{t.backToCase}</Link>
      </p>
      <GuideReturn href={opinionGuidePath(c.id, 'questions')} />
      <p className="notice">{view.companionNote}</p>
      <div className="actions no-print">
        <button
          type="button"
          className="secondary"
          aria-pressed={companion}
          onClick={() => setCompanion((on) => !on)}
        >
          {w.companion}
        </button>
        <button type="button" className="secondary" onClick={() => window.print()}>
          {w.print}
        </button>
      </div>
      <p role="status" className="no-print">
        {announcement}
      </p>
      {companion ? (
        <CompanionList questions={questions} />
      ) : (
        <QuestionEditor
          key={c.version}
          view={view}
          onSaved={(saved, message) => {
            setState({ kind: 'ready', view: saved });
            setAnnouncement(message);
          }}
        />
      )}
      <PrintedList questions={questions} />
    </div>
  );
}

/** Read only and large: what the trusted person reads from, and writes the answers beside. */
function CompanionList({ questions }: { questions: readonly VisitQuestion[] }) {
  const w = useT().opinions.questions;
  if (questions.length === 0) return <p>{w.companionNone}</p>;
  return (
    <section aria-labelledby="companion-title" className="no-print">
      <h2 id="companion-title">{w.toAsk}</h2>
      <ol className="companion-list">
        {questions.map((q) => (
          <li key={q.id}>
            <p dir="auto">{q.text}</p>
            {q.answer && (
              <p className="companion-answer" dir="auto">
                <span className="visually-hidden">{w.answerPrefix}</span>
                {q.answer}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Only on paper: each question with its answer or lines to write one. */
function PrintedList({ questions }: { questions: readonly VisitQuestion[] }) {
  return (
    <ol className="print-only printed-questions" aria-hidden="true">
      {questions.map((q) => (
        <li key={q.id}>
          <p>{q.text}</p>
          {q.answer ? (
            <p className="printed-answer">{q.answer}</p>
          ) : (
            <div className="answer-space" />
          )}
        </li>
      ))}
    </ol>
  );
}
