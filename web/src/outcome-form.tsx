import { useId, useState, type FormEvent } from 'react';
import { decisionIds, paysNothing, type Decision } from '../../src/outcomes/outcome.js';
import { decisionLabel } from '../../src/outcomes/outcome-wording.js';
import { api, type CaseView } from './api.js';
import { useLang } from './i18n/language.js';
import { useT, type Messages } from './i18n/messages.js';
import { SubmitRow } from './submit-row.js';
import { TextField } from './text-field.js';
import { useDraft } from './use-draft.js';
import { useSendOnce } from './use-send-once.js';
import { datesInWords } from './task-list.js';

const submittedSuffix = '-submitted';

/**
 * The decisions a case can take now, as its ladder allows (the server's `allowedNextStatuses`): a
 * decision while an appeal waits for one (`<level>-submitted` → `<level>-<decision>`), a payment
 * once the ladder allows `paid` (after a win).
 */
export function decisionsFor(c: CaseView): Decision[] {
  const allowed = new Set(c.allowedNextStatuses.map((s) => s.status));
  const level = c.status.endsWith(submittedSuffix)
    ? c.status.slice(0, -submittedSuffix.length)
    : null;
  return decisionIds.filter((decision) =>
    decision === 'paid'
      ? allowed.has('paid')
      : level !== null && allowed.has(`${level}-${decision}`),
  );
}

/** "123.45", "$1,234" → whole cents; null when empty; undefined when it is not an amount. */
export function dollarsToCents(text: string): number | null | undefined {
  const plain = text.trim().replace(/^\$/, '').replace(/,/g, '');
  if (!plain) return null;
  if (!/^\d+(\.\d{1,2})?$/.test(plain)) return undefined;
  return Math.round(Number(plain) * 100);
}

/** The form's boxes as typed, and the decision chosen. */
interface OutcomeFields {
  readonly decision: Decision | '';
  readonly decidedOn: string;
  readonly decidedBy: string;
  readonly amount: string;
  readonly reference: string;
}

/** What the person filled in, or the first thing to fix, in words. */
function readForm(
  fields: Omit<OutcomeFields, 'reference'>,
  t: Messages['calls']['outcome'],
): { problem: string } | { cents: number | null; decision: Decision } {
  if (!fields.decision) return { problem: t.chooseDecision };
  if (!fields.decidedOn) return { problem: t.giveDate };
  if (!fields.decidedBy.trim()) return { problem: t.sayWho };
  const cents = paysNothing(fields.decision) ? null : dollarsToCents(fields.amount);
  if (cents === undefined) return { problem: t.amountProblem };
  return { cents, decision: fields.decision };
}

/**
 * "Record a decision": won, partly won, denied again — or paid, with the amount. The case moves to
 * its step with it, and the timeline says so. A double click never records it twice; a problem
 * is said in words next to the button, and what was typed is kept until it is recorded.
 */
export function OutcomeForm({
  case: c,
  onChanged,
}: {
  case: CaseView;
  onChanged: (message: string, updated: CaseView) => Promise<void>;
}) {
  const t = useT().calls.outcome;
  const lang = useLang();
  const choices = decisionsFor(c);
  const id = useId();
  const only: Decision | '' = choices.length === 1 ? choices[0]! : '';
  // What the person filled in stays in this browser until the decision is recorded: a reload, a
  // server error or a lost connection never loses it.
  const [fields, change, clear] = useDraft<OutcomeFields>(`outcome:${c.id}`, {
    decision: only,
    decidedOn: '',
    decidedBy: '',
    amount: '',
    reference: '',
  });
  // A kept choice the case no longer allows (it moved on since) is no choice.
  const decision = fields.decision && choices.includes(fields.decision) ? fields.decision : only;
  const { decidedOn, decidedBy, amount, reference } = fields;
  const { sending, send } = useSendOnce();
  const [problem, setProblem] = useState<string | null>(null);

  if (choices.length === 0) return null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(async () => {
      const read = readForm({ decision, decidedOn, decidedBy, amount }, t);
      if ('problem' in read) return setProblem(read.problem);
      setProblem(null);
      try {
        const recorded = await api.recordOutcome(c.id, {
          decision: read.decision,
          decidedOn,
          decidedBy,
          amountPaidCents: read.cents,
          reference,
        });
        clear();
        await onChanged(t.recorded(datesInWords(recorded.outcome.summary)), recorded.case);
      } catch (error) {
        setProblem((error as Error).message);
      }
    });
  };

  return (
    <form
      className="stack outcome-form"
      noValidate
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-purpose`}
    >
      <h3 id={`${id}-title`}>{t.title}</h3>
      <p id={`${id}-purpose`} className="hint">
        {choices.includes('paid') && choices.length === 1 ? t.purposePaid : t.purposeAppeal}
      </p>
      <fieldset>
        <legend>{t.question}</legend>
        <ul className="choice-list">
          {choices.map((choice) => (
            <li key={choice}>
              <input
                type="radio"
                id={`${id}-${choice}`}
                name={`${id}-decision`}
                value={choice}
                checked={decision === choice}
                aria-describedby={`${id}-${choice}-hint`}
                onChange={() => change({ decision: choice })}
              />
              <div>
                <label htmlFor={`${id}-${choice}`}>{decisionLabel(choice, lang)}</label>
                <p id={`${id}-${choice}-hint`} className="hint">
                  {t.hints[choice]}
                </p>
              </div>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-on`}>
          {t.decidedOn}
          <span className="required"> {t.required}</span>
        </label>
        <input
          id={`${id}-on`}
          type="date"
          className="input-date"
          value={decidedOn}
          onChange={(event) => change({ decidedOn: event.target.value })}
        />
      </div>
      <TextField
        id={`${id}-by`}
        label={t.decidedBy}
        hint={t.decidedByHint}
        value={decidedBy}
        onChange={(decidedBy) => change({ decidedBy })}
        required
      />
      {decision !== '' && !paysNothing(decision) && (
        <TextField
          id={`${id}-amount`}
          label={t.amount}
          hint={t.amountHint}
          value={amount}
          onChange={(amount) => change({ amount })}
          className="input-short"
        />
      )}
      <TextField
        id={`${id}-reference`}
        label={t.reference}
        hint={t.referenceHint}
        value={reference}
        onChange={(reference) => change({ reference })}
      />
      <SubmitRow problem={problem} sending={sending} label={t.submit} />
    </form>
  );
}
