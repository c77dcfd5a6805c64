import { useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../api.js';
import { caseFields } from '../case-fields.js';
import { useT } from '../i18n/messages.js';
import { navigate } from '../router.js';
import { useTitle } from '../use-title.js';
import { changesFrom, formValuesOf, sameValue } from './case-changes.js';
import { CaseForm, type FormValues } from './case-form.js';
import { CaseNotReady, useCaseLoad } from './case-load.js';

const loadCase = async (id: string) => {
  const c = await api.getCase(id);
  return { case: c, loaded: formValuesOf(c), initial: formValuesOf(c), reloaded: false };
};

export function EditCasePage({ id }: { id: string }) {
  const t = useT();
  const words = t.cases.edit;
  const [state, setState] = useCaseLoad(id, loadCase);
  const caseHref = `/cases/${encodeURIComponent(id)}`;
  const reloadedRef = useRef<HTMLParagraphElement>(null);
  const [reloadProblem, setReloadProblem] = useState<string | null>(null);
  useTitle(state.kind === 'not-found' ? t.cases.load.notFoundTitle : t.cases.page.changeDetails);

  // After "Load the latest details", the focus goes to the message that says what happened.
  const reloadedVersion = state.kind === 'ready' && state.reloaded ? state.case.version : null;
  useEffect(() => {
    if (reloadedVersion !== null) reloadedRef.current?.focus();
  }, [reloadedVersion]);

  // A link to one field (`…/edit#plan-memberId`, from a letter that needs it) starts there.
  const ready = state.kind === 'ready';
  useEffect(() => {
    const target = window.location.hash.slice(1);
    if (ready && target) document.getElementById(target)?.focus();
  }, [ready]);

  if (state.kind !== 'ready')
    return <CaseNotReady state={state} title={t.cases.page.changeDetails} />;

  const { case: c, loaded } = state;

  /** The case as it is now, with what the person changed here put back on top. */
  const reload = async (typed: FormValues) => {
    setReloadProblem(null);
    try {
      const latest = await api.getCase(id);
      const fresh = formValuesOf(latest);
      const initial = { ...fresh };
      for (const field of caseFields) {
        const mine = typed[field.path] ?? '';
        if (!sameValue(field, loaded[field.path] ?? '', mine)) initial[field.path] = mine;
      }
      setState({ kind: 'ready', case: latest, loaded: fresh, initial, reloaded: true });
    } catch (error) {
      setReloadProblem((error as Error).message);
    }
  };

  return (
    <>
      <h1>{t.cases.page.changeDetails}</h1>
      <p className="lead">{words.lead(c.patient.name, c.plan.insurer)}</p>
      {state.reloaded && (
        <p ref={reloadedRef} tabIndex={-1} role="status" className="notice">
          {words.reloaded}
        </p>
      )}
      <CaseForm
        // A newer version starts a fresh form, filled with the latest details.
        key={c.version}
        initial={state.initial}
        draftKey={`edit-case:${c.id}`}
        submitLabel={words.submit}
        sendingLabel={t.common.saving}
        cancelHref={caseHref}
        onSubmit={async (values) => {
          const patch = changesFrom(loaded, values);
          if (Object.keys(patch).length > 0) await api.updateCase(c.id, c.version, patch);
          navigate(caseHref);
        }}
        problem={(error, values) =>
          error instanceof ApiError && error.code === 'conflict' ? (
            <>
              <p>{words.conflict}</p>
              <p>{words.conflictHelp}</p>
              <button type="button" className="secondary" onClick={() => void reload(values)}>
                {words.reload}
              </button>
              {reloadProblem && (
                <p>
                  {words.reloadFailed} {reloadProblem}
                </p>
              )}
            </>
          ) : (
            <p>
              {words.notSaved} {error.message}
            </p>
          )
        }
      />
    </>
  );
}
