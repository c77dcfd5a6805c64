import { useEffect, useRef, useState } from 'react';
import { api, calendarPath, type AllDeadlines, type DeadlineOfCase } from '../api.js';
import { DeadlineBadge, StandingIcon } from '../deadline-badge.js';
import { soonDays, standingOf, type Standing } from '../deadline-words.js';
import { formatDue } from '../format.js';
import { useT, type Messages } from '../i18n/messages.js';
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

const groupsOf = ({ groups }: Messages['deadlines']['page']): readonly Group[] => [
  { id: 'missed', standing: 'missed', ...groups.missed },
  {
    id: 'this-week',
    standing: 'soon',
    title: groups.thisWeek.title,
    hint: groups.thisWeek.hint(soonDays),
  },
  { id: 'later', standing: 'open', title: groups.later.title, hint: groups.later.hint(soonDays) },
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
  const words = useT().deadlines;
  const t = words.page;
  useTitle(t.title);
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
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <section className="panel due-tasks" aria-labelledby="due-title">
        <h2 id="due-title">{t.dueTitle}</h2>
        <p className="hint">{t.dueHint}</p>
        <TaskList />
      </section>
      <CalendarLinks />
      {state.kind === 'loading' && <p role="status">{words.loading}</p>}
      {state.kind === 'failed' && (
        <LoadProblem
          what={words.what}
          message={state.message}
          onRetry={() => setAttempt((n) => n + 1)}
        />
      )}
      {state.kind === 'ready' && state.items.length === 0 && <NoDeadlines />}
      {state.kind === 'ready' && state.items.length > 0 && (
        <>
          {groupsOf(t).map((group) => {
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
  const words = useT().deadlines;
  const t = words.page;
  const titleId = `group-${group.id}`;
  return (
    <section className={`deadline-group group-${group.standing}`} aria-labelledby={titleId}>
      <h2 id={titleId}>
        <StandingIcon standing={group.standing} />
        {group.title} <span className="count">({items.length})</span>
      </h2>
      <p className="hint">{group.hint}</p>
      <table className="case-table deadline-table">
        <caption className="visually-hidden">{t.caption(group.title)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.action}</th>
            <th scope="col">{words.due}</th>
            <th scope="col">{t.columns.timeLeft}</th>
            <th scope="col">{t.columns.case}</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ case: c, deadline: d }) => (
            <tr key={`${c.id}/${d.id}`}>
              <th scope="row">
                {d.action}
                <span className="who">{t.mustAct(words.who[d.who])}</span>
              </th>
              <td data-label={words.due}>
                <time dateTime={d.due}>{formatDue(d.due, c.timeZone)}</time>
                {d.sendBy && (
                  <span className="send-by">
                    {t.sendBy} <time dateTime={d.sendBy}>{formatDue(d.sendBy)}</time>
                  </span>
                )}
              </td>
              <td data-label={t.columns.timeLeft}>
                <DeadlineBadge deadline={d} />
              </td>
              <td data-label={t.columns.case}>
                <Link href={`/cases/${encodeURIComponent(c.id)}`}>{c.patientName}</Link>
                <span className="case-meta">
                  {c.insurer}
                  {c.claimNumber && t.claim(c.claimNumber)}
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
  const t = useT().deadlines.calendar;
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const url = `${window.location.origin}${calendarPath()}`;

  const copy = () => {
    const fallback = () => {
      input.current?.select();
      setCopied(t.selected);
    };
    if (!navigator.clipboard) return fallback();
    navigator.clipboard.writeText(url).then(() => setCopied(t.copied), fallback);
  };

  return (
    <div className="calendar-links">
      <p className="hint">{t.hint}</p>
      <div className="actions">
        <a className="button" href={calendarPath()} download>
          {t.download}
        </a>
        <button
          type="button"
          className="secondary"
          aria-expanded={open}
          aria-controls="calendar-subscribe"
          onClick={() => setOpen((o) => !o)}
        >
          {t.subscribe}
        </button>
      </div>
      <div id="calendar-subscribe" className="subscribe" hidden={!open}>
        <label htmlFor="calendar-url">{t.address}</label>
        <p id="calendar-url-hint" className="hint">
          {t.addressHint}
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
            {t.copy}
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
  const t = useT().deadlines.page.none;
  return (
    <section className="empty" aria-labelledby="no-deadlines-title">
      <h2 id="no-deadlines-title">{t.title}</h2>
      <p>{t.text}</p>
      <p>
        <Link href="/">{t.link}</Link>
      </p>
    </section>
  );
}
