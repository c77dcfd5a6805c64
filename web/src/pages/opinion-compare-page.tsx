import { api, ApiError, type Comparison, type Opinion, type OpinionCaseView } from '../api.js';
import { GuideReturn } from '../guide/guide-return.js';
import { opinionGuidePath } from '../guide/opinion-steps.js';
import { useLang } from '../i18n/language.js';
import { useT } from '../i18n/messages.js';
import { AgreementMark } from '../opinion-agreement.js';
import { OpinionFacts, opinionName } from '../opinion-facts.js';
import { OpinionGoals } from '../opinion-goals.js';
import { OpinionNotReady, perLang } from '../opinion-load.js';
import { Link } from '../router.js';
import { useTitle } from '../use-title.js';
import { useCaseLoad } from './case-load.js';

/**
 * The case, and its comparison — or, with fewer than two opinions, the server's reason why not —
 * worded by the server in the app's language.
 */
const loadComparison = perLang(
  async (
    id,
    lang,
  ): Promise<{ view: OpinionCaseView; comparison: Comparison | null; tooFew: string | null }> => {
    const view = await api.opinions.get(id, lang);
    try {
      return { view, comparison: await api.opinions.comparison(id, lang), tooFew: null };
    } catch (error) {
      if (error instanceof ApiError && error.status === 400)
        return { view, comparison: null, tooFew: error.message };
      throw error;
    }
  },
);

/**
 * The opinions side by side (stacked on a phone): where they agree and differ, why a third opinion
 * may help, warnings, and each opinion beside the person's goals and ratings. It compares; it never
 * picks a doctor. Printable, and as a PDF to bring to the deciding appointment.
 */
export function OpinionComparePage({ id }: { id: string }) {
  const t = useT().opinions;
  const w = t.compare;
  const lang = useLang();
  const [state] = useCaseLoad(id, loadComparison[lang]);
  useTitle(state.kind === 'not-found' ? t.load.notFoundTitle : w.title);
  if (state.kind !== 'ready') return <OpinionNotReady state={state} title={w.title} />;
  const c = state.view.secondOpinion;
  const caseHref = `/opinions/${encodeURIComponent(c.id)}`;
  const heading = (
    <>
      <h1>
        <span className="eyebrow">
          {t.secondOpinionFor} <span dir="auto">{c.patient.name}</span>
        </span>{' '}
        {w.title}
      </h1>
      <p className="lead" dir="auto">
        {c.question}{' '}
        <Link href={caseHref} className="no-print">
          {t.backToCase}
        </Link>
      </p>
      <GuideReturn href={opinionGuidePath(c.id, 'compare')} />
    </>
  );
  if (!state.comparison)
    return (
      <>
        {heading}
        <div className="notice" role="status">
          <p>{state.tooFew}</p>
          <p>
            <Link href={`${caseHref}#opinions`}>{w.addOpinion}</Link>
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
        <a href={api.opinions.comparisonPdfPath(c.id, lang)} className="button" download>
          {w.download}
        </a>
        <button type="button" className="secondary" onClick={() => window.print()}>
          {w.print}
        </button>
      </div>
      <section aria-labelledby="goals-title" className="panel compare-goals">
        <h2 id="goals-title">{t.goals}</h2>
        <OpinionGoals case={c} none={w.notSaid} />
      </section>
      <section aria-labelledby="side-by-side-title">
        <h2 id="side-by-side-title">{w.sideBySide}</h2>
        <ul className="compare-grid">
          {comparison.opinions.map((opinion) => (
            <OpinionColumn key={opinion.id} opinion={opinion} comparison={comparison} />
          ))}
        </ul>
      </section>
      <p className="disclaimer">{w.disclaimer}</p>
    </>
  );
}

/** Agreement on diagnosis and treatment, a third opinion when they differ, and warnings. */
function Findings({ comparison }: { comparison: Comparison }) {
  const w = useT().opinions.compare;
  return (
    <section aria-labelledby="findings-title" className="panel compare-findings">
      <h2 id="findings-title">{w.findings}</h2>
      <dl className="details">
        <div>
          <dt>{w.diagnosis}</dt>
          <dd>
            <AgreementMark agrees={comparison.diagnosisAgrees} />
          </dd>
        </div>
        <div>
          <dt>{w.treatment}</dt>
          <dd>
            <AgreementMark agrees={comparison.treatmentAgrees} />
          </dd>
        </div>
      </dl>
      <div className={comparison.suggestThirdOpinion ? 'third-opinion' : undefined}>
        <h3>
          {comparison.suggestThirdOpinion ? (
            <>
              <span aria-hidden="true">➜ </span>
              {w.thirdOpinion}
            </>
          ) : (
            w.toWeigh
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
          <h3>{w.goodToKnow}</h3>
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
  const t = useT();
  const w = t.opinions.compare;
  const fit = comparison.fit.find((f) => f.opinionId === opinion.id);
  const titleId = `compare-${opinion.id}`;
  return (
    <li className="panel compare-column" aria-labelledby={titleId}>
      <h3 id={titleId} dir="auto">
        {opinionName(t, opinion)}
      </h3>
      {opinion.position > 1 && fit && (
        <dl className="details compare-marks">
          <div>
            <dt>{w.diagnosisBeside}</dt>
            <dd>
              <AgreementMark agrees={fit.agreesWithFirst.diagnosis} />
            </dd>
          </div>
          <div>
            <dt>{w.adviceBeside}</dt>
            <dd>
              <AgreementMark agrees={fit.agreesWithFirst.treatment} />
            </dd>
          </div>
        </dl>
      )}
      <OpinionFacts opinion={opinion} />
      <p>
        {w.averageRating}{' '}
        <strong>
          {fit?.averageRating == null
            ? w.notRated
            : t.opinions.facts.score(fit.averageRating.toFixed(1))}
        </strong>
      </p>
    </li>
  );
}
