import { useState, type FormEvent } from 'react';
import { correctionKeys } from '../../src/state-help/state-help-corrections.js';
import { api, ApiError, type StateHelp } from './api.js';
import { LoadProblem } from './load-problem.js';
import { Link } from './router.js';
import { TextField } from './text-field.js';
import { useSendOnce } from './use-send-once.js';
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
  const [state, reload] = useLoaded(
    () => stateHelpOf(caseId, hasState),
    [caseId, version, hasState],
  );
  const help = state.kind === 'ready' ? state.value : null;
  return (
    <section className="panel state-help-panel" aria-labelledby="state-help-title">
      <h2 id="state-help-title">{help ? `Who can help in ${help.stateName}` : 'Who can help'}</h2>
      {state.kind === 'loading' && <p role="status">Loading who can help…</p>}
      {state.kind === 'failed' && (
        <LoadProblem what="who can help" message={state.message} onRetry={reload} />
      )}
      {state.kind === 'ready' && !help && (
        <p className="notice">
          Add the state of your plan to see who can help.{' '}
          <Link href={`/cases/${encodeURIComponent(caseId)}/edit#plan-state`}>Add the state</Link>
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
  const review = help.externalReview;
  return (
    <>
      <h3>Contact first</h3>
      <ol className="state-help-picks">
        {help.forThisCase.map((p) => (
          <li key={p.key}>
            <strong>{p.name}</strong>
            <p>{p.why}</p>
            <p className="state-help-reach">
              <PhoneLink phone={p.phone} /> <SiteLink url={p.url}>Website</SiteLink>
            </p>
          </li>
        ))}
      </ol>

      <h3>Outside review</h3>
      <p>{review.who}</p>
      {review.verify && (
        <p className="notice">We are not sure of this. Check with your plan or your state.</p>
      )}
      {review.note && <p>{review.note}</p>}
      <p className="hint">
        Law: {review.citation}. <SiteLink url={review.infoUrl}>Read more</SiteLink>
      </p>

      <details>
        <summary>All contacts in {help.stateName}</summary>
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
  const department = help.insuranceDepartment;
  const others = help.regulators.filter((r) => r.id !== 'insurance-department');
  const entries: [string, Contact | null][] = [
    ['Insurance department', department],
    ...others.map((r): [string, Contact] => [`Also: ${r.covers}`, r]),
    ['Free consumer help', help.consumerAssistance],
    ['Medicaid', help.medicaid],
    ['Medicaid plan ombudsman', help.medicaid?.ombudsman ?? null],
    ['Free legal help (Medicaid)', help.medicaid?.legalHelp ?? null],
    ['Medicare counseling (SHIP)', help.ship],
    ['Medicare', help.medicare],
  ];
  return (
    <dl className="state-help-contacts">
      {entries.map(([label, entry]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{entry ? <ContactBody contact={entry} onChanged={onChanged} /> : 'None on file.'}</dd>
        </div>
      ))}
      {department?.complaintUrl && (
        <div>
          <dt>File a complaint with the insurance department</dt>
          <dd>
            <SiteLink url={department.complaintUrl}>Complaint page</SiteLink>
          </dd>
        </div>
      )}
    </dl>
  );
}

function ContactBody({ contact, onChanged }: { contact: Contact; onChanged: () => void }) {
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
      <SiteLink url={contact.url}>Website</SiteLink>
      <span className="hint">
        {' '}
        Source: {contact.source}, as of {contact.asOf}.
      </span>
      {contact.corrections.map((m) => (
        <span key={m.id} className="state-help-correction">
          {' '}
          {m.field}: {m.words}
          {m.note && ` (${m.note})`}{' '}
          <button
            type="button"
            className="link-button"
            disabled={sending}
            onClick={() => void undo(m.id)}
          >
            Undo my correction
          </button>
        </span>
      ))}
      {problem && <span role="alert"> {problem}</span>}
    </>
  );
}

const entryLabels: Record<string, string> = {
  insuranceDepartment: 'Insurance department',
  consumerAssistance: 'Free consumer help',
  ship: 'Medicare counseling (SHIP)',
  medicaid: 'Medicaid',
  'medicaid.ombudsman': 'Medicaid ombudsman',
  'medicaid.legalHelp': 'Medicaid legal help',
  'regulators.dmhc': 'Department of Managed Health Care (California)',
  'regulators.ebsa': 'U.S. Department of Labor (EBSA)',
  externalReview: 'Outside review',
};
const fieldLabels: Record<string, string> = {
  name: 'name',
  phone: 'phone',
  officePhone: 'office phone',
  url: 'website',
  complaintUrl: 'complaint page',
  infoUrl: 'information page',
};

/** `medicaid.ombudsman.phone` → "Medicaid ombudsman: phone". */
function keyLabel(key: string): string {
  const at = key.lastIndexOf('.');
  const entry = key.slice(0, at);
  const field = key.slice(at + 1);
  return `${entryLabels[entry] ?? entry}: ${fieldLabels[field] ?? field}`;
}

function CorrectionForm({ state, onSaved }: { state: string; onSaved: () => void }) {
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
      <summary>Correct a number or a link</summary>
      <form onSubmit={submit}>
        <p className="hint">
          Your fix is kept on this computer and shown as yours. You can undo it later.
        </p>
        <div className="field">
          <label htmlFor="state-help-key">What to correct</label>
          <select id="state-help-key" value={key} onChange={(e) => setKey(e.target.value)}>
            {correctionKeys.map((k) => (
              <option key={k} value={k}>
                {keyLabel(k)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="state-help-value"
          label="The right value"
          hint="A phone like 800-555-0100, or a web address starting with https://"
          value={value}
          onChange={setValue}
          required
        />
        <TextField
          id="state-help-note"
          label="Where you found it (optional)"
          value={note}
          onChange={setNote}
        />
        <SubmitRow problem={problem} sending={sending} label="Save my correction" />
      </form>
    </details>
  );
}
