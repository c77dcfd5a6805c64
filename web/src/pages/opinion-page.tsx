import { useCallback, useEffect, useState } from 'react';
import {
  conditionKinds,
  goals,
  questionKinds,
  secondOpinionStatuses,
} from '../../../src/opinions/second-opinion.js';
import { api, type OpinionCaseView } from '../api.js';
import { RecommendationPanel } from '../opinion-check.js';
import { OpinionCards } from '../opinion-cards.js';
import { OpinionCoverage } from '../opinion-coverage.js';
import { loadOpinionCaseAndTimeline, OpinionNotReady, opinionTitle } from '../opinion-load.js';
import { OpinionRecords } from '../opinion-records.js';
import { focusHash, Link } from '../router.js';
import { Timeline } from '../timeline.js';
import { useTitle } from '../use-title.js';
import { useCaseLoad } from './case-load.js';

const parts = [
  ['summary', 'Your question'],
  ['coverage', 'Having it covered'],
  ['asking', 'Asking for it'],
  ['records', 'Your records'],
  ['opinions', 'The opinions'],
  ['timeline', 'Timeline'],
] as const;

/**
 * One second-opinion case, in parts a person can jump to: the question and what matters, having
 * it covered, how to ask, the records, the opinions gathered (and the comparison), the timeline.
 * Whatever changes the case loads it again, with its timeline.
 */
export function OpinionPage({ id }: { id: string }) {
  const [state, setState] = useCaseLoad(id, loadOpinionCaseAndTimeline);
  const [announcement, setAnnouncement] = useState('');
  const ready = state.kind === 'ready';
  useEffect(() => {
    if (ready) focusHash();
  }, [ready]);
  useTitle(state.kind === 'ready' ? opinionTitle(state.view) : 'Second opinion');

  const changed = useCallback(
    async (message: string, updated?: OpinionCaseView) => {
      const [view, events] = await Promise.all([
        updated ?? api.opinions.get(id).catch(() => null),
        api.timeline(id).catch(() => null),
      ]);
      setState((s) =>
        s.kind === 'ready'
          ? { kind: 'ready', view: view ?? s.view, events: events ?? s.events }
          : s,
      );
      setAnnouncement(message);
    },
    [id],
  );
  const changedHere = useCallback(
    (message: string, updated?: OpinionCaseView) => void changed(message, updated),
    [changed],
  );

  if (state.kind !== 'ready') return <OpinionNotReady state={state} title="Second opinion" />;
  const { view } = state;
  const c = view.secondOpinion;
  const base = `/opinions/${encodeURIComponent(c.id)}`;

  return (
    <>
      <h1>
        <span className="eyebrow">Second opinion for</span> <span dir="auto">{c.patient.name}</span>
      </h1>
      <p className="lead" dir="auto">
        {c.question}
      </p>
      <nav aria-label="Parts of this case" className="part-links">
        <ul>
          {parts.map(([part, name]) => (
            <li key={part}>
              <a href={`#${part}`}>{name}</a>
            </li>
          ))}
        </ul>
      </nav>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>

      <Summary view={view} base={base} />
      <OpinionCoverage view={view} onChanged={changedHere} />
      <section id="asking" className="panel case-area" tabIndex={-1} aria-labelledby="asking-title">
        <h2 id="asking-title">Asking for it</h2>
        <p>Asking for a second opinion is normal. Good doctors expect it. You can say:</p>
        {view.scripts.map((script) => (
          <div key={script.id} className="script">
            <h3>{script.title}</h3>
            <blockquote>
              <p>{script.text}</p>
            </blockquote>
          </div>
        ))}
        <p>
          <Link href={`${base}/questions`}>Make your list of questions for the visit</Link>
        </p>
      </section>
      <OpinionRecords caseId={c.id} bringList={view.bringList} onChanged={changedHere} />
      <section id="opinions" className="case-area" tabIndex={-1} aria-labelledby="opinions-title">
        <div className="section-head">
          <h2 id="opinions-title">The opinions</h2>
          {view.opinions.length >= 2 && (
            <Link href={`${base}/compare`} className="button">
              Compare the opinions
            </Link>
          )}
        </div>
        <OpinionCards caseId={c.id} opinions={view.opinions} onChanged={changedHere} />
        {view.opinions.length < 2 && (
          <p>
            <Link href={`${base}/compare`}>Compare the opinions</Link> (once you have two)
          </p>
        )}
      </section>
      <section id="timeline" className="case-area" tabIndex={-1} aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        <Timeline events={state.events} program={c.coverage.program} />
      </section>
    </>
  );
}

/** The question, the condition, what matters most, and the check's answer. */
function Summary({ view, base }: { view: OpinionCaseView; base: string }) {
  const c = view.secondOpinion;
  return (
    <section id="summary" className="panel case-area" tabIndex={-1} aria-labelledby="summary-title">
      <h2 id="summary-title">Your question and what matters</h2>
      <dl className="details">
        <div>
          <dt>Question</dt>
          <dd>{questionKinds[c.questionKind]}</dd>
        </div>
        <div>
          <dt>Condition</dt>
          <dd className={c.condition ? undefined : 'unknown'} dir="auto">
            {c.condition ?? 'Not known'}
            {c.conditionKind && ` (${conditionKinds[c.conditionKind]})`}
          </dd>
        </div>
        <div>
          <dt>Where it stands</dt>
          <dd>{secondOpinionStatuses[c.status]}</dd>
        </div>
      </dl>
      <h3>What matters most to you</h3>
      {c.goals.length === 0 && !c.goalsNote ? (
        <p>You have not said yet.</p>
      ) : (
        <ul className="goal-list">
          {c.goals.map((goal) => (
            <li key={goal}>{goals[goal]}</li>
          ))}
          {c.goalsNote && (
            <li dir="auto" className="goals-note">
              {c.goalsNote}
            </li>
          )}
        </ul>
      )}
      {view.recommendation && (
        <RecommendationPanel recommendation={view.recommendation} headingLevel={3} />
      )}
      <p>
        <Link href={`${base}/questions`}>Your questions for the visit</Link>
        {' · '}
        <Link href={`${base}/compare`}>Compare the opinions</Link>
      </p>
    </section>
  );
}
