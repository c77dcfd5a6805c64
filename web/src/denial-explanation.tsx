import type { Draft } from './api.js';

/**
 * What a denial means, in plain words: what happened, what the plan wants, how to answer, and what
 * each code on the letter says. General information, never legal advice.
 */
type Explanation = NonNullable<Draft['explanation']>;

export function DenialExplanation({ explanation }: { explanation: Explanation }) {
  const codes = explanation.codes.map(codeWords).filter((c) => c !== null);
  return (
    <section className="panel explanation" aria-labelledby="explanation-title">
      <h2 id="explanation-title">What this denial means</h2>
      <p>{explanation.summary}</p>
      {explanation.planWants && (
        <p>
          <strong>What the plan wants:</strong> {explanation.planWants}
        </p>
      )}
      {explanation.howToAnswer.length > 0 && (
        <>
          <h3>How to answer</h3>
          <ol>
            {explanation.howToAnswer.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      )}
      {codes.length > 0 && (
        <>
          <h3>The codes on the letter</h3>
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

/** What each kind of code is called on an EOB. */
const kindNames: Readonly<Record<string, string>> = {
  carc: 'Reason code',
  rarc: 'Remark code',
};

/** A code and its meaning, when the server sent both as text. */
function codeWords(code: Record<string, unknown>): { code: string; meaning: string } | null {
  const { code: id, kind, meaning } = code;
  if (typeof id !== 'string' || typeof meaning !== 'string' || !meaning) return null;
  const name = typeof kind === 'string' ? kindNames[kind] : undefined;
  return { code: name ? `${name} ${id}` : id, meaning };
}
