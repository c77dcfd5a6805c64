import { useCallback, useEffect, useState } from 'react';
import { api, type OpinionCaseView } from '../api.js';
import { opinionGuidePath } from '../guide/opinion-steps.js';
import { useLang } from '../i18n/language.js';
import { useT } from '../i18n/messages.js';
import { OpinionAsking } from '../opinion-asking.js';
import { RecommendationPanel } from '../opinion-check.js';
import { OpinionCards } from '../opinion-cards.js';
import { OpinionCoverage } from '../opinion-coverage.js';
import { OpinionGoals } from '../opinion-goals.js';
import { loadOpinionCaseAndTimeline, OpinionNotReady, opinionTitle } from '../opinion-load.js';
import { OpinionRecords } from '../opinion-records.js';
import { focusHash, Link } from '../router.js';
import { Timeline } from '../timeline.js';
import { useTitle } from '../use-title.js';
import { useCaseLoad } from './case-load.js';

/** The parts of the page, in order: each is a section with this id. */
const parts = ['summary', 'coverage', 'asking', 'records', 'opinions', 'timeline'] as const;

/**
 * One second-opinion case, in parts a person can jump to: the question and what matters, having
 * it covered, how to ask, the records, the opinions gathered (and the comparison), the timeline.
 * Whatever changes the case loads it again, with its timeline.
 */
export function OpinionPage({ id }: { id: string }) {
  const t = useT();
  const w = t.opinions.case;
  // The server words the case's steps and scripts in the app's language: a change loads it again.
  const lang = useLang();
  const [state, setState] = useCaseLoad(id, loadOpinionCaseAndTimeline[lang]);
  const [announcement, setAnnouncement] = useState('');
  const ready = state.kind === 'ready';
  useEffect(() => {
    if (ready) focusHash();
  }, [ready]);
  useTitle(state.kind === 'ready' ? opinionTitle(t, state.view) : t.opinions.secondOpinion);

  const changed = useCallback(
    async (message: string, updated?: OpinionCaseView) => {
      const [view, events] = await Promise.all([
        updated ?? api.opinions.get(id, lang).catch(() => null),
        api.timeline(id).catch(() => null),
      ]);
      setState((s) =>
        s.kind === 'ready'
          ? { kind: 'ready', view: view ?? s.view, events: events ?? s.events }
          : s,
      );
      setAnnouncement(message);
    },
    [id, lang],
  );
  const changedHere = useCallback(
    (message: string, updated?: OpinionCaseView) => void changed(message, updated),
    [changed],
  );

  if (state.kind !== 'ready')
    return <OpinionNotReady state={state} title={t.opinions.secondOpinion} />;
  const { view } = state;
  const c = view.secondOpinion;
  const base = `/opinions/${encodeURIComponent(c.id)}`;

  return (
    <>
      <h1>
        <span className="eyebrow">{t.opinions.secondOpinionFor}</span>{' '}
        <span dir="auto">{c.patient.name}</span>
      </h1>
      <p className="lead" dir="auto">
        {c.question}
      </p>
      <p className="guide-link">
        <Link href={opinionGuidePath(c.id)}>{t.guide.guidedSteps}</Link>
      </p>
      <nav aria-label={w.partsNav} className="part-links">
        <ul>
          {parts.map((part) => (
            <li key={part}>
              <a href={`#${part}`}>{w.parts[part]}</a>
            </li>
          ))}
        </ul>
      </nav>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>

      <Summary view={view} base={base} />
      <OpinionCoverage view={view} onChanged={changedHere} />
      <OpinionAsking view={view} questionsHref={`${base}/questions`} />
      <OpinionRecords caseId={c.id} bringList={view.bringList} onChanged={changedHere} />
      <section id="opinions" className="case-area" tabIndex={-1} aria-labelledby="opinions-title">
        <div className="section-head">
          <h2 id="opinions-title">{w.parts.opinions}</h2>
          {view.opinions.length >= 2 && (
            <Link href={`${base}/compare`} className="button">
              {t.opinions.compare.title}
            </Link>
          )}
        </div>
        <OpinionCards caseId={c.id} opinions={view.opinions} onChanged={changedHere} />
        {view.opinions.length < 2 && (
          <p>
            <Link href={`${base}/compare`}>{w.compareLater.link}</Link>
            {w.compareLater.after}
          </p>
        )}
      </section>
      <section id="timeline" className="case-area" tabIndex={-1} aria-labelledby="timeline-title">
        <h2 id="timeline-title">{w.parts.timeline}</h2>
        <Timeline events={state.events} program={c.coverage.program} />
      </section>
    </>
  );
}

/** The question, the condition, what matters most, and the check's answer. */
function Summary({ view, base }: { view: OpinionCaseView; base: string }) {
  const { opinions: t } = useT();
  const { case: w, labels } = t;
  const c = view.secondOpinion;
  return (
    <section id="summary" className="panel case-area" tabIndex={-1} aria-labelledby="summary-title">
      <h2 id="summary-title">{w.summary}</h2>
      <dl className="details">
        <div>
          <dt>{w.question}</dt>
          <dd>{labels.questionKinds[c.questionKind]}</dd>
        </div>
        <div>
          <dt>{w.condition}</dt>
          <dd className={c.condition ? undefined : 'unknown'} dir="auto">
            {c.condition ?? w.notKnown}
            {c.conditionKind && ` (${labels.conditionKinds[c.conditionKind]})`}
          </dd>
        </div>
        <div>
          <dt>{w.status}</dt>
          <dd>{labels.statuses[c.status]}</dd>
        </div>
      </dl>
      <h3>{t.goals}</h3>
      <OpinionGoals case={c} none={w.notSaid} />
      {view.recommendation && (
        <RecommendationPanel recommendation={view.recommendation} headingLevel={3} />
      )}
      <p>
        <Link href={`${base}/questions`}>{w.yourQuestions}</Link>
        {' · '}
        <Link href={`${base}/compare`}>{t.compare.title}</Link>
      </p>
    </section>
  );
}
