import type { Draft } from './api.js';
import { useT, type Messages } from './i18n/messages.js';

/**
 * What a denial means, in plain words: what happened, what the plan wants, how to answer, and what
 * each code on the letter says. General information, never legal advice.
 */
type Explanation = NonNullable<Draft['explanation']>;

export function DenialExplanation({ explanation }: { explanation: Explanation }) {
  const words = useT().intake.explanation;
  const codes = explanation.codes
    .map((code) => codeWords(code, words.code))
    .filter((c) => c !== null);
  return (
    <section className="panel explanation" aria-labelledby="explanation-title">
      <h2 id="explanation-title">{words.title}</h2>
      <p>{explanation.summary}</p>
      {explanation.planWants && (
        <p>
          <strong>{words.planWants}</strong> {explanation.planWants}
        </p>
      )}
      {explanation.howToAnswer.length > 0 && (
        <>
          <h3>{words.howToAnswer}</h3>
          <ol>
            {explanation.howToAnswer.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      )}
      {codes.length > 0 && (
        <>
          <h3>{words.codes}</h3>
          <dl className="code-list">
            {codes.map((c) => (
              <div key={c.code}>
                <dt>{c.code}</dt>
                <dd>{c.meaning}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <p className="disclaimer">{explanation.notLegalAdvice}</p>
    </section>
  );
}

type KindNames = Messages['intake']['explanation']['code'];

const isKind = (kind: unknown, names: KindNames): kind is keyof KindNames =>
  typeof kind === 'string' && Object.hasOwn(names, kind);

/** A code and its meaning, when the server sent both as text; named by its kind on an EOB. */
function codeWords(
  code: Record<string, unknown>,
  names: KindNames,
): { code: string; meaning: string } | null {
  const { code: id, kind, meaning } = code;
  if (typeof id !== 'string' || typeof meaning !== 'string' || !meaning) return null;
  return { code: isKind(kind, names) ? names[kind](id) : id, meaning };
}
