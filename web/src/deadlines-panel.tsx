import { api, calendarPath, type CaseDeadline, type CaseDeadlines, type LaterStep } from './api.js';
import { DeadlineBadge, VerifyIcon } from './deadline-badge.js';
import { confidenceWords, needsVerifying, whoActs } from './deadline-words.js';
import { formatDue } from './format.js';
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
  return (
    <section className="panel deadlines-panel" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">Deadlines</h2>
      {state.kind === 'loading' && <p role="status">Loading the deadlines…</p>}
      {state.kind === 'failed' && (
        <LoadProblem what="the deadlines" message={state.message} onRetry={retry} />
      )}
      {state.kind === 'ready' && <Schedule caseId={caseId} schedule={state.value} />}
    </section>
  );
}

function Schedule({ caseId, schedule }: { caseId: string; schedule: CaseDeadlines }) {
  const { deadlines, later, timeZone, disclaimer, missing } = schedule;
  if (missing.length > 0) {
    return (
      <div className="notice">
        <p>
          <strong>Add the date on the notice to see your deadlines.</strong> Overturn counts your
          deadlines from it.
        </p>
        <p>
          <Link href={`/cases/${encodeURIComponent(caseId)}/edit`}>Add the date on the notice</Link>
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
          <p className="eyebrow">Next deadline</p>
          <DeadlineBody deadline={next} timeZone={timeZone} heading="h3" />
        </article>
      ) : (
        <p className="notice">No open deadlines right now.</p>
      )}

      {others.length > 0 && (
        <>
          <h3>{next ? 'Other dates' : 'Dates'}</h3>
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
          <h3>After that, if needed</h3>
          <p className="hint">These clocks start only when something happens first.</p>
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
            Add to my calendar
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
          <dt>Who acts</dt>
          <dd>{whoActs[d.who]}</dd>
        </div>
        <div>
          <dt>Due</dt>
          <dd>
            <time dateTime={d.due}>{formatDue(d.due, timeZone)}</time>
          </dd>
        </div>
        {d.sendBy && (
          <div>
            <dt>Send by</dt>
            <dd>
              <time dateTime={d.sendBy}>{formatDue(d.sendBy, timeZone)}</time>
            </dd>
          </div>
        )}
      </dl>
      {d.sendBy && d.state === 'open' && (
        <p className="hint">Send it by then, so it arrives before the due date.</p>
      )}
      {needsVerifying(d) && (
        <p className="verify">
          <VerifyIcon />
          Verify this date with your plan or state.
        </p>
      )}
      <details className="why">
        <summary>Why this date?</summary>
        <dl className="why-facts">
          <div>
            <dt>Time allowed</dt>
            <dd>{d.limit}</dd>
          </div>
          <div>
            <dt>Counted from</dt>
            <dd>{d.countedFrom}</dd>
          </div>
          <div>
            <dt>Rule</dt>
            <dd>{d.citation}</dd>
          </div>
          <div>
            <dt>How sure we are</dt>
            <dd>{confidenceWords[d.confidence]}</dd>
          </div>
          {d.note && (
            <div>
              <dt>Note</dt>
              <dd>{d.note}</dd>
            </div>
          )}
          <div>
            <dt>Source</dt>
            <dd>{d.source}</dd>
          </div>
        </dl>
      </details>
    </>
  );
}

function LaterItem({ step }: { step: LaterStep }) {
  return (
    <li>
      <p className="later-action">{step.action}</p>
      <p>
        {whoActs[step.who]}: within {step.limit} of {step.startsWhen}.
      </p>
      {step.confidence === 'low' && (
        <p className="verify">
          <VerifyIcon />
          Verify this with your plan or state.
        </p>
      )}
      <details className="why">
        <summary>About this step</summary>
        <dl className="why-facts">
          <div>
            <dt>Rule</dt>
            <dd>{step.citation}</dd>
          </div>
          <div>
            <dt>How sure we are</dt>
            <dd>{confidenceWords[step.confidence]}</dd>
          </div>
          {step.note && (
            <div>
              <dt>Note</dt>
              <dd>{step.note}</dd>
            </div>
          )}
        </dl>
      </details>
    </li>
  );
}
