import { appealGuidePath, appealSteps } from '../guide/appeal-steps.js';
import { GuideStrip } from '../guide/guide-strip.js';
import { SaveForLater } from '../guide/save-for-later.js';
import { useState, type FocusEvent } from 'react';
import { api, ApiError, type Draft } from '../api.js';
import { caseFields, controlId, fieldAt, valueAt } from '../case-fields.js';
import { DenialExplanation } from '../denial-explanation.js';
import { DiscardDraft } from '../discard-draft.js';
import { DraftDocument, markId, useMarkedText } from '../draft-document.js';
import { FieldCheckNote } from '../field-check-note.js';
import { Link, navigate } from '../router.js';
import { useTitle } from '../use-title.js';
import { useT } from '../i18n/messages.js';
import { changesFrom, formValuesOf } from './case-changes.js';
import { CaseForm, type FormValues } from './case-form.js';
import { CaseNotReady, useCaseLoad } from './case-load.js';

/**
 * Checking a letter that was read: the document on one side with what was found marked in it, the
 * case on the other, filled in from the letter, with the fields to look at flagged. Opening the
 * case sends only what the person changed; the server keeps the rest as it was read.
 */

const loadDraft = async (id: string) => {
  const draft = await api.getDraft(id);
  return { draft, initial: formValuesOf(draft.proposal) };
};

export function CheckDraftPage({ id }: { id: string }) {
  const { title, load } = useT().intake.check;
  const [state] = useCaseLoad(id, loadDraft);
  useTitle(state.kind === 'not-found' ? load.notFoundTitle : title);
  if (state.kind !== 'ready') return <CaseNotReady state={state} title={title} words={load} />;
  return <DraftCheck draft={state.draft} initial={state.initial} />;
}

function DraftCheck({ draft, initial }: { draft: Draft; initial: FormValues }) {
  const t = useT();
  const words = t.intake.check;
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
      <GuideStrip all={appealSteps} current="check" name={(step) => t.guide.appeal[step].name} />
      <h1>{words.title}</h1>
      <p className="lead">{words.lead}</p>
      {draft.confirmedAt && (
        <p className="notice">
          {words.alreadyOpened} <Link href={caseHref}>{words.goToCase}</Link>
        </p>
      )}
      {draft.explanation && <DenialExplanation explanation={draft.explanation} />}
      {!draft.confirmedAt && <DiscardDraft id={draft.id} />}
      <div className="intake-columns">
        <DraftDocument draft={draft} marked={marked} active={active} />
        <div className="draft-fields" onFocus={focused}>
          <h2>{words.detailsTitle}</h2>
          {toCheck.length > 0 && (
            <div className="to-check">
              <p>{words.lookFirst(toCheck.length)}</p>
              <ul>
                {toCheck.map((r) => {
                  const field = fieldAt(r.path, t);
                  return (
                    field && (
                      <li key={r.path}>
                        <a href={`#${controlId(field)}`}>{field.label}</a>
                        {r.check === 'missing' ? words.missing : words.checkIt}
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
              draftKey={`check-draft:${draft.id}`}
              submitLabel={words.open}
              sendingLabel={words.opening}
              cancelHref="/"
              onSubmit={async (values) => {
                const opened = await api.confirmDraft(draft.id, changesFrom(initial, values));
                // The guide picks up with the questions that the letter cannot answer.
                navigate(appealGuidePath(opened.id, 'questions'));
              }}
              problem={(error) =>
                error instanceof ApiError && error.code === 'conflict' ? (
                  <p>
                    {words.alreadyChecked} <Link href={caseHref}>{words.goToCase}</Link>
                  </p>
                ) : (
                  <p>{words.notOpened(error.message)}</p>
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
      {!draft.confirmedAt && <SaveForLater note={t.guide.laterLetter} />}
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
