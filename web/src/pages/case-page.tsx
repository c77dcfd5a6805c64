import { useCallback, useState } from 'react';
import { api, type CaseView } from '../api.js';
import { caseSections, valueAt } from '../case-fields.js';
import { DeadlinesPanel } from '../deadlines-panel.js';
import { formatDate, formatValue, statusName } from '../format.js';
import { Link } from '../router.js';
import { Timeline } from '../timeline.js';
import { useTitle } from '../use-title.js';
import { NoteForm, StatusForm, UndoStepButton } from './case-actions.js';
import { CaseNotReady, useCaseLoad } from './case-load.js';

const loadCase = async (id: string) => {
  const [c, events] = await Promise.all([api.getCase(id), api.timeline(id)]);
  return { case: c, events };
};

export function CasePage({ id }: { id: string }) {
  const [state, setState] = useCaseLoad(id, loadCase);
  const [announcement, setAnnouncement] = useState('');
  useTitle(
    state.kind === 'ready'
      ? `Case of ${state.case.patient.name}`
      : state.kind === 'not-found'
        ? 'Case not found'
        : 'Case',
  );

  /** After a change: the case as the server now has it, and the timeline with the new event. */
  const changed = useCallback(
    async (message: string, updated?: CaseView) => {
      const events = await api.timeline(id).catch(() => null);
      setState((s) =>
        s.kind === 'ready'
          ? { kind: 'ready', case: updated ?? s.case, events: events ?? s.events }
          : s,
      );
      setAnnouncement(message);
    },
    [id],
  );

  if (state.kind !== 'ready') return <CaseNotReady state={state} title="Case" />;

  const c = state.case;
  // The newest step can be taken back while the case still stands where that step put it.
  const lastStep = state.events.findLast((event) => event.type === 'status-changed');
  const undoTo = lastStep && lastStep.data.to === c.status ? lastStep.data.from : undefined;
  return (
    <>
      <h1>
        <span className="eyebrow">Case of</span> {c.patient.name}
      </h1>
      <p className="lead">{c.plan.insurer}</p>

      <section className="panel status-panel" aria-labelledby="status-title">
        <div>
          <h2 id="status-title">Where it stands</h2>
          <p className="status">{c.statusLabel}</p>
          <p>
            Your next deadline:{' '}
            {c.nextDeadline ? <strong>{formatDate(c.nextDeadline)}</strong> : 'none known yet'}
          </p>
          {undoTo !== undefined && (
            <UndoStepButton
              key={c.version}
              case={c}
              backTo={statusName(c.plan.program, undoTo)}
              onChanged={changed}
            />
          )}
        </div>
        <StatusForm key={c.version} case={c} onChanged={changed} />
      </section>

      <p role="status" className="visually-hidden">
        {announcement}
      </p>

      {/* A step or an edit makes a new version of the case, and its deadlines are counted again. */}
      <DeadlinesPanel caseId={c.id} version={c.version} />

      <section className="panel letters-panel" aria-labelledby="letters-title">
        <h2 id="letters-title">Letters</h2>
        <p>
          Write your appeal and other letters, filled in from this case. Then put them together with
          your documents in one packet to mail or fax.
        </p>
        <div className="actions">
          <Link href={`/cases/${encodeURIComponent(c.id)}/letters`} className="button">
            Write a letter
          </Link>
          <Link href={`/cases/${encodeURIComponent(c.id)}/packet`} className="button secondary">
            Build the packet
          </Link>
        </div>
      </section>

      <div className="columns">
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title">Timeline</h2>
          <Timeline events={state.events} program={c.plan.program} />
          <NoteForm caseId={c.id} onAdded={() => changed('Your note was added to the timeline.')} />
        </section>

        <section aria-labelledby="details-title">
          <div className="section-head">
            <h2 id="details-title">Details</h2>
            <Link href={`/cases/${encodeURIComponent(c.id)}/edit`} className="button secondary">
              Change details
            </Link>
          </div>
          {caseSections.map((section) => (
            <div key={section.id} className="details-group">
              <h3>{section.title}</h3>
              <dl className="details">
                {section.fields.map((field) => {
                  const shown = formatValue(field, valueAt(c, field.path));
                  return (
                    <div key={field.path}>
                      <dt>{field.label}</dt>
                      <dd className={shown === null ? 'unknown' : undefined}>
                        {shown ?? 'Not known'}
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </div>
          ))}
        </section>
      </div>
    </>
  );
}
