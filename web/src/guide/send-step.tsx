import { useId, useState, type FormEvent } from 'react';
import { api, type CaseView } from '../api.js';
import { statusName } from '../format.js';
import { useT } from '../i18n/messages.js';
import { TextField } from '../text-field.js';
import { useDraft } from '../use-draft.js';
import { SubmitRow } from '../submit-row.js';
import { useSendOnce } from '../use-send-once.js';

const submitted = (status: string) => status.endsWith('-submitted');

/**
 * "I sent it": how and when the appeal went out, written on the timeline, and the case moves to
 * "sent, waiting for a decision" (through "being prepared" when the ladder asks for it). What the
 * person typed is kept until it is saved.
 */
export function SendStep({
  case: c,
  onChanged,
}: {
  case: CaseView;
  onChanged: (message: string, updated?: CaseView) => Promise<void>;
}) {
  const t = useT().guide.send;
  const id = useId();
  const [draft, change, clear] = useDraft(`send:${c.id}`, { how: '', sentOn: '', note: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const { sending, send } = useSendOnce();

  if (submitted(c.status))
    return <p className="guide-card">{t.alreadySent(statusName(c.plan.program, c.status))}</p>;
  const allowed = c.allowedNextStatuses.map((s) => s.status);
  const target = allowed.find(submitted);
  const drafted = allowed.find((s) => s.endsWith('-drafted'));
  if (!target && !drafted)
    return <p className="guide-card">{t.notNow(statusName(c.plan.program, c.status))}</p>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.sentOn) {
      setProblem(t.needDate);
      return;
    }
    void send(async () => {
      setProblem(null);
      const note = t.note(
        draft.sentOn,
        draft.how ? t.ways[draft.how as keyof typeof t.ways] : '',
        draft.note.trim(),
      );
      try {
        let now = c;
        if (!target && drafted) now = await api.changeStatus(c.id, drafted, '');
        const to = target ?? now.allowedNextStatuses.map((s) => s.status).find(submitted);
        if (!to) throw new Error(t.notNow(statusName(now.plan.program, now.status)));
        const updated = await api.changeStatus(c.id, to, note);
        clear();
        await onChanged(t.done, updated);
      } catch (error) {
        setProblem((error as Error).message);
      }
    });
  };

  return (
    <form className="guide-card" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t.howQuestion}</legend>
        <ul className="choice-list">
          {(Object.keys(t.ways) as (keyof typeof t.ways)[]).map((way) => (
            <li key={way}>
              <input
                type="radio"
                id={`${id}-${way}`}
                name={`${id}-how`}
                value={way}
                checked={draft.how === way}
                onChange={() => change({ how: way })}
              />
              <label htmlFor={`${id}-${way}`}>{t.ways[way]}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-date`}>
          {t.dateLabel}
          <span className="required"> {t.required}</span>
        </label>
        <input
          id={`${id}-date`}
          type="date"
          value={draft.sentOn}
          required
          onChange={(event) => change({ sentOn: event.target.value })}
        />
      </div>
      <TextField
        id={`${id}-note`}
        label={t.noteLabel}
        hint={t.noteHint}
        value={draft.note}
        onChange={(note) => change({ note })}
        lines={3}
      />
      <SubmitRow problem={problem} sending={sending} label={t.save} />
    </form>
  );
}
