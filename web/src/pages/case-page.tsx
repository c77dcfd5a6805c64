import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type CaseView, type TimelineEventView } from '../api.js';
import { caseSections, valueAt } from '../case-fields.js';
import { formatDate, formatValue, statusName } from '../format.js';
import { Timeline } from '../timeline.js';
import { useTitle } from '../use-title.js';
import { NoteForm, StatusForm, UndoStepButton } from './case-forms.js';
import { NotFoundPage } from './not-found-page.js';

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'ready'; readonly case: CaseView; readonly events: TimelineEventView[] };

export function CasePage({ id }: { id: string }) {
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  const [announcement, setAnnouncement] = useState('');
  useTitle(
    state.kind === 'ready'
      ? `Case of ${state.case.patient.name}`
      : state.kind === 'not-found'
        ? 'Case not found'
        : 'Case',
  );

  useEffect(() => {
    let current = true;
    Promise.all([api.getCase(id), api.timeline(id)]).then(
      ([c, events]) => current && setState({ kind: 'ready', case: c, events }),
      (error: unknown) => {
        if (!current) return;
        if (error instanceof ApiError && error.status === 404) setState({ kind: 'not-found' });
        else setState({ kind: 'failed', message: (error as Error).message });
      },
    );
    return () => {
      current = false;
    };
  }, [id]);

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

  switch (state.kind) {
    case 'loading':
      return (
        <>
          <h1>Case</h1>
          <p role="status">Loading the case…</p>
        </>
      );
    case 'not-found':
      return (
        <NotFoundPage
          title="Case not found"
          message="We could not find this case. The link may be wrong, or the case may be in another Overturn."
        />
      );
    case 'failed':
      return (
        <>
          <h1>Case</h1>
          <p role="alert" className="problem">
            We could not load this case. {state.message}
          </p>
        </>
      );
    case 'ready':
      break;
  }

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
            Next deadline:{' '}
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

      <div className="columns">
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title">Timeline</h2>
          <Timeline events={state.events} program={c.plan.program} />
          <NoteForm caseId={c.id} onAdded={() => changed('Your note was added to the timeline.')} />
        </section>

        <section aria-labelledby="details-title">
          <h2 id="details-title">Details</h2>
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
