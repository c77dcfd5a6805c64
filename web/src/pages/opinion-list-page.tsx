import { secondOpinionStatuses } from '../../../src/opinions/second-opinion.js';
import { api } from '../api.js';
import { formatInstant } from '../format.js';
import { LoadProblem } from '../load-problem.js';
import { Link } from '../router.js';
import { useLoaded } from '../use-loaded.js';
import { useTitle } from '../use-title.js';

/** The person's second-opinion cases, newest change first, and the way to start one. */
export function OpinionListPage() {
  useTitle('Second opinions');
  const [state, retry] = useLoaded(() => api.opinions.list(), []);
  return (
    <>
      <div className="page-head">
        <h1>Second opinions</h1>
        <div className="head-actions">
          <Link href="/opinions/new" className="button">
            Should I get a second opinion?
          </Link>
        </div>
      </div>
      {state.kind === 'loading' && <p role="status">Loading your second opinions…</p>}
      {state.kind === 'failed' && (
        <LoadProblem what="your second opinions" message={state.message} onRetry={retry} />
      )}
      {state.kind === 'ready' && state.value.items.length === 0 && (
        <div className="empty">
          <h2>No second opinions yet</h2>
          <p>
            Not sure about a diagnosis, a treatment or a surgery? Another doctor’s view can help you
            decide. Start with a few questions.
          </p>
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
                {secondOpinionStatuses[item.status]} ·{' '}
                {item.opinionCount === 1 ? '1 opinion' : `${item.opinionCount} opinions`} · changed{' '}
                {formatInstant(item.updatedAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
