import { useId, useState, type FormEvent } from 'react';
import { api, type CaseView } from '../api.js';
import { RichText } from '../glossary/rich-text.js';
import { useT } from '../i18n/messages.js';
import { SubmitRow } from '../submit-row.js';
import { useSendOnce } from '../use-send-once.js';

/** The few questions that change the deadlines and the letter, one per screen. */
type Question = 'urgent' | 'received' | 'job' | 'kind' | 'funding';

type Patch = Parameters<typeof api.updateCase>[2];

/** Each answer and what it writes on the case. */
const answers = {
  urgent: { yes: { denial: { urgency: 'urgent' } }, no: null, unsure: null },
  received: {
    yes: { denial: { urgency: 'post-service' } },
    no: { denial: { urgency: 'pre-service' } },
    ongoing: { denial: { urgency: 'concurrent' } },
  },
  job: { yes: { plan: { program: 'employer-group' } }, no: null },
  kind: {
    bought: { plan: { program: 'individual-market' } },
    medicare: { plan: { program: 'medicare-advantage' } },
    medicaid: { plan: { program: 'medicaid-managed-care' } },
  },
  funding: {
    insured: { plan: { funding: 'fully-insured' } },
    self: { plan: { funding: 'self-funded' } },
    unsure: null,
  },
} satisfies Record<Question, Record<string, Patch | null>>;

/** The question after this answer, or null when there is no more to ask. */
function after(question: Question, answer: string): Question | null {
  switch (question) {
    case 'urgent':
      return answer === 'yes' ? 'job' : 'received';
    case 'received':
      return 'job';
    case 'job':
      return answer === 'yes' ? 'funding' : 'kind';
    case 'kind':
    case 'funding':
      return null;
  }
}

/** What is already known answers a question before it is asked. */
function answerOf(c: CaseView, question: Question): string {
  switch (question) {
    case 'urgent':
      return c.denial.urgency === 'urgent' ? 'yes' : c.denial.urgency ? 'no' : '';
    case 'received':
      return c.denial.urgency === 'post-service'
        ? 'yes'
        : c.denial.urgency === 'pre-service'
          ? 'no'
          : c.denial.urgency === 'concurrent'
            ? 'ongoing'
            : '';
    case 'job':
      return c.plan.program === 'employer-group' ? 'yes' : 'no';
    case 'kind':
      return (
        {
          'individual-market': 'bought',
          'medicare-advantage': 'medicare',
          'medicaid-managed-care': 'medicaid',
        }[c.plan.program] ?? ''
      );
    case 'funding':
      return c.plan.funding === 'fully-insured'
        ? 'insured'
        : c.plan.funding === 'self-funded'
          ? 'self'
          : '';
  }
}

/**
 * Is it urgent for your health? Have you had the care? Is the plan through a job (and who pays the
 * claims)? Each answer is saved on the case as soon as it is given, so the deadlines that follow
 * are counted from it; "not sure" saves nothing and says how to find out.
 */
export function QuestionsStep({
  case: c,
  onChanged,
}: {
  case: CaseView;
  onChanged: (message: string, updated?: CaseView) => Promise<void>;
}) {
  const t = useT().guide.questions;
  const [question, setQuestion] = useState<Question | 'done'>('urgent');
  const [choice, setChoice] = useState(() => answerOf(c, 'urgent'));
  const [problem, setProblem] = useState<string | null>(null);
  const { sending, send } = useSendOnce();
  const id = useId();

  if (question === 'done') {
    return (
      <div className="guide-card" role="status">
        <p>{t.done}</p>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setQuestion('urgent');
            setChoice(answerOf(c, 'urgent'));
          }}
        >
          {t.again}
        </button>
      </div>
    );
  }

  const words = t[question];
  const options = Object.keys(answers[question]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice) {
      setProblem(t.choose);
      return;
    }
    void send(async () => {
      setProblem(null);
      const patch = (answers[question] as Record<string, Patch | null>)[choice] ?? null;
      try {
        if (patch) {
          const updated = await api.updateCase(c.id, c.version, patch);
          await onChanged(t.saved, updated);
        }
        const next = after(question, choice);
        setQuestion(next ?? 'done');
        if (next) setChoice(answerOf(c, next));
      } catch (error) {
        setProblem((error as Error).message);
      }
    });
  };

  return (
    // Keyed by the question: each one gets fresh radio buttons, not the last one's, reused.
    <form key={question} className="guide-card guide-question" onSubmit={submit} noValidate>
      <fieldset aria-describedby={`${id}-hint`}>
        <legend>{words.question}</legend>
        <p id={`${id}-hint`} className="hint">
          <RichText text={words.hint} />
        </p>
        <ul className="choice-list">
          {options.map((option) => (
            <li key={option}>
              <input
                type="radio"
                id={`${id}-${option}`}
                name={`${id}-${question}`}
                value={option}
                checked={choice === option}
                onChange={() => setChoice(option)}
              />
              <label htmlFor={`${id}-${option}`}>
                {(words.options as Record<string, string>)[option]}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {choice === 'unsure' && 'unsure' in words && <p className="guide-note">{words.unsure}</p>}
      <SubmitRow problem={problem} sending={sending} label={t.saveAnswer} />
    </form>
  );
}
