import { api } from '../api.js';
import { formatInstant } from '../format.js';
import { useT } from '../i18n/messages.js';
import { LoadProblem } from '../load-problem.js';
import { Link } from '../router.js';
import { useLoaded } from '../use-loaded.js';
import { useTitle } from '../use-title.js';

/** The person's second-opinion cases, newest change first, and the way to start one. */
export function OpinionListPage() {
  const { list: w, labels } = useT().opinions;
  useTitle(w.title);
  const [state, retry] = useLoaded(() => api.opinions.list(), []);
  return (
    <>
      <div className="page-head">
        <h1>{w.title}</h1>
        <div className="head-actions">
          <Link href="/opinions/new" className="button">
            {w.start}
          </Link>
        </div>
      </div>
      {state.kind === 'loading' && <p role="status">{w.loading}</p>}
      {state.kind === 'failed' && (
        <LoadProblem what={w.what} message={state.message} onRetry={retry} />
      )}
      {state.kind === 'ready' && state.value.items.length === 0 && (
        <div className="empty">
          <h2>{w.noneTitle}</h2>
          <p>{w.none}</p>
        </div>
      )}
      {state.kind === 'ready' && state.value.items.length > 0 && (
        <ul className="opinion-case-list">
          {state.value.items.map((item) => (
            <li key={item.id} className="panel">
              <h2>
                <Link href={`/opinions/${encodeURIComponent(item.id)}`}>
                  <span dir="auto">{item.patient.name}</span>
                </Link>
              </h2>
              <p dir="auto">{item.question}</p>
              <p className="case-meta">
                {w.meta(
                  labels.statuses[item.status],
                  item.opinionCount,
                  formatInstant(item.updatedAt),
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
