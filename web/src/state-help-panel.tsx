import { useState, type FormEvent } from 'react';
import { correctionKeys } from '../../src/state-help/state-help-corrections.js';
import { api, ApiError, type StateHelp } from './api.js';
import { useT, type Messages } from './i18n/messages.js';
import { LoadProblem } from './load-problem.js';
import { Link } from './router.js';
import { TextField } from './text-field.js';
import { useSendOnce } from './use-send-once.js';
import { usStateName } from './us-state-names.js';
import { SubmitRow } from './submit-row.js';
import { useLoaded } from './use-loaded.js';

/**
 * Who can help with a case's denial in its state: the offices to contact first (with why), where
 * outside review goes, and every contact with its source and "as of" date. A person can correct a
 * number or a link on this computer, and take the correction back.
 */

type Contact = NonNullable<StateHelp['consumerAssistance']>;

/** The case's state help, or null when the case does not say its plan's state yet. */
async function stateHelpOf(caseId: string, hasState: boolean): Promise<StateHelp | null> {
  // No state yet: nothing to ask the server (it would only answer that the state is missing).
  if (!hasState) return null;
  try {
    return await api.caseStateHelp(caseId);
  } catch (error) {
    if (error instanceof ApiError && error.field === 'plan.state') return null;
    throw error;
  }
}

export function StateHelpPanel({
  caseId,
  version,
  hasState = true,
}: {
  caseId: string;
  version: number;
  /** False when the case does not say its plan's state yet. */
  hasState?: boolean;
}) {
  const words = useT().documents.stateHelp;
  const [state, reload] = useLoaded(
    () => stateHelpOf(caseId, hasState),
    [caseId, version, hasState],
  );
  const help = state.kind === 'ready' ? state.value : null;
  return (
    <section className="panel state-help-panel" aria-labelledby="state-help-title">
      <h2 id="state-help-title">{help ? words.titleIn(usStateName(help.state)) : words.title}</h2>
      {state.kind === 'loading' && <p role="status">{words.loading}</p>}
      {state.kind === 'failed' && (
        <LoadProblem what={words.what} message={state.message} onRetry={reload} />
      )}
      {state.kind === 'ready' && !help && (
        <p className="notice">
          {words.addState}{' '}
          <Link href={`/cases/${encodeURIComponent(caseId)}/edit#plan-state`}>
            {words.addStateLink}
          </Link>
        </p>
      )}
      {help && <StateHelpBody help={help} onChanged={reload} />}
    </section>
  );
}

/** Only web links leave as links; anything else is shown as text. */
const isWebLink = (url: string | null): url is string => !!url && /^https?:\/\//i.test(url);

function PhoneLink({ phone }: { phone: string | null }) {
  if (!phone) return null;
  return <a href={`tel:+1${phone.replace(/\D/g, '')}`}>{phone}</a>;
}

function SiteLink({ url, children }: { url: string | null; children: string }) {
  if (!isWebLink(url)) return null;
  return (
    <a href={url} target="_blank" rel="noreferrer external">
      {children}
    </a>
  );
}

function StateHelpBody({ help, onChanged }: { help: StateHelp; onChanged: () => void }) {
  const words = useT().documents.stateHelp;
  const review = help.externalReview;
  return (
    <>
      <h3>{words.contactFirst}</h3>
      <ol className="state-help-picks">
        {help.forThisCase.map((p) => (
          <li key={p.key}>
            <strong>{p.name}</strong>
            <p>{p.why}</p>
            <p className="state-help-reach">
              <PhoneLink phone={p.phone} /> <SiteLink url={p.url}>{words.website}</SiteLink>
            </p>
          </li>
        ))}
      </ol>

      <h3>{words.outsideReview}</h3>
      <p>{review.who}</p>
      {review.verify && <p className="notice">{words.notSure}</p>}
      {review.note && <p>{review.note}</p>}
      <p className="hint">
        {words.law(review.citation)} <SiteLink url={review.infoUrl}>{words.readMore}</SiteLink>
      </p>

      <details>
        <summary>{words.allContacts(usStateName(help.state))}</summary>
        <AllContacts help={help} onChanged={onChanged} />
      </details>

      {help.notes.map((note) => (
        <p key={note} className="hint">
          {note}
        </p>
      ))}
      <CorrectionForm state={help.state} onSaved={onChanged} />
      <p className="disclaimer">{help.attribution}</p>
    </>
  );
}

function AllContacts({ help, onChanged }: { help: StateHelp; onChanged: () => void }) {
  const words = useT().documents.stateHelp;
  const names = words.contacts;
  const department = help.insuranceDepartment;
  const others = help.regulators.filter((r) => r.id !== 'insurance-department');
  const entries: [string, Contact | null][] = [
    [names.insuranceDepartment, department],
    ...others.map((r): [string, Contact] => [words.also(r.covers), r]),
    [names.consumerAssistance, help.consumerAssistance],
    [names.medicaid, help.medicaid],
    [names.ombudsman, help.medicaid?.ombudsman ?? null],
    [names.legalHelp, help.medicaid?.legalHelp ?? null],
    [names.ship, help.ship],
    [names.medicare, help.medicare],
  ];
  return (
    <dl className="state-help-contacts">
      {entries.map(([label, entry]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>
            {entry ? <ContactBody contact={entry} onChanged={onChanged} /> : words.noneOnFile}
          </dd>
        </div>
      ))}
      {department?.complaintUrl && (
        <div>
          <dt>{words.complaint}</dt>
          <dd>
            <SiteLink url={department.complaintUrl}>{words.complaintPage}</SiteLink>
          </dd>
        </div>
      )}
    </dl>
  );
}

function ContactBody({ contact, onChanged }: { contact: Contact; onChanged: () => void }) {
  const words = useT().documents.stateHelp;
  const { sending, send } = useSendOnce();
  const [problem, setProblem] = useState<string | null>(null);
  const undo = (id: string) =>
    send(async () => {
      try {
        await api.removeStateHelpCorrection(id);
        onChanged();
      } catch (error) {
        setProblem((error as Error).message);
      }
    });
  return (
    <>
      <span>{contact.name}</span> <PhoneLink phone={contact.phone} />{' '}
      <SiteLink url={contact.url}>{words.website}</SiteLink>
      <span className="hint"> {words.source(contact.source, contact.asOf)}</span>
      {contact.corrections.map((m) => (
        <span key={m.id} className="state-help-correction">
          {' '}
          {labelOf(words.fields, m.field)}: {m.words}
          {m.note && ` (${m.note})`}{' '}
          <button
            type="button"
            className="link-button"
            disabled={sending}
            onClick={() => void undo(m.id)}
          >
            {words.undoCorrection}
          </button>
        </span>
      ))}
      {problem && <span role="alert"> {problem}</span>}
    </>
  );
}

type StateHelpWords = Messages['documents']['stateHelp'];

/** A label from a table of labels keyed by id, or the id itself when it has none. */
const labelOf = (labels: Readonly<Record<string, string>>, id: string): string =>
  Object.hasOwn(labels, id) ? (labels[id] ?? id) : id;

/** `medicaid.ombudsman.phone` → "Medicaid ombudsman: phone". */
function keyLabel(key: string, words: StateHelpWords): string {
  const at = key.lastIndexOf('.');
  const entry = key.slice(0, at);
  const field = key.slice(at + 1);
  return `${labelOf(words.entries, entry)}: ${labelOf(words.fields, field)}`;
}

function CorrectionForm({ state, onSaved }: { state: string; onSaved: () => void }) {
  const words = useT().documents.stateHelp;
  const [key, setKey] = useState(correctionKeys[0]);
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { sending, send } = useSendOnce();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(async () => {
      try {
        await api.correctStateHelp(state, { key, value, ...(note.trim() && { note }) });
        setValue('');
        setNote('');
        setProblem(null);
        onSaved();
      } catch (error) {
        setProblem((error as Error).message);
      }
    });
  };
  return (
    <details className="state-help-correct">
      <summary>{words.correct}</summary>
      <form onSubmit={submit}>
        <p className="hint">{words.correctHint}</p>
        <div className="field">
          <label htmlFor="state-help-key">{words.whatToCorrect}</label>
          <select id="state-help-key" value={key} onChange={(e) => setKey(e.target.value)}>
            {correctionKeys.map((k) => (
              <option key={k} value={k}>
                {keyLabel(k, words)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="state-help-value"
          label={words.rightValue}
          hint={words.rightValueHint}
          value={value}
          onChange={setValue}
          required
        />
        <TextField id="state-help-note" label={words.whereFound} value={note} onChange={setNote} />
        <SubmitRow problem={problem} sending={sending} label={words.saveCorrection} />
      </form>
    </details>
  );
}
