import { useEffect, useState } from 'react';
import { api, type CaseSummaryView } from '../api.js';
import { formatDate, statusName } from '../format.js';
import { useT } from '../i18n/messages.js';
import { Link } from '../router.js';
import { useTitle } from '../use-title.js';
import { LoadProblem } from '../load-problem.js';
import { WaitingLetters } from '../waiting-letters.js';
import { DeletedCaseNotice } from './deleted-case-notice.js';

type ListState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | {
      readonly kind: 'ready';
      readonly cases: CaseSummaryView[];
      readonly nextCursor: string | null;
    };

export function CaseListPage() {
  const t = useT();
  const words = t.cases.list;
  useTitle(words.title);
  const [state, setState] = useState<ListState>({ kind: 'loading' });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    api.listCases().then(
      (page) =>
        current && setState({ kind: 'ready', cases: page.items, nextCursor: page.nextCursor }),
      (error: unknown) =>
        current && setState({ kind: 'failed', message: (error as Error).message }),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  const loadMore = async () => {
    if (state.kind !== 'ready' || !state.nextCursor || loadingMore) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await api.listCases(state.nextCursor);
      setState({
        kind: 'ready',
        cases: [...state.cases, ...page.items],
        nextCursor: page.nextCursor,
      });
    } catch (error) {
      setMoreError((error as Error).message);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <div className="page-head">
        <h1>{words.title}</h1>
        <div className="head-actions">
          <Link href="/intake" className="button">
            {words.addLetter}
          </Link>
          <Link href="/cases/new" className="button secondary">
            {words.newCase}
          </Link>
        </div>
      </div>
      <DeletedCaseNotice onRestored={() => setAttempt((n) => n + 1)} />
      <WaitingLetters />
      {state.kind === 'loading' && <p role="status">{words.loading}</p>}
      {state.kind === 'failed' && (
        <LoadProblem
          what={words.what}
          message={state.message}
          onRetry={() => setAttempt((n) => n + 1)}
        />
      )}
      {state.kind === 'ready' && state.cases.length === 0 && <EmptyState />}
      {state.kind === 'ready' && state.cases.length > 0 && (
        <>
          <table className="case-table">
            <caption className="visually-hidden">{words.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{words.patient}</th>
                <th scope="col">{words.insurer}</th>
                <th scope="col">{words.whereItStands}</th>
                <th scope="col">{words.nextDeadline}</th>
              </tr>
            </thead>
            <tbody>
              {state.cases.map((c) => (
                <tr key={c.id}>
                  <th scope="row" data-label={words.patient}>
                    <Link href={`/cases/${encodeURIComponent(c.id)}`}>{c.patient.name}</Link>
                  </th>
                  <td data-label={words.insurer}>{c.plan.insurer}</td>
                  <td data-label={words.whereItStands}>{statusName(c.plan.program, c.status)}</td>
                  <td data-label={words.nextDeadline}>
                    {c.nextDeadline ? formatDate(c.nextDeadline) : <NoDate />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {state.nextCursor && (
            <p>
              <button type="button" onClick={() => void loadMore()} disabled={loadingMore}>
                {loadingMore ? t.common.loading : words.loadMore}
              </button>
            </p>
          )}
          {moreError && (
            <p role="alert" className="problem">
              {moreError}
            </p>
          )}
        </>
      )}
    </>
  );
}

function NoDate() {
  const t = useT();
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t.cases.list.noneYet}</span>
    </>
  );
}

function EmptyState() {
  const words = useT().cases.empty;
  return (
    <section className="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">{words.title}</h2>
      <p>{words.lead}</p>
      <ol>
        <li>{words.keepLetter}</li>
        <li>{words.addLetter}</li>
        <li>{words.keepTrack}</li>
      </ol>
      <p className="head-actions">
        <Link href="/intake" className="button">
          {words.addYourLetter}
        </Link>
        <Link href="/cases/new" className="button secondary">
          {words.openFirst}
        </Link>
      </p>
    </section>
  );
}
