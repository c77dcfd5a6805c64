import { LetterFiles } from './letter-files.js';
import { useState } from 'react';
import { useDraft } from './use-draft.js';
import {
  api,
  type LetterPreview,
  type OpinionLetterKind,
  type OpinionLetterRequest,
  type SavedOpinionLetter,
} from './api.js';
import { formatDate } from './format.js';
import { useLang } from './i18n/language.js';
import { useT } from './i18n/messages.js';
import { LetterCitations } from './letter-citations.js';
import { LetterEditor, LetterGuidancePanel } from './letter-editor.js';
import { missingFactsOf } from './missing-facts.js';
import { InputField } from './opinion-field.js';
import { useSubmit } from './opinion-submit.js';
import { datesInWords } from './task-list.js';

/**
 * One letter of a second-opinion case, written in place: a few facts (who it goes to, the
 * specialist), then the letter filled in from the case to check and change, then saved with its
 * files to download. The records request's saved task (its 30-day answer) is named when saved.
 * The letter is written in the language the app speaks.
 */

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

type Step =
  | { readonly kind: 'choose' }
  | {
      readonly kind: 'edit';
      readonly request: OpinionLetterRequest;
      readonly preview: LetterPreview;
    }
  | { readonly kind: 'saved'; readonly saved: SavedOpinionLetter };

export function OpinionLetter({
  caseId,
  kind,
  onSaved,
}: {
  caseId: string;
  kind: OpinionLetterKind;
  onSaved: (message: string) => void;
}) {
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  // What was typed waits in this browser until the letter is saved.
  const [typed, change, clearTyped] = useDraft(`letter-choices:${caseId}:${kind}`, {
    recipient: '',
    specialist: '',
    phone: '',
  });
  const { recipient, specialist, phone } = typed;
  const t = useT().opinions.letter;
  const lang = useLang();
  const w = t.kinds[kind];
  const id = `letter-${kind}`;

  const {
    submit: see,
    sending,
    error,
  } = useSubmit(async () => {
    const recipientLines = linesOf(recipient);
    const request: OpinionLetterRequest = {
      kind,
      lang,
      ...(recipientLines.length > 0 && { recipient: recipientLines }),
      ...(specialist.trim() && { specialist: specialist.trim() }),
      ...(phone.trim() && { sender: { phone: phone.trim() } }),
    };
    setStep({ kind: 'edit', request, preview: await api.opinions.previewLetter(caseId, request) });
  });

  return (
    <section className="opinion-letter" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{w.title}</h3>
      <p>{w.about}</p>
      {step.kind === 'choose' && (
        <form onSubmit={see} noValidate className="letter-choices">
          <InputField
            id={`${id}-recipient`}
            label={w.recipient}
            hint={w.recipientHint}
            lines={3}
            value={recipient}
            onChange={(value) => change({ recipient: value })}
          />
          {kind === 'second-opinion-referral-request' && (
            <InputField
              id={`${id}-specialist`}
              label={t.specialist}
              hint={t.specialistHint}
              value={specialist}
              onChange={(value) => change({ specialist: value })}
            />
          )}
          <InputField
            id={`${id}-phone`}
            label={t.phone}
            className="input-medium"
            value={phone}
            onChange={(value) => change({ phone: value })}
          />
          {error !== null && <LetterProblem error={error} />}
          <div className="actions">
            <button type="submit" disabled={sending} aria-describedby={`${id}-title`}>
              {sending ? t.writing : t.see}
            </button>
          </div>
        </form>
      )}
      {step.kind === 'edit' && (
        <>
          <div className="letter-layout">
            <LetterEditor
              document={step.preview.document}
              draftKey={`letter:${caseId}:${step.preview.document.kind}`}
              problem={(caught) => <LetterProblem error={caught} />}
              onSave={async (edits) => {
                const saved = await api.opinions.saveLetter(caseId, {
                  ...step.request,
                  ...(edits && { edits }),
                });
                setStep({ kind: 'saved', saved });
                clearTyped();
                onSaved(t.savedMessage(w.title, saved.letter.version));
              }}
            />
            <LetterGuidancePanel guidance={step.preview.guidance} />
          </div>
          <LetterCitations citations={step.preview.document.citations} />
          <p>
            <button type="button" className="secondary" onClick={() => setStep({ kind: 'choose' })}>
              {t.changeChoices}
            </button>
          </p>
        </>
      )}
      {step.kind === 'saved' && <SavedLetter saved={step.saved} />}
    </section>
  );
}

function SavedLetter({ saved: { letter, task } }: { saved: SavedOpinionLetter }) {
  const t = useT().opinions.letter;
  return (
    <div className="notice" role="status">
      <p>{t.saved(letter.version)}</p>
      <LetterFiles letter={letter} />
      {task && <p>{t.taskAdded(datesInWords(task.title), formatDate(task.due))}</p>}
    </div>
  );
}

/** Facts the letter needs that the case lacks (the server names them), or the server's message. */
function LetterProblem({ error }: { error: unknown }) {
  const t = useT().opinions.letter;
  const facts = missingFactsOf(error) ?? [];
  return (
    <div role="alert" className="problem">
      {facts.length > 0 ? (
        <>
          <p>{t.needsFacts}</p>
          <ul>
            {facts.map(({ path, label }) => (
              <li key={path}>
                {/* The plan's boxes are on this page, under "Your plan details". */}
                {path.startsWith('coverage.') ? (
                  <a href={`#plan-${path.slice('coverage.'.length)}`}>{label}</a>
                ) : (
                  label
                )}
              </li>
            ))}
          </ul>
          <p>{t.addFacts}</p>
        </>
      ) : (
        <p>{(error as Error).message}</p>
      )}
    </div>
  );
}
