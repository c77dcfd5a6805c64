import { useState, type FormEvent } from 'react';
import { api, type LoggedCall } from './api.js';
import { TextField } from './text-field.js';
import { useSendOnce } from './use-send-once.js';
import { SubmitRow } from './submit-row.js';

type TextName = 'with' | 'personName' | 'personId' | 'reference' | 'summary' | 'promised' | 'topic';

/** The text boxes, in order: name, label, hint. */
const textFields = [
  ['with', 'Who did you talk to?', 'For example: Acme Health appeals line.'],
  ['personName', 'Their name', undefined],
  ['personId', 'Their ID number', undefined],
  [
    'reference',
    'Reference number for this call',
    'Always ask for one. It proves the call happened.',
  ],
  ['summary', 'What was said?', undefined],
  ['promised', 'What did they promise? (optional)', undefined],
  [
    'topic',
    'What question was it about? (optional)',
    'Use the same words each time you call about the same thing.',
  ],
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
  const [fields, setFields] = useState(empty);
  const [noProgress, setNoProgress] = useState(false);
  const { sending, send } = useSendOnce();
  const [problem, setProblem] = useState<string | null>(null);
  const set = (name: keyof typeof empty) => (value: string) =>
    setFields((old) => ({ ...old, [name]: value }));

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
        setFields(empty);
        setNoProgress(false);
        await onLogged(logged);
      } catch (error) {
        setProblem((error as Error).message);
      }
    });
  };

  return (
    <form className="stack call-form" onSubmit={submit} aria-label="Log a call">
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
        <label htmlFor="call-follow-up">By when? (optional)</label>
        <p id="call-follow-up-hint" className="hint">
          We will remind you to check on this day.
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
        <label htmlFor="call-no-progress">Nothing moved forward on this call</label>
      </div>
      <SubmitRow problem={problem} sending={sending} label="Log this call" />
    </form>
  );
}
