import { useT } from './i18n/messages.js';

/**
 * The end of a form: what went wrong, in words (read out as it appears), and the button that sends
 * it, which says "Saving…" and cannot be pressed again while the form is being sent.
 */
export function SubmitRow({
  problem,
  sending,
  label,
}: {
  problem: string | null;
  sending: boolean;
  label: string;
}) {
  const t = useT();
  return (
    <>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={sending}>
          {sending ? t.common.saving : label}
        </button>
      </div>
    </>
  );
}
