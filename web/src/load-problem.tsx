import { useT } from './i18n/messages.js';

/** What a page shows when the server could not be reached or answered with a problem. */
export function LoadProblem({
  what,
  message,
  onRetry,
}: {
  /** What failed to load, e.g. "your cases". */
  what: string;
  message: string;
  onRetry: () => void;
}) {
  const t = useT();
  return (
    <div role="alert" className="problem">
      <p>{t.common.loadProblem(what, message)}</p>
      <button type="button" onClick={onRetry}>
        {t.common.tryAgain}
      </button>
    </div>
  );
}
