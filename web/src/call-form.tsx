import { useState, type FormEvent } from 'react';
import { api, type LoggedCall } from './api.js';
import { TextField } from './text-field.js';
import { useDraft } from './use-draft.js';
import { useSendOnce } from './use-send-once.js';
import { SubmitRow } from './submit-row.js';
import { useT, type Messages } from './i18n/messages.js';

type TextName = 'with' | 'personName' | 'personId' | 'reference' | 'summary' | 'promised' | 'topic';

type CallWords = Messages['calls'];

/** The text boxes, in order: name, label, hint. */
const textFieldsOf = ({ form: f }: CallWords) =>
  [
    ['with', f.with, f.withHint],
    ['personName', f.personName, undefined],
    ['personId', f.personId, undefined],
    ['reference', f.reference, f.referenceHint],
    ['summary', f.summary, undefined],
    ['promised', f.promised, undefined],
    ['topic', f.topic, f.topicHint],
  ] as const satisfies readonly (readonly [TextName, string, string | undefined])[];

/**
 * A quick "log a call" form: who, their name and ID, the reference number, what was said, what
 * was promised and by when. A double click never logs the call twice.
 */
export function CallForm({
  caseId,
  onLogged,
}: {
  caseId: string;
  onLogged: (logged: LoggedCall) => Promise<void>;
}) {
  const empty = {
    with: '',
    personName: '',
    personId: '',
    reference: '',
    summary: '',
    promised: '',
    followUp: '',
    topic: '',
  };
  const t = useT().calls;
  const textFields = textFieldsOf(t);
  // What the person typed stays in this browser until the call is logged: a lost connection, a
  // server error or leaving the page never loses it.
  const [fields, changeFields, clearFields] = useDraft(`call:${caseId}`, empty);
  const [noProgress, setNoProgress] = useState(false);
  const { sending, send } = useSendOnce();
  const [problem, setProblem] = useState<string | null>(null);
  const set = (name: keyof typeof empty) => (value: string) => changeFields({ [name]: value });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(async () => {
      setProblem(null);
      try {
        const logged = await api.logCall(caseId, {
          with: fields.with,
          summary: fields.summary,
          personName: fields.personName,
          personId: fields.personId,
          reference: fields.reference,
          promised: fields.promised,
          topic: fields.topic,
          ...(fields.followUp && { followUp: fields.followUp }),
          ...(noProgress && { outcome: 'no-progress' as const }),
        });
        clearFields();
        setNoProgress(false);
        await onLogged(logged);
      } catch (error) {
        setProblem((error as Error).message);
      }
    });
  };

  return (
    <form className="stack call-form" onSubmit={submit} aria-label={t.form.label}>
      {textFields.slice(0, 6).map(([name, label, hint]) => (
        <TextField
          key={name}
          id={`call-${name}`}
          label={label}
          hint={hint}
          value={fields[name]}
          onChange={set(name)}
          lines={name === 'summary' ? 3 : undefined}
          required={name === 'with' || name === 'summary'}
        />
      ))}
      <div className="field">
        <label htmlFor="call-follow-up">{t.form.followUp}</label>
        <p id="call-follow-up-hint" className="hint">
          {t.form.followUpHint}
        </p>
        <input
          id="call-follow-up"
          type="date"
          className="input-date"
          value={fields.followUp}
          aria-describedby="call-follow-up-hint"
          onChange={(event) => set('followUp')(event.target.value)}
        />
      </div>
      <TextField
        id="call-topic"
        label={textFields[6][1]}
        hint={textFields[6][2]}
        value={fields.topic}
        onChange={set('topic')}
      />
      <div className="field check-field">
        <input
          id="call-no-progress"
          type="checkbox"
          checked={noProgress}
          onChange={(event) => setNoProgress(event.target.checked)}
        />
        <label htmlFor="call-no-progress">{t.form.noProgress}</label>
      </div>
      <SubmitRow problem={problem} sending={sending} label={t.form.submit} />
    </form>
  );
}
