import { LetterFiles } from './letter-files.js';
import { useState } from 'react';
import {
  api,
  type LetterPreview,
  type OpinionLetterKind,
  type OpinionLetterRequest,
  type SavedOpinionLetter,
} from './api.js';
import { formatDate } from './format.js';
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
 */

const words: Readonly<
  Record<
    OpinionLetterKind,
    { title: string; about: string; recipient: string; recipientHint: string }
  >
> = {
  'second-opinion-referral-request': {
    title: 'Letter asking for a referral',
    about:
      'Asks your primary doctor or your plan to send you to another doctor for a second opinion.',
    recipient: 'Who the letter goes to, if you know',
    recipientHint: 'Your primary doctor or your plan. One line for each line of the address.',
  },
  'records-request': {
    title: 'Letter asking for your medical records',
    about:
      'Asks a doctor’s office or hospital for copies of your records. The law gives you the right to them.',
    recipient: 'The office or hospital that has your records',
    recipientHint: 'Its name and address. One line for each line of the address.',
  },
};

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
  const [recipient, setRecipient] = useState('');
  const [specialist, setSpecialist] = useState('');
  const [phone, setPhone] = useState('');
  const w = words[kind];
  const id = `letter-${kind}`;

  const {
    submit: see,
    sending,
    error,
  } = useSubmit(async () => {
    const recipientLines = linesOf(recipient);
    const request: OpinionLetterRequest = {
      kind,
      lang: 'en',
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
            onChange={setRecipient}
          />
          {kind === 'second-opinion-referral-request' && (
            <InputField
              id={`${id}-specialist`}
              label="The doctor you want to see, if you know"
              hint="Their name, specialty and where they work."
              value={specialist}
              onChange={setSpecialist}
            />
          )}
          <InputField
            id={`${id}-phone`}
            label="Your phone, to be reached"
            className="input-medium"
            value={phone}
            onChange={setPhone}
          />
          {error !== null && <LetterProblem error={error} />}
          <div className="actions">
            <button type="submit" disabled={sending} aria-describedby={`${id}-title`}>
              {sending ? 'Writing…' : 'See the letter'}
            </button>
          </div>
        </form>
      )}
      {step.kind === 'edit' && (
        <>
          <div className="letter-layout">
            <LetterEditor
              document={step.preview.document}
              problem={(caught) => <LetterProblem error={caught} />}
              onSave={async (edits) => {
                const saved = await api.opinions.saveLetter(caseId, {
                  ...step.request,
                  ...(edits && { edits }),
                });
                setStep({ kind: 'saved', saved });
                onSaved(`${w.title}: version ${saved.letter.version} is saved.`);
              }}
            />
            <LetterGuidancePanel guidance={step.preview.guidance} />
          </div>
          <LetterCitations citations={step.preview.document.citations} />
          <p>
            <button type="button" className="secondary" onClick={() => setStep({ kind: 'choose' })}>
              Change your choices
            </button>
          </p>
        </>
      )}
      {step.kind === 'saved' && <SavedLetter saved={step.saved} />}
    </section>
  );
}

function SavedLetter({ saved: { letter, task } }: { saved: SavedOpinionLetter }) {
  return (
    <div className="notice" role="status">
      <p>
        Your letter is saved (version {letter.version}). Print it, sign it and send it, or bring it.
      </p>
      <LetterFiles letter={letter} />
      {task && (
        <p>
          We added a task to your list: {datesInWords(task.title)} (due {formatDate(task.due)}).
        </p>
      )}
    </div>
  );
}

/** Facts the letter needs that the case lacks (the server names them), or the server's message. */
function LetterProblem({ error }: { error: unknown }) {
  const facts = missingFactsOf(error) ?? [];
  return (
    <div role="alert" className="problem">
      {facts.length > 0 ? (
        <>
          <p>This letter needs facts your case does not have yet:</p>
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
          <p>Add them to the case, then try again.</p>
        </>
      ) : (
        <p>{(error as Error).message}</p>
      )}
    </div>
  );
}
