import { useCallback, useEffect, useState } from 'react';
import { api, type CaseView } from '../api.js';
import { CallLog } from '../call-log.js';
import { caseSectionsIn, valueAt } from '../case-fields.js';
import { DeadlinesPanel } from '../deadlines-panel.js';
import { formatDate, formatValue, statusName } from '../format.js';
import { useT } from '../i18n/messages.js';
import { appealGuidePath } from '../guide/appeal-steps.js';
import { NextStepPanel } from '../next-step-panel.js';
import { OutcomeForm } from '../outcome-form.js';
import { focusHash, Link } from '../router.js';
import { StateHelpPanel } from '../state-help-panel.js';
import { TaskList } from '../task-list.js';
import { Timeline } from '../timeline.js';
import { useTitle } from '../use-title.js';
import { NoteForm, StatusForm, UndoStepButton } from './case-actions.js';
import { CaseEvidence } from './case-evidence.js';
import { CaseNotReady, useCaseLoad } from './case-load.js';
import { CaseRecordPanel } from './case-record-panel.js';

const loadCase = async (id: string) => {
  const [c, events] = await Promise.all([api.getCase(id), api.timeline(id)]);
  return { case: c, events };
};

/**
 * The person's command centre for one case: what to do next on top, where it stands (with
 * "Record a decision"), deadlines, evidence, letters, calls and follow-ups, who can help, the
 * timeline and details, and the case as a whole. Whatever changes the case refreshes the next
 * step and the timeline.
 */
export function CasePage({ id }: { id: string }) {
  const t = useT();
  const words = t.cases.page;
  const [state, setState] = useCaseLoad(id, loadCase);
  const [announcement, setAnnouncement] = useState('');
  // Counts changes that move the next step without a new case version (a document, a call, a tick).
  const [changes, setChanges] = useState(0);
  const ready = state.kind === 'ready';
  // A link from another page to a part of this one (`#calls`) lands there once the case is shown.
  useEffect(() => {
    if (ready) focusHash();
  }, [ready]);
  useTitle(
    state.kind === 'ready'
      ? words.titleOf(state.case.patient.name)
      : state.kind === 'not-found'
        ? t.cases.load.notFoundTitle
        : words.title,
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
      setChanges((n) => n + 1);
    },
    [id],
  );
  const changedHere = useCallback((message: string) => void changed(message), [changed]);

  if (state.kind !== 'ready') return <CaseNotReady state={state} title={words.title} />;

  const c = state.case;
  // The newest step can be taken back while the case still stands where that step put it.
  const lastStep = state.events.findLast((event) => event.type === 'status-changed');
  const undoTo = lastStep && lastStep.data.to === c.status ? lastStep.data.from : undefined;
  return (
    <>
      <h1>
        <span className="eyebrow">{words.caseOf}</span> {c.patient.name}
      </h1>
      <p className="lead">{c.plan.insurer}</p>

      <p className="guide-link">
        <Link href={appealGuidePath(c.id)}>{t.guide.guidedSteps}</Link>
      </p>
      <NextStepPanel caseId={c.id} version={c.version} refreshKey={changes} />

      <section className="panel status-panel" aria-labelledby="status-title">
        <div className="status-summary">
          <h2 id="status-title">{words.whereItStands}</h2>
          <p className="status">{statusName(c.plan.program, c.status)}</p>
          <p>
            {words.nextDeadline}{' '}
            {c.nextDeadline ? (
              <strong>{formatDate(c.nextDeadline)}</strong>
            ) : (
              <>
                {words.noDeadline.before} <a href="#deadlines-title">{words.noDeadline.link}</a>.
              </>
            )}
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
        {/* Two ways to move the case on, each saying in words what it is for. */}
        <div className="status-actions">
          <OutcomeForm key={`outcome-${c.version}`} case={c} onChanged={changed} />
          <StatusForm key={c.version} case={c} onChanged={changed} />
        </div>
      </section>

      <p role="status" className="visually-hidden">
        {announcement}
      </p>

      {/* A step or an edit makes a new version of the case, and its deadlines are counted again. */}
      <DeadlinesPanel caseId={c.id} version={c.version} />

      <CaseEvidence caseId={c.id} version={c.version} onChanged={changedHere} />

      <section className="panel letters-panel" aria-labelledby="letters-title">
        <h2 id="letters-title">{words.lettersTitle}</h2>
        <p>{words.lettersText}</p>
        <div className="actions">
          <Link href={`/cases/${encodeURIComponent(c.id)}/letters`} className="button">
            {words.writeLetter}
          </Link>
          <Link href={`/cases/${encodeURIComponent(c.id)}/packet`} className="button secondary">
            {words.buildPacket}
          </Link>
        </div>
      </section>

      <CallsSection caseId={c.id} refreshKey={changes} onChanged={changedHere} />

      <div id="state-help" className="case-area" tabIndex={-1}>
        <StateHelpPanel caseId={c.id} version={c.version} hasState={c.plan.state !== null} />
      </div>

      <div className="columns">
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title">{words.timeline}</h2>
          <Timeline events={state.events} program={c.plan.program} />
          <NoteForm caseId={c.id} onAdded={() => changed(words.noteAdded)} />
        </section>

        <CaseDetails case={c} />
      </div>

      <CaseRecordPanel key={c.version} case={c} />
    </>
  );
}

/** Calls and follow-ups (`#calls`): the call log with its quick form, and the case's tasks. */
function CallsSection({
  caseId,
  refreshKey,
  onChanged,
}: {
  caseId: string;
  refreshKey: number;
  onChanged: (message: string) => void;
}) {
  const words = useT().cases.page;
  return (
    <section
      id="calls"
      className="panel calls-panel case-area"
      tabIndex={-1}
      aria-labelledby="calls-title"
    >
      <h2 id="calls-title">{words.calls}</h2>
      <div className="calls-columns">
        <CallLog caseId={caseId} refreshKey={refreshKey} onChanged={onChanged} />
        <section aria-labelledby="case-tasks-title">
          <h3 id="case-tasks-title">{words.tasks}</h3>
          <TaskList caseId={caseId} refreshKey={refreshKey} onChanged={onChanged} />
        </section>
      </div>
    </section>
  );
}

/** Every field of the case, by group, with "Not known" for what is missing. */
function CaseDetails({ case: c }: { case: CaseView }) {
  const t = useT();
  const words = t.cases.page;
  return (
    <section aria-labelledby="details-title">
      <div className="section-head">
        <h2 id="details-title">{words.details}</h2>
        <Link href={`/cases/${encodeURIComponent(c.id)}/edit`} className="button secondary">
          {words.changeDetails}
        </Link>
      </div>
      {caseSectionsIn(t).map((section) => (
        <div key={section.id} className="details-group">
          <h3>{section.title}</h3>
          <dl className="details">
            {section.fields.map((field) => {
              const shown = formatValue(field, valueAt(c, field.path));
              return (
                <div key={field.path}>
                  <dt>{field.label}</dt>
                  <dd className={shown === null ? 'unknown' : undefined}>
                    {shown ?? words.notKnown}
                  </dd>
                </div>
              );
            })}
          </dl>
        </div>
      ))}
    </section>
  );
}
