import { goals } from '../../../src/opinions/second-opinion.js';
import { api, ApiError, type Comparison, type Opinion, type OpinionCaseView } from '../api.js';
import { AgreementMark } from '../opinion-agreement.js';
import { OpinionFacts, opinionName } from '../opinion-facts.js';
import { OpinionNotReady } from '../opinion-load.js';
import { Link } from '../router.js';
import { useTitle } from '../use-title.js';
import { useCaseLoad } from './case-load.js';

/** The case, and its comparison — or, with fewer than two opinions, the server's reason why not. */
const loadComparison = async (
  id: string,
): Promise<{ view: OpinionCaseView; comparison: Comparison | null; tooFew: string | null }> => {
  const view = await api.opinions.get(id);
  try {
    return { view, comparison: await api.opinions.comparison(id), tooFew: null };
  } catch (error) {
    if (error instanceof ApiError && error.status === 400)
      return { view, comparison: null, tooFew: error.message };
    throw error;
  }
};

/**
 * The opinions side by side (stacked on a phone): where they agree and differ, why a third opinion
 * may help, warnings, and each opinion beside the person's goals and ratings. It compares; it never
 * picks a doctor. Printable, and as a PDF to bring to the deciding appointment.
 */
export function OpinionComparePage({ id }: { id: string }) {
  const [state] = useCaseLoad(id, loadComparison);
  useTitle(state.kind === 'not-found' ? 'Second-opinion case not found' : 'Compare the opinions');
  if (state.kind !== 'ready') return <OpinionNotReady state={state} title="Compare the opinions" />;
  const c = state.view.secondOpinion;
  const caseHref = `/opinions/${encodeURIComponent(c.id)}`;
  const heading = (
    <>
      <h1>
        <span className="eyebrow">
          Second opinion for <span dir="auto">{c.patient.name}</span>
        </span>{' '}
        Compare the opinions
      </h1>
      <p className="lead" dir="auto">
        {c.question}{' '}
        <Link href={caseHref} className="no-print">
          Back to the case
        </Link>
      </p>
    </>
  );
  if (!state.comparison)
    return (
      <>
        {heading}
        <div className="notice" role="status">
          <p>{state.tooFew}</p>
          <p>
            <Link href={`${caseHref}#opinions`}>Add an opinion</Link>
          </p>
        </div>
      </>
    );
  const comparison = state.comparison;

  return (
    <>
      {heading}
      <Findings comparison={comparison} />
      <div className="actions no-print">
        <a href={api.opinions.comparisonPdfPath(c.id)} className="button" download>
          Download the comparison (PDF)
        </a>
        <button type="button" className="secondary" onClick={() => window.print()}>
          Print this page
        </button>
      </div>
      <section aria-labelledby="goals-title" className="panel compare-goals">
        <h2 id="goals-title">What matters most to you</h2>
        {c.goals.length === 0 && !c.goalsNote ? (
          <p>You have not said yet. It helps to weigh each opinion against what matters to you.</p>
        ) : (
          <ul className="goal-list">
            {c.goals.map((goal) => (
              <li key={goal}>{goals[goal]}</li>
            ))}
            {c.goalsNote && <li dir="auto">{c.goalsNote}</li>}
          </ul>
        )}
      </section>
      <section aria-labelledby="side-by-side-title">
        <h2 id="side-by-side-title">Side by side</h2>
        <ul className="compare-grid">
          {comparison.opinions.map((opinion) => (
            <OpinionColumn key={opinion.id} opinion={opinion} comparison={comparison} />
          ))}
        </ul>
      </section>
      <p className="disclaimer">
        This compares what each doctor said and why. It does not pick a doctor. Talk it over with
        the people you trust and your doctors.
      </p>
    </>
  );
}

/** Agreement on diagnosis and treatment, a third opinion when they differ, and warnings. */
function Findings({ comparison }: { comparison: Comparison }) {
  return (
    <section aria-labelledby="findings-title" className="panel compare-findings">
      <h2 id="findings-title">What the comparison shows</h2>
      <dl className="details">
        <div>
          <dt>Diagnosis</dt>
          <dd>
            <AgreementMark agrees={comparison.diagnosisAgrees} />
          </dd>
        </div>
        <div>
          <dt>Treatment advice</dt>
          <dd>
            <AgreementMark agrees={comparison.treatmentAgrees} />
          </dd>
        </div>
      </dl>
      <div className={comparison.suggestThirdOpinion ? 'third-opinion' : undefined}>
        <h3>
          {comparison.suggestThirdOpinion ? (
            <>
              <span aria-hidden="true">➜ </span>A third opinion may help
            </>
          ) : (
            'What to weigh'
          )}
        </h3>
        <ul>
          {comparison.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </div>
      {comparison.warnings.length > 0 && (
        <>
          <h3>Good to know</h3>
          <ul className="compare-warnings">
            {comparison.warnings.map((warning) => (
              <li key={warning}>
                <span aria-hidden="true">⚠ </span>
                {warning}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function OpinionColumn({ opinion, comparison }: { opinion: Opinion; comparison: Comparison }) {
  const fit = comparison.fit.find((f) => f.opinionId === opinion.id);
  const titleId = `compare-${opinion.id}`;
  return (
    <li className="panel compare-column" aria-labelledby={titleId}>
      <h3 id={titleId} dir="auto">
        {opinionName(opinion)}
      </h3>
      {opinion.position > 1 && fit && (
        <dl className="details compare-marks">
          <div>
            <dt>Diagnosis, beside opinion 1</dt>
            <dd>
              <AgreementMark agrees={fit.agreesWithFirst.diagnosis} />
            </dd>
          </div>
          <div>
            <dt>Advice, beside opinion 1</dt>
            <dd>
              <AgreementMark agrees={fit.agreesWithFirst.treatment} />
            </dd>
          </div>
        </dl>
      )}
      <OpinionFacts opinion={opinion} />
      <p>
        Your average rating:{' '}
        <strong>
          {fit?.averageRating == null ? 'not rated' : `${fit.averageRating.toFixed(1)} of 5`}
        </strong>
      </p>
    </li>
  );
}
