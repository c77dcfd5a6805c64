import { useT } from '../i18n/messages.js';
import { useTitle } from '../use-title.js';
import './glossary.css';

/** "Words to know": every word of the law the app explains, in one list. */
export function GlossaryPage() {
  const t = useT().glossary;
  useTitle(t.title);
  const terms = Object.entries(t.terms).sort(([, a], [, b]) => a.word.localeCompare(b.word));
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <dl className="glossary-list">
        {terms.map(([id, term]) => (
          <div key={id} id={`word-${id}`}>
            <dt>{term.word}</dt>
            <dd>{term.plain}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
