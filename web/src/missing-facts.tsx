import { ApiError } from './api.js';
import { useT } from './i18n/messages.js';
import { Link } from './router.js';

/** A fact a letter needs and the case lacks, as the server names it (`plan.memberId`, "member ID"). */
export interface MissingFact {
  readonly path: string;
  readonly label: string;
}

/** The facts the server said are missing, when the error is that; else null. */
export function missingFactsOf(error: unknown): MissingFact[] | null {
  if (!(error instanceof ApiError)) return null;
  const missing = error.details['missing'];
  if (!Array.isArray(missing)) return null;
  const facts = missing.filter(
    (fact): fact is MissingFact =>
      typeof fact === 'object' &&
      fact !== null &&
      typeof (fact as MissingFact).path === 'string' &&
      typeof (fact as MissingFact).label === 'string',
  );
  return facts.length > 0 ? facts : null;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What the letter needs, each a link to the field on the case's "Change details" form. */
export function MissingFacts({ caseId, facts }: { caseId: string; facts: readonly MissingFact[] }) {
  const t = useT();
  const editHref = `/cases/${encodeURIComponent(caseId)}/edit`;
  return (
    <div role="alert" className="problem">
      <p>{t.cases.missingFacts}</p>
      <ul>
        {facts.map((fact) => (
          <li key={fact.path}>
            <Link href={`${editHref}#${fact.path.replace('.', '-')}`}>
              {capitalized(fact.label)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
