import { useT } from '../i18n/messages.js';
import { Link } from '../router.js';
import { appealGuidePath, type AppealStep } from './appeal-steps.js';

/** True when the page was opened from a guided step (`?from=guide`). */
export const openedFromGuide = () =>
  new URLSearchParams(window.location.search).get('from') === 'guide';

/**
 * On a page a guided step sends the person to (writing the letter, building the packet): the
 * way back to that step, first on the page, so the path is never lost.
 */
export function GuideReturn({ caseId, step }: { caseId: string; step: AppealStep }) {
  const t = useT().guide;
  if (!openedFromGuide()) return null;
  return (
    <p className="guide-return">
      <Link href={appealGuidePath(caseId, step)} className="button secondary">
        {t.backToSteps}
      </Link>
    </p>
  );
}
