import { api, type NextStep } from './api.js';
import { VerifyIcon } from './deadline-badge.js';
import { formatDate } from './format.js';
import { useT } from './i18n/messages.js';
import { LoadProblem } from './load-problem.js';
import { Link } from './router.js';
import { datesInWords } from './task-list.js';
import { useLoaded } from './use-loaded.js';

/**
 * "What to do next", at the top of the case page: the one next step in plain words, why it matters
 * now, the day to do it by (with the rule, for advocates), the button that does it, and — folded
 * away — the command that does the same in a terminal.
 */
export function NextStepPanel({
  caseId,
  version,
  refreshKey = 0,
}: {
  caseId: string;
  version: number;
  /** Changes when something that moves the next step changed (a document, a call, a task). */
  refreshKey?: number;
}) {
  const t = useT().calls.next;
  const [state, retry] = useLoaded(() => api.nextStep(caseId), [caseId, version, refreshKey]);
  return (
    <section className="panel next-step" aria-labelledby="next-title">
      <h2 id="next-title">{t.title}</h2>
      {state.kind === 'loading' && <p role="status">{t.loading}</p>}
      {state.kind === 'failed' && (
        <LoadProblem what={t.what} message={state.message} onRetry={retry} />
      )}
      {state.kind === 'ready' && <Step next={state.value} />}
    </section>
  );
}

function Step({ next }: { next: NextStep }) {
  const words = useT().calls;
  const t = words.next;
  /** The button's words for the steps whose page is not obvious from the action. */
  const buttons: Partial<Record<NextStep['step'], string>> = t.buttons;
  return (
    <>
      <p className="next-action">
        {next.urgent && <strong className="urgent-tag">{t.urgent} </strong>}
        {datesInWords(next.action)}
        {next.due && (
          <>
            {' '}
            {t.by} <strong>{formatDate(next.due)}</strong>
          </>
        )}
      </p>
      <p>{datesInWords(next.why)}</p>
      {next.verify && (
        <p className="verify-note">
          <VerifyIcon /> {t.notConfirmed}
        </p>
      )}
      {next.also.length > 0 && (
        <ul className="next-also">
          {next.also.map((line) => (
            <li key={line}>{datesInWords(line)}</li>
          ))}
        </ul>
      )}
      {next.step !== 'nothing-to-do' && (
        <p className="actions">
          <Link href={next.href} className="button">
            {buttons[next.step] ?? t.goToStep}
          </Link>
        </p>
      )}
      {(next.citation || next.command) && (
        <details className="advocate-detail">
          <summary>{t.advocates}</summary>
          {next.citation && <p>{words.rule(next.citation)}</p>}
          {next.command && (
            <p>
              {t.inTerminal} <code>{next.command}</code>
            </p>
          )}
        </details>
      )}
    </>
  );
}
