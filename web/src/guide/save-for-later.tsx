import { useT } from '../i18n/messages.js';
import { Link } from '../router.js';

/**
 * "Save and continue later": everything is saved as it is typed (on the server, or kept in this
 * browser until it is sent), so it only goes to the start screen; `note` says where to pick up.
 */
export function SaveForLater({ note }: { note: string }) {
  const t = useT().guide;
  return (
    <p className="guide-later no-print">
      <Link href="/">{t.saveForLater}</Link> {note}
    </p>
  );
}
