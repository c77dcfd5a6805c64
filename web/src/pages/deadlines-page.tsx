import { useEffect, useRef, useState } from 'react';
import { api, calendarPath, type AllDeadlines, type DeadlineOfCase } from '../api.js';
import { DeadlineBadge, StandingIcon } from '../deadline-badge.js';
import { soonDays, standingOf, whoActs, type Standing } from '../deadline-words.js';
import { formatDue } from '../format.js';
import { Link } from '../router.js';
import { TaskList } from '../task-list.js';
import { useTitle } from '../use-title.js';
import { LoadProblem } from '../load-problem.js';

/**
 * The dashboard across cases: first what is due (calls to return, own tasks, when to send and when
 * to chase), soonest first with the overdue ones said in words; then every date still to meet,
 * in three groups: missed, this week, later. The whole list can go into a calendar program, as a
 * file or a subscription.
 */

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | ({ readonly kind: 'ready' } & AllDeadlines);

interface Group {
  readonly id: 'missed' | 'this-week' | 'later';
  readonly standing: Standing;
  readonly title: string;
  readonly hint: string;
}

const groups: readonly Group[] = [
  {
    id: 'missed',
    standing: 'missed',
    title: 'Missed',
    hint: 'These dates have passed. Call the plan or a patient advocate soon: you may still have options.',
  },
  {
    id: 'this-week',
    standing: 'soon',
    title: 'This week',
    hint: `Due in the next ${soonDays} days.`,
  },
  { id: 'later', standing: 'open', title: 'Later', hint: `Due in more than ${soonDays} days.` },
];

const groupOf = (item: DeadlineOfCase): Group['id'] => {
  switch (standingOf(item.deadline)) {
    case 'missed':
      return 'missed';
    case 'soon':
      return 'this-week';
    case 'open':
    case 'done': // Not listed by the server; kept with the later dates if it ever is.
      return 'later';
  }
};

export function DeadlinesPage() {
  useTitle('All deadlines');
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    api.allDeadlines().then(
      (all) => current && setState({ kind: 'ready', ...all }),
      (error: unknown) =>
        current && setState({ kind: 'failed', message: (error as Error).message }),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  return (
    <>
      <h1>All deadlines</h1>
      <p className="lead">
        Everything to do in your open cases, soonest first. Open a case to see why each date
        applies.
      </p>
      <section className="panel due-tasks" aria-labelledby="due-title">
        <h2 id="due-title">What is due</h2>
        <p className="hint">
          Calls to make, letters to send and your own reminders. Late ones are marked “Overdue”.
        </p>
        <TaskList />
      </section>
      <CalendarLinks />
      {state.kind === 'loading' && <p role="status">Loading the deadlines…</p>}
      {state.kind === 'failed' && (
        <LoadProblem
          what="the deadlines"
          message={state.message}
          onRetry={() => setAttempt((n) => n + 1)}
        />
      )}
      {state.kind === 'ready' && state.items.length === 0 && <NoDeadlines />}
      {state.kind === 'ready' && state.items.length > 0 && (
        <>
          {groups.map((group) => {
            const items = state.items.filter((item) => groupOf(item) === group.id);
            return items.length > 0 && <DeadlineGroup key={group.id} group={group} items={items} />;
          })}
          <p className="disclaimer">{state.disclaimer}</p>
        </>
      )}
    </>
  );
}

function DeadlineGroup({ group, items }: { group: Group; items: DeadlineOfCase[] }) {
  const titleId = `group-${group.id}`;
  return (
    <section className={`deadline-group group-${group.standing}`} aria-labelledby={titleId}>
      <h2 id={titleId}>
        <StandingIcon standing={group.standing} />
        {group.title} <span className="count">({items.length})</span>
      </h2>
      <p className="hint">{group.hint}</p>
      <table className="case-table deadline-table">
        <caption className="visually-hidden">{group.title}: deadlines, soonest first</caption>
        <thead>
          <tr>
            <th scope="col">What must happen</th>
            <th scope="col">Due</th>
            <th scope="col">Time left</th>
            <th scope="col">Case</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ case: c, deadline: d }) => (
            <tr key={`${c.id}/${d.id}`}>
              <th scope="row">
                {d.action}
                <span className="who">{whoActs[d.who]} must act</span>
              </th>
              <td data-label="Due">
                <time dateTime={d.due}>{formatDue(d.due, c.timeZone)}</time>
                {d.sendBy && (
                  <span className="send-by">
                    Send by <time dateTime={d.sendBy}>{formatDue(d.sendBy)}</time>
                  </span>
                )}
              </td>
              <td data-label="Time left">
                <DeadlineBadge deadline={d} />
              </td>
              <td data-label="Case">
                <Link href={`/cases/${encodeURIComponent(c.id)}`}>{c.patientName}</Link>
                <span className="case-meta">
                  {c.insurer}
                  {c.claimNumber && <>, claim {c.claimNumber}</>}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The calendar file to download, and the address a calendar program can subscribe to. */
function CalendarLinks() {
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const url = `${window.location.origin}${calendarPath()}`;

  const copy = () => {
    const fallback = () => {
      input.current?.select();
      setCopied('The address is selected: press Ctrl+C (or ⌘+C on a Mac) to copy it.');
    };
    if (!navigator.clipboard) return fallback();
    navigator.clipboard
      .writeText(url)
      .then(() => setCopied('Copied. Now paste it into your calendar program.'), fallback);
  };

  return (
    <div className="calendar-links">
      <p className="hint">
        Put these dates in your calendar: download them as a file, or, in a calendar program on this
        computer, subscribe so new dates show up by themselves.
      </p>
      <div className="actions">
        <a className="button" href={calendarPath()} download>
          Download calendar (.ics)
        </a>
        <button
          type="button"
          className="secondary"
          aria-expanded={open}
          aria-controls="calendar-subscribe"
          onClick={() => setOpen((o) => !o)}
        >
          Subscribe
        </button>
      </div>
      <div id="calendar-subscribe" className="subscribe" hidden={!open}>
        <label htmlFor="calendar-url">Calendar address</label>
        <p id="calendar-url-hint" className="hint">
          In a calendar program on this computer, choose “Subscribe to calendar” or “Add calendar
          from URL”, then paste this address. It works while Overturn is running; online calendars
          such as Google Calendar cannot reach it, so download the file for those.
        </p>
        <div className="copy-row">
          <input
            id="calendar-url"
            ref={input}
            type="text"
            readOnly
            value={url}
            aria-describedby="calendar-url-hint"
            onFocus={(event) => event.target.select()}
          />
          <button type="button" onClick={copy}>
            Copy
          </button>
        </div>
        <p role="status" className="copied">
          {copied}
        </p>
      </div>
    </div>
  );
}

function NoDeadlines() {
  return (
    <section className="empty" aria-labelledby="no-deadlines-title">
      <h2 id="no-deadlines-title">No deadlines to meet right now</h2>
      <p>
        A case shows its deadlines once it has the date on the denial notice. Dates you have already
        met, and finished cases, are not listed.
      </p>
      <p>
        <Link href="/">Go to your cases</Link>
      </p>
    </section>
  );
}
