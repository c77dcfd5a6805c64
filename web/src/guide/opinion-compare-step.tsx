import { api, type OpinionCaseView } from '../api.js';
import { useLang } from '../i18n/language.js';
import { useT } from '../i18n/messages.js';
import { Link } from '../router.js';
import { StepContents } from './step-contents.js';
import { opinionGuidePath, opinionsToCompare } from './opinion-steps.js';

/**
 * "Compare the opinions": with two or more, the way to the side-by-side page (which leads back
 * here) and its PDF to bring to the deciding visit; with fewer, what is missing and the way back
 * to add one.
 */
export function CompareStep({ view }: { view: OpinionCaseView }) {
  const t = useT().guide.opinionSteps.compare;
  const lang = useLang();
  const c = view.secondOpinion;
  if (view.opinions.length < opinionsToCompare)
    return (
      <div className="guide-card">
        <p>{t.tooFew(view.opinions.length)}</p>
        <p>
          <Link href={opinionGuidePath(c.id, 'opinions')} className="button secondary">
            {t.addOne}
          </Link>
        </p>
      </div>
    );
  return (
    <div className="guide-card">
      <StepContents lead={t.what} parts={t.parts} />
      <p className="actions">
        <Link href={`/opinions/${encodeURIComponent(c.id)}/compare?from=guide`} className="button">
          {t.open}
        </Link>
        <a href={api.opinions.comparisonPdfPath(c.id, lang)} className="button secondary" download>
          {t.download}
        </a>
      </p>
      <p className="hint">{t.neverPicks}</p>
    </div>
  );
}
