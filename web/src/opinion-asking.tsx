import type { OpinionCaseView } from './api.js';
import { useT } from './i18n/messages.js';
import { Link } from './router.js';

/**
 * How to ask (`#asking`): what to say to the doctor, the plan and the new doctor's office, in
 * words the server wrote for this case, and the way to the questions for the visit.
 */
export function OpinionAsking({
  view,
  questionsHref,
}: {
  view: OpinionCaseView;
  questionsHref: string | null;
}) {
  const w = useT().opinions.case;
  return (
    <section id="asking" className="panel case-area" tabIndex={-1} aria-labelledby="asking-title">
      <h2 id="asking-title">{w.parts.asking}</h2>
      <p>{w.askingLead}</p>
      {view.scripts.map((script) => (
        <div key={script.id} className="script">
          <h3>{script.title}</h3>
          <blockquote>
            <p>{script.text}</p>
          </blockquote>
        </div>
      ))}
      {questionsHref && (
        <p>
          <Link href={questionsHref}>{w.makeQuestions}</Link>
        </p>
      )}
    </section>
  );
}
