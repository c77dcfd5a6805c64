import { api, calendarPath, type CaseDeadline, type CaseDeadlines, type LaterStep } from './api.js';
import { DeadlineBadge, VerifyIcon } from './deadline-badge.js';
import { needsVerifying } from './deadline-words.js';
import { formatDue } from './format.js';
import { useT } from './i18n/messages.js';
import { Link } from './router.js';
import { LoadProblem } from './load-problem.js';
import { useLoaded } from './use-loaded.js';

/**
 * A case's deadlines on its page: the next one to meet, large; then every other date, soonest
 * first; then the steps whose clock has not started. Each says who acts and by when in plain
 * words; "Why this date?" opens the rule, its citation and how sure it is, for advocates.
 */

export function DeadlinesPanel({ caseId, version }: { caseId: string; version: number }) {
  // Loaded again whenever the case changes (`version`), the old ones shown meanwhile.
  const [state, retry] = useLoaded(() => api.caseDeadlines(caseId), [caseId, version]);
  const t = useT().deadlines;
  return (
    <section className="panel deadlines-panel" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">{t.panel.title}</h2>
      {state.kind === 'loading' && <p role="status">{t.loading}</p>}
      {state.kind === 'failed' && (
        <LoadProblem what={t.what} message={state.message} onRetry={retry} />
      )}
      {state.kind === 'ready' && <Schedule caseId={caseId} schedule={state.value} />}
    </section>
  );
}

function Schedule({ caseId, schedule }: { caseId: string; schedule: CaseDeadlines }) {
  const t = useT().deadlines.panel;
  const { deadlines, later, timeZone, disclaimer, missing } = schedule;
  if (missing.length > 0) {
    return (
      <div className="notice">
        <p>
          <strong>{t.missing.strong}</strong> {t.missing.after}
        </p>
        <p>
          <Link href={`/cases/${encodeURIComponent(caseId)}/edit`}>{t.missing.link}</Link>
        </p>
      </div>
    );
  }
  const next = deadlines.find((d) => d.state === 'open');
  const others = deadlines.filter((d) => d !== next);
  return (
    <>
      {next ? (
        <article className="deadline deadline-next" aria-labelledby={`deadline-${next.id}`}>
          <p className="eyebrow">{t.next}</p>
          <DeadlineBody deadline={next} timeZone={timeZone} heading="h3" />
        </article>
      ) : (
        <p className="notice">{t.noneOpen}</p>
      )}

      {others.length > 0 && (
        <>
          <h3>{next ? t.otherDates : t.dates}</h3>
          <ol className="deadline-list">
            {others.map((d) => (
              <li key={d.id} className="deadline">
                <DeadlineBody deadline={d} timeZone={timeZone} heading="h4" />
              </li>
            ))}
          </ol>
        </>
      )}

      {later.length > 0 && (
        <>
          <h3>{t.later}</h3>
          <p className="hint">{t.laterHint}</p>
          <ul className="later-list">
            {later.map((step) => (
              <LaterItem key={step.id} step={step} />
            ))}
          </ul>
        </>
      )}

      <p className="disclaimer">{disclaimer}</p>
      {deadlines.length > 0 && (
        <p>
          <a className="button secondary" href={calendarPath(caseId)} download>
            {t.addToCalendar}
          </a>
        </p>
      )}
    </>
  );
}

function DeadlineBody({
  deadline: d,
  timeZone,
  heading: Heading,
}: {
  deadline: CaseDeadline;
  timeZone: string;
  heading: 'h3' | 'h4';
}) {
  const words = useT().deadlines;
  const t = words.panel;
  return (
    <>
      <div className="deadline-head">
        <Heading id={`deadline-${d.id}`} className="deadline-action">
          {d.action}
        </Heading>
        <DeadlineBadge deadline={d} />
      </div>
      <dl className="deadline-facts">
        <div>
          <dt>{t.whoActs}</dt>
          <dd>{words.who[d.who]}</dd>
        </div>
        <div>
          <dt>{words.due}</dt>
          <dd>
            <time dateTime={d.due}>{formatDue(d.due, timeZone)}</time>
          </dd>
        </div>
        {d.sendBy && (
          <div>
            <dt>{t.sendBy}</dt>
            <dd>
              <time dateTime={d.sendBy}>{formatDue(d.sendBy, timeZone)}</time>
            </dd>
          </div>
        )}
      </dl>
      {d.sendBy && d.state === 'open' && <p className="hint">{t.sendByHint}</p>}
      {needsVerifying(d) && (
        <p className="verify">
          <VerifyIcon />
          {t.verifyDate}
        </p>
      )}
      <details className="why">
        <summary>{t.why}</summary>
        <dl className="why-facts">
          <div>
            <dt>{t.timeAllowed}</dt>
            <dd>{d.limit}</dd>
          </div>
          <div>
            <dt>{t.countedFrom}</dt>
            <dd>{d.countedFrom}</dd>
          </div>
          <div>
            <dt>{t.rule}</dt>
            <dd>{d.citation}</dd>
          </div>
          <div>
            <dt>{t.howSure}</dt>
            <dd>{words.confidence[d.confidence]}</dd>
          </div>
          {d.note && (
            <div>
              <dt>{t.note}</dt>
              <dd>{d.note}</dd>
            </div>
          )}
          <div>
            <dt>{t.source}</dt>
            <dd>{d.source}</dd>
          </div>
        </dl>
      </details>
    </>
  );
}

function LaterItem({ step }: { step: LaterStep }) {
  const words = useT().deadlines;
  const t = words.panel;
  return (
    <li>
      <p className="later-action">{step.action}</p>
      <p>{t.laterWithin(words.who[step.who], step.limit, step.startsWhen)}</p>
      {step.confidence === 'low' && (
        <p className="verify">
          <VerifyIcon />
          {t.verifyStep}
        </p>
      )}
      <details className="why">
        <summary>{t.aboutStep}</summary>
        <dl className="why-facts">
          <div>
            <dt>{t.rule}</dt>
            <dd>{step.citation}</dd>
          </div>
          <div>
            <dt>{t.howSure}</dt>
            <dd>{words.confidence[step.confidence]}</dd>
          </div>
          {step.note && (
            <div>
              <dt>{t.note}</dt>
              <dd>{step.note}</dd>
            </div>
          )}
        </dl>
      </details>
    </li>
  );
}
