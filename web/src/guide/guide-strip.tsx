import { useT } from '../i18n/messages.js';

/**
 * Where the person is on a guided path before the case exists (adding the letter and checking
 * it; the second opinion's check and case form): "Step 2 of 9: Check what we read", what comes
 * next, and a bar that fills as the steps go — the same count the guide's list shows afterwards.
 * A strip, not the list beside the page, so the wide pages it tops (a letter beside its fields)
 * keep their width.
 */
export function GuideStrip<A extends string>({
  all,
  current,
  name,
}: {
  all: readonly A[];
  current: A;
  name: (step: A) => string;
}) {
  const t = useT().guide;
  const index = all.indexOf(current);
  const following = all[index + 1];
  return (
    <nav className="guide-strip no-print" aria-label={t.stepsLabel}>
      <p>
        <strong>{t.stepOf(index + 1, all.length)}:</strong> {name(current)}
        {following && <span className="guide-strip-next">{t.nextUp(name(following))}</span>}
      </p>
      <div className="guide-strip-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(((index + 1) / all.length) * 100)}%` }} />
      </div>
    </nav>
  );
}
