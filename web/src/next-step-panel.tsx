import { api, type NextStep } from './api.js';
import { VerifyIcon } from './deadline-badge.js';
import { formatDate } from './format.js';
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
  const [state, retry] = useLoaded(() => api.nextStep(caseId), [caseId, version, refreshKey]);
  return (
    <section className="panel next-step" aria-labelledby="next-title">
      <h2 id="next-title">What to do next</h2>
      {state.kind === 'loading' && <p role="status">Working out your next step…</p>}
      {state.kind === 'failed' && (
        <LoadProblem what="your next step" message={state.message} onRetry={retry} />
      )}
      {state.kind === 'ready' && <Step next={state.value} />}
    </section>
  );
}

function Step({ next }: { next: NextStep }) {
  return (
    <>
      <p className="next-action">
        {next.urgent && <strong className="urgent-tag">Urgent: </strong>}
        {datesInWords(next.action)}
        {next.due && (
          <>
            {' '}
            by <strong>{formatDate(next.due)}</strong>
          </>
        )}
      </p>
      <p>{datesInWords(next.why)}</p>
      {next.verify && (
        <p className="verify-note">
          <VerifyIcon /> This date is not confirmed. Check it with your plan.
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
            {buttonWords[next.step] ?? 'Go to this step'}
          </Link>
        </p>
      )}
      {(next.citation || next.command) && (
        <details className="advocate-detail">
          <summary>Details for advocates</summary>
          {next.citation && <p>Rule: {next.citation}</p>}
          {next.command && (
            <p>
              In a terminal: <code>{next.command}</code>
            </p>
          )}
        </details>
      )}
    </>
  );
}

/** The button's words for the steps whose page is not obvious from the action. */
const buttonWords: Partial<Record<NextStep['step'], string>> = {
  'add-missing-facts': 'Add the date',
  'gather-evidence': 'See what to gather',
  'write-expedited-appeal': 'Write the urgent appeal',
  'write-letter': 'Write the letter',
  'send-letter': 'Build the packet to send',
  'follow-up-call': 'Log the call',
  'ask-supervisor': 'Log the call',
  'chase-decision': 'Log the call',
  'confirm-forwarding': 'Write the letter',
  'request-external-review': 'Write the request',
  'request-fair-hearing': 'Write the request',
  'get-state-help': 'See who can help',
  'check-payment': 'Record the payment',
};
