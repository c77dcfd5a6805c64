import { appealGuidePath } from '../guide/appeal-steps.js';
import { GuideReturn } from '../guide/guide-return.js';
import { useEffect, useRef, useState } from 'react';
import {
  api,
  type LetterPreview,
  type LetterRequest,
  type LetterView,
  type SavedLetter,
} from '../api.js';
import { formatInstant } from '../format.js';
import { useLang } from '../i18n/language.js';
import { useT } from '../i18n/messages.js';
import {
  LetterChoicesForm,
  noChoicesIn,
  requestOf,
  type LetterChoices,
} from '../letter-choices.js';
import { LetterCitations } from '../letter-citations.js';
import { LetterEditor, LetterGuidancePanel } from '../letter-editor.js';
import { letterKindName, letterKindOf } from '../letter-kinds.js';
import { LetterFiles } from '../letter-files.js';
import { MissingFacts, missingFactsOf } from '../missing-facts.js';
import { Link } from '../router.js';
import { forgetDraft } from '../use-draft.js';
import { useTitle } from '../use-title.js';
import { CaseNotReady, useCaseLoad } from './case-load.js';

/**
 * A case's letters: those saved (each as PDF, Word and plain text), and "Write a letter" — choose
 * one, see it filled in from the case, change its words, save it.
 */

const loadLetters = async (id: string) => {
  const [c, letters] = await Promise.all([api.getCase(id), api.letters(id)]);
  return { case: c, letters: letters.items };
};

type Step =
  | { readonly kind: 'choose' }
  | { readonly kind: 'edit'; readonly request: LetterRequest; readonly preview: LetterPreview }
  | { readonly kind: 'saved'; readonly letter: SavedLetter };

export function LettersPage({ id }: { id: string }) {
  const t = useT();
  const w = t.letters.page;
  const lang = useLang();
  const [state, setState] = useCaseLoad(id, loadLetters);
  const [choices, setChoices] = useState<LetterChoices>(() => noChoicesIn(lang));
  // The choices typed (who sends it, to whom) wait in this browser until the letter is saved.
  const choicesDraftKey = `letter-choices:${id}`;
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useTitle(state.kind === 'not-found' ? w.notFoundTitle : w.title);

  // Each step starts at its heading, so the keyboard and screen readers start there too.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    stepHeading.current?.focus();
  }, [step]);
  const go = (next: Step) => {
    moved.current = true;
    setStep(next);
  };

  if (state.kind !== 'ready') return <CaseNotReady state={state} title={w.title} />;
  const c = state.case;
  const caseHref = `/cases/${encodeURIComponent(c.id)}`;
  const problem = (error: unknown) => {
    const missing = missingFactsOf(error);
    if (missing) return <MissingFacts caseId={c.id} facts={missing} />;
    return (
      <p role="alert" className="problem">
        {(error as Error).message}
      </p>
    );
  };

  return (
    <>
      <GuideReturn href={appealGuidePath(c.id, 'write')} />
      <h1>{w.title}</h1>
      <p className="lead">
        {w.caseOf} <span dir="auto">{c.patient.name}</span>,{' '}
        <span dir="auto">{c.plan.insurer}</span>. <Link href={caseHref}>{w.back}</Link>
      </p>

      <SavedLetters caseId={c.id} letters={state.letters} />

      <section aria-labelledby="write-title" className="write-letter">
        {step.kind === 'choose' && (
          <>
            <h2 id="write-title" ref={stepHeading} tabIndex={-1}>
              {w.write.title}
            </h2>
            <p>{w.write.lead}</p>
            <LetterChoicesForm
              initial={choices}
              suggested={letterKindOf(new URLSearchParams(window.location.search).get('kind'))}
              draftKey={choicesDraftKey}
              problem={problem}
              onSubmit={async (chosen) => {
                const request = requestOf(chosen);
                const preview = await api.previewLetter(c.id, request);
                setChoices(chosen);
                go({ kind: 'edit', request, preview });
              }}
            />
          </>
        )}

        {step.kind === 'edit' && (
          <>
            <div className="section-head">
              <h2 id="write-title" ref={stepHeading} tabIndex={-1}>
                {w.check.title(letterKindName(t, step.request.kind))}
              </h2>
              <button type="button" className="secondary" onClick={() => go({ kind: 'choose' })}>
                {w.check.change}
              </button>
            </div>
            <p>{w.check.lead}</p>
            <div className="letter-layout">
              <LetterEditor
                document={step.preview.document}
                draftKey={`letter:${c.id}:${step.preview.document.kind}`}
                problem={problem}
                onSave={async (edits) => {
                  const saved = await api.saveLetter(c.id, {
                    ...step.request,
                    ...(edits && { edits }),
                  });
                  setState((s) =>
                    s.kind === 'ready' ? { ...s, letters: [saved, ...s.letters] } : s,
                  );
                  forgetDraft(choicesDraftKey);
                  go({ kind: 'saved', letter: saved });
                }}
              />
              <LetterGuidancePanel guidance={step.preview.guidance} />
            </div>
            <LetterCitations citations={step.preview.document.citations} />
          </>
        )}

        {step.kind === 'saved' && (
          <>
            <h2 id="write-title" ref={stepHeading} tabIndex={-1}>
              {w.saved.title}
            </h2>
            <div className="notice" role="status">
              <p>{w.saved.notice(letterKindName(t, step.letter.kind), step.letter.version)}</p>
            </div>
            <LetterFiles letter={step.letter} />
            {step.letter.guidance && <LetterGuidancePanel guidance={step.letter.guidance} />}
            <LetterCitations citations={step.letter.document.citations} />
            <div className="actions">
              <button type="button" onClick={() => go({ kind: 'choose' })}>
                {w.saved.another}
              </button>
              <Link href={`${caseHref}/packet`} className="button secondary">
                {w.saved.packet}
              </Link>
            </div>
          </>
        )}
      </section>
    </>
  );
}

function SavedLetters({ caseId, letters }: { caseId: string; letters: readonly LetterView[] }) {
  const t = useT();
  const w = t.letters.page.list;
  return (
    <section aria-labelledby="saved-title" className="saved-letters">
      <div className="section-head">
        <h2 id="saved-title">{w.title}</h2>
        {letters.length > 0 && (
          <Link href={`/cases/${encodeURIComponent(caseId)}/packet`} className="button secondary">
            {w.packet}
          </Link>
        )}
      </div>
      {letters.length === 0 ? (
        <p>{w.none}</p>
      ) : (
        <ul className="letter-list">
          {letters.map((letter) => (
            <li key={letter.id}>
              <h3>
                {letterKindName(t, letter.kind)}
                <span className="case-meta">
                  {' '}
                  {w.meta(letter.version, formatInstant(letter.createdAt))}
                </span>
              </h3>
              <p dir="auto" lang={letter.lang}>
                {letter.title}
              </p>
              <LetterFiles letter={letter} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
