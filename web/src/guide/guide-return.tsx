import { useT } from '../i18n/messages.js';
import { Link } from '../router.js';

/** True when the page was opened from a guided step (`?from=guide`). */
export const openedFromGuide = () =>
  new URLSearchParams(window.location.search).get('from') === 'guide';

/**
 * On a page a guided step sends the person to (writing the letter, building the packet, comparing the opinions): the
 * way back to that step, first on the page, so the path is never lost.
 */
export function GuideReturn({ href }: { href: string }) {
  const t = useT().guide;
  if (!openedFromGuide()) return null;
  return (
    <p className="guide-return no-print">
      <Link href={href} className="button secondary">
        {t.backToSteps}
      </Link>
    </p>
  );
}
