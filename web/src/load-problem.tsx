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
  return (
    <div role="alert" className="problem">
      <p>
        We could not load {what}. {message}
      </p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
