import { useEffect, useState } from 'react';
import { api, type CaseSummaryView } from '../api.js';
import { formatDate } from '../format.js';
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
  useTitle('Your cases');
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
        <h1>Your cases</h1>
        <div className="head-actions">
          <Link href="/intake" className="button">
            Add a denial letter
          </Link>
          <Link href="/cases/new" className="button secondary">
            New case
          </Link>
        </div>
      </div>
      <DeletedCaseNotice onRestored={() => setAttempt((n) => n + 1)} />
      <WaitingLetters />
      {state.kind === 'loading' && <p role="status">Loading your cases…</p>}
      {state.kind === 'failed' && (
        <LoadProblem
          what="your cases"
          message={state.message}
          onRetry={() => setAttempt((n) => n + 1)}
        />
      )}
      {state.kind === 'ready' && state.cases.length === 0 && <EmptyState />}
      {state.kind === 'ready' && state.cases.length > 0 && (
        <>
          <table className="case-table">
            <caption className="visually-hidden">Your cases, soonest deadline first</caption>
            <thead>
              <tr>
                <th scope="col">Patient</th>
                <th scope="col">Insurance company</th>
                <th scope="col">Where it stands</th>
                <th scope="col">Next deadline</th>
              </tr>
            </thead>
            <tbody>
              {state.cases.map((c) => (
                <tr key={c.id}>
                  <th scope="row" data-label="Patient">
                    <Link href={`/cases/${encodeURIComponent(c.id)}`}>{c.patient.name}</Link>
                  </th>
                  <td data-label="Insurance company">{c.plan.insurer}</td>
                  <td data-label="Where it stands">{c.statusLabel}</td>
                  <td data-label="Next deadline">
                    {c.nextDeadline ? formatDate(c.nextDeadline) : <NoDate />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {state.nextCursor && (
            <p>
              <button type="button" onClick={() => void loadMore()} disabled={loadingMore}>
                {loadingMore ? 'Loading…' : 'Load more'}
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
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">None yet</span>
    </>
  );
}

function EmptyState() {
  return (
    <section className="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">No cases yet</h2>
      <p>
        Start with the letter from your health plan that says no. It may be called a denial, an
        adverse benefit determination, or an explanation of benefits (EOB).
      </p>
      <ol>
        <li>Keep the letter and its envelope close by.</li>
        <li>
          Add the letter as a file or a photo, and check what Overturn reads from it. Or open a new
          case and copy in what the letter says. Only three things are needed now.
        </li>
        <li>Overturn then keeps track of each step, and of the next date not to miss.</li>
      </ol>
      <p className="head-actions">
        <Link href="/intake" className="button">
          Add your denial letter
        </Link>
        <Link href="/cases/new" className="button secondary">
          Open your first case
        </Link>
      </p>
    </section>
  );
}
