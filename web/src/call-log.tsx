import { useEffect, useReducer, useState } from 'react';
import { api, type CallEntry, type CallLog as Log, type SupervisorSuggestion } from './api.js';
import { CallForm } from './call-form.js';
import { formatDate, formatInstant } from './format.js';
import { LoadProblem } from './load-problem.js';
import { useT } from './i18n/messages.js';
import { useHash } from './router.js';
import { useLoaded } from './use-loaded.js';

/**
 * A case's call log: every call with who, their name and ID, the reference number, what was said
 * and promised; follow-ups, with overdue ones flagged in words and with a mark; the supervisor
 * suggestion and the words to use when a question has gone nowhere three times; and the form to
 * log the next call. `onChanged` hears of each call logged (the case page's next step and
 * timeline change with it); a new `refreshKey` loads the log again (a follow-up ticked elsewhere).
 */
export function CallLog({
  caseId,
  onChanged,
  refreshKey = 0,
}: {
  caseId: string;
  onChanged?: (message: string) => void;
  refreshKey?: number;
}) {
  const t = useT().calls;
  const [reminders, setReminders] = useState<string[]>([]);
  const [logged, countLogged] = useReducer((n: number) => n + 1, 0);
  const [state, retry] = useLoaded(() => api.calls(caseId), [caseId, refreshKey, logged]);
  // The form is open while no call is logged yet; after that it folds away behind its button
  // until the person opens it.
  const [formOpen, setFormOpen] = useState<boolean | null>(null);
  // Following a link to the calls ("Log the call") opens the form, also on a page already shown.
  const hash = useHash();
  useEffect(() => {
    if (hash === '#calls') setFormOpen(true);
  }, [hash]);

  if (state.kind === 'failed')
    return <LoadProblem what={t.log.what} message={state.message} onRetry={retry} />;
  if (state.kind === 'loading') return <p aria-busy="true">{t.log.loading}</p>;
  const log: Log = state.value;
  const showForm = formOpen ?? log.items.length === 0;
  return (
    <section className="call-log" aria-labelledby="call-log-title">
      <h3 id="call-log-title">{t.log.title}</h3>
      {log.supervisor.map((suggestion) => (
        <SupervisorScript key={suggestion.topic} suggestion={suggestion} />
      ))}
      {log.items.length === 0 ? (
        <p>{t.log.none}</p>
      ) : (
        <ol className="calls">
          {[...log.items].reverse().map((call) => (
            <CallItem key={call.id} call={call} />
          ))}
        </ol>
      )}
      {reminders.length > 0 && (
        <div role="status" className="reminders">
          <p>{t.log.nextTime}</p>
          <ul>
            {reminders.map((reminder) => (
              <li key={reminder}>{reminder}</li>
            ))}
          </ul>
        </div>
      )}
      <details
        className="form-toggle"
        open={showForm}
        onToggle={(event) => setFormOpen(event.currentTarget.open)}
      >
        <summary>{t.form.label}</summary>
        <CallForm
          caseId={caseId}
          onLogged={async (call) => {
            setReminders(call.reminders);
            countLogged();
            onChanged?.(
              call.followUp ? t.log.loggedFollowUp(formatDate(call.followUp.due)) : t.log.logged,
            );
          }}
        />
      </details>
    </section>
  );
}

function CallItem({ call }: { call: CallEntry }) {
  const t = useT().calls;
  const who = [call.personName, call.personId && t.log.personId(call.personId)]
    .filter(Boolean)
    .join(', ');
  return (
    <li className="call">
      <p className="call-title">
        <time dateTime={call.at}>{formatInstant(call.at)}</time> · {call.directionLabel}:{' '}
        {call.with}
        {who && ` (${who})`}
      </p>
      <p>{t.log.reference(call.reference ?? t.log.noReference)}</p>
      <p className="call-summary">{call.summary}</p>
      {call.promised && (
        <p>
          {call.promisedBy
            ? t.log.promisedBy(call.promised, formatDate(call.promisedBy))
            : t.log.promised(call.promised)}
        </p>
      )}
      {call.outcomeLabel && <p>{call.outcomeLabel}</p>}
      {call.followUp && (
        <p className={call.followUp.overdue ? 'follow-up overdue' : 'follow-up'}>
          {call.followUp.overdue && (
            <strong>
              <span aria-hidden="true">⚠ </span>
              {t.overdue}{' '}
            </strong>
          )}
          {call.followUp.done && <span aria-hidden="true">✓ </span>}
          {t.log.followUpOn}{' '}
          <time dateTime={call.followUp.due}>{formatDate(call.followUp.due)}</time>
          {call.followUp.done && ` ${t.log.followUpDone}`}
        </p>
      )}
    </li>
  );
}

function SupervisorScript({ suggestion }: { suggestion: SupervisorSuggestion }) {
  const t = useT().calls;
  return (
    <aside className="supervisor" aria-label={t.log.supervisor}>
      <p>
        <strong>{t.log.supervisorTitle}</strong> {suggestion.why}
      </p>
      <p>{t.log.whatToSay}</p>
      <ol>
        {suggestion.script.map((line) => (
          <li key={line}>“{line}”</li>
        ))}
      </ol>
      <p className="hint">
        {suggestion.tip.text} ({suggestion.tip.citation})
      </p>
    </aside>
  );
}
