import { useState, type FocusEvent } from 'react';
import { api, ApiError, type Draft } from '../api.js';
import { caseFields, controlId, fieldAt, valueAt } from '../case-fields.js';
import { DenialExplanation } from '../denial-explanation.js';
import { DiscardDraft } from '../discard-draft.js';
import { DraftDocument, markId, useMarkedText } from '../draft-document.js';
import { FieldCheckNote } from '../field-check-note.js';
import { Link, navigate } from '../router.js';
import { useTitle } from '../use-title.js';
import { changesFrom, formValuesOf } from './case-changes.js';
import { CaseForm, type FormValues } from './case-form.js';
import { CaseNotReady, useCaseLoad, type LoadWords } from './case-load.js';

/**
 * Checking a letter that was read: the document on one side with what was found marked in it, the
 * case on the other, filled in from the letter, with the fields to look at flagged. Opening the
 * case sends only what the person changed; the server keeps the rest as it was read.
 */

const title = 'Check your letter';

const draftWords: LoadWords = {
  loading: 'Loading your letter…',
  notFoundTitle: 'Letter not found',
  notFound:
    'We could not find this letter. The link may be wrong, or the letter may be in another Overturn.',
  failed: 'We could not load this letter.',
};

const loadDraft = async (id: string) => {
  const draft = await api.getDraft(id);
  return { draft, initial: formValuesOf(draft.proposal) };
};

export function CheckDraftPage({ id }: { id: string }) {
  const [state] = useCaseLoad(id, loadDraft);
  useTitle(state.kind === 'not-found' ? draftWords.notFoundTitle : title);
  if (state.kind !== 'ready')
    return <CaseNotReady state={state} title={title} words={draftWords} />;
  return <DraftCheck draft={state.draft} initial={state.initial} />;
}

function DraftCheck({ draft, initial }: { draft: Draft; initial: FormValues }) {
  const marked = useMarkedText(draft);
  const [active, setActive] = useState<string | null>(null);
  const caseHref = `/cases/${encodeURIComponent(draft.id)}`;
  const reviewOf = new Map(draft.review.map((r) => [r.path, r]));
  const toCheck = draft.review.filter((r) => r.check !== null);

  /** Makes the field's mark stand out; `focus` also moves to it (the person asked to see it). */
  const reveal = (path: string, focus: boolean) => {
    if (!marked?.marked.has(path)) return setActive(null);
    setActive(path);
    const mark = document.getElementById(markId(path));
    if (!mark) return;
    if (focus) {
      mark.scrollIntoView({ block: 'center' });
      mark.focus({ preventScroll: true });
    } else {
      scrollWithinColumn(mark);
    }
  };

  const focused = (event: FocusEvent<HTMLDivElement>) => {
    const field = caseFields.find((f) => controlId(f) === event.target.id);
    if (field) reveal(field.path, false);
  };

  return (
    <>
      <h1>{title}</h1>
      <p className="lead">
        We read your letter and filled in the case from it. Compare each field with the letter. Fix
        what is wrong and fill in what is missing. Then open the case.
      </p>
      {draft.confirmedAt && (
        <p className="notice">
          You already checked this letter and opened its case.{' '}
          <Link href={caseHref}>Go to the case</Link>
        </p>
      )}
      {draft.explanation && <DenialExplanation explanation={draft.explanation} />}
      {!draft.confirmedAt && <DiscardDraft id={draft.id} />}
      <div className="intake-columns">
        <DraftDocument draft={draft} marked={marked} active={active} />
        <div className="draft-fields" onFocus={focused}>
          <h2>The details of your case</h2>
          {toCheck.length > 0 && (
            <div className="to-check">
              <p>
                {toCheck.length === 1
                  ? 'Please look at this field first:'
                  : `Please look at these ${toCheck.length} fields first:`}
              </p>
              <ul>
                {toCheck.map((r) => {
                  const field = fieldAt(r.path);
                  return (
                    field && (
                      <li key={r.path}>
                        <a href={`#${controlId(field)}`}>{field.label}</a>
                        {r.check === 'missing' ? ': not found' : ': check it'}
                      </li>
                    )
                  );
                })}
              </ul>
            </div>
          )}
          {!draft.confirmedAt && (
            <CaseForm
              initial={initial}
              submitLabel="Open the case"
              sendingLabel="Opening the case…"
              cancelHref="/"
              onSubmit={async (values) => {
                const opened = await api.confirmDraft(draft.id, changesFrom(initial, values));
                navigate(`/cases/${encodeURIComponent(opened.id)}`);
              }}
              problem={(error) =>
                error instanceof ApiError && error.code === 'conflict' ? (
                  <p>
                    This letter was already checked, and its case is open.{' '}
                    <Link href={caseHref}>Go to the case</Link>
                  </p>
                ) : (
                  <p>The case was not opened. {error.message}</p>
                )
              }
              fieldExtra={(field) => (
                <FieldCheckNote
                  path={field.path}
                  review={reviewOf.get(field.path)}
                  found={isGiven(valueAt(draft.proposal, field.path))}
                  marked={marked?.marked.has(field.path) ?? false}
                  evidence={field.path === 'denial.category' ? draft.categoryEvidence : null}
                  onShow={(path) => reveal(path, true)}
                />
              )}
            />
          )}
        </div>
      </div>
    </>
  );
}

const isGiven = (value: unknown) =>
  value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && !value.length);

/**
 * On wide screens the document stays in view and scrolls on its own: bring the mark into it
 * without moving the page, so the field being typed in stays where it is.
 */
function scrollWithinColumn(mark: HTMLElement) {
  const column = mark.closest<HTMLElement>('.draft-document');
  if (!column || column.scrollHeight <= column.clientHeight) return;
  const top = mark.offsetTop - column.clientHeight / 3;
  column.scrollTo({ top: Math.max(0, top) });
}
