import { isCaseStatus, levelAndPhase } from '../../../src/cases/appeal-ladder.js';
import { api } from '../api.js';
import { formatDate, statusName } from '../format.js';
import { appealGuidePath } from '../guide/appeal-steps.js';
import { opinionGuidePath } from '../guide/opinion-steps.js';
import { useT } from '../i18n/messages.js';
import { LoadProblem } from '../load-problem.js';
import { Link } from '../router.js';
import { TaskList } from '../task-list.js';
import { useLoaded } from '../use-loaded.js';
import { useTitle } from '../use-title.js';
import { WaitingLetters } from '../waiting-letters.js';
import './home.css';

/** How far ahead "Coming up" looks, in days. */
const comingUpDays = 30;

/**
 * The start screen: two doors ("my claim was denied", "I want a second opinion"), then what is
 * already under way — the open cases, each with a way back in, and what is due soon. The doors
 * come first and never move when the lists arrive.
 */
export function HomePage() {
  const t = useT();
  useTitle('');
  return (
    <>
      <h1>{t.home.title}</h1>
      <p className="lead">{t.home.lead}</p>
      <ul className="doors">
        <Door href="/intake" words={t.home.appealDoor} />
        <Door href="/opinions/new" words={t.home.opinionDoor} />
      </ul>
      <WaitingLetters />
      {/* Side by side on a wide screen: each list grows downward without moving the other. */}
      <div className="home-lists">
        <OpenCases />
        <section className="coming-up" aria-labelledby="coming-up-title">
          <h2 id="coming-up-title">{t.home.comingUp.title}</h2>
          <p>{t.home.comingUp.lead(comingUpDays)}</p>
          <TaskList dueWithin={comingUpDays} />
        </section>
      </div>
    </>
  );
}

/** One of the two ways in: a large link with its title and a line on what happens next. */
function Door({ href, words }: { href: string; words: { title: string; text: string } }) {
  return (
    <li>
      <Link href={href} className="door">
        <span className="door-title">{words.title}</span>
        <span className="door-text">{words.text}</span>
      </Link>
    </li>
  );
}

function OpenCases() {
  const t = useT();
  const [state, retry] = useLoaded(() => Promise.all([api.listCases(), api.opinions.list()]), []);
  return (
    <section
      className="open-cases"
      aria-labelledby="open-cases-title"
      aria-busy={state.kind === 'loading'}
    >
      <h2 id="open-cases-title">{t.home.openCases.title}</h2>
      {state.kind === 'loading' && <p role="status">{t.home.openCases.loading}</p>}
      {state.kind === 'failed' && (
        <LoadProblem what={t.home.openCases.what} message={state.message} onRetry={retry} />
      )}
      {state.kind === 'ready' && (
        <CaseCards appeals={state.value[0].items} opinions={state.value[1].items} />
      )}
    </section>
  );
}

type Appeal = Awaited<ReturnType<typeof api.listCases>>['items'][number];
type OpinionCase = Awaited<ReturnType<typeof api.opinions.list>>['items'][number];

/**
 * The person's next date on a case card. With none: waiting for an answer after sending, nothing
 * after a win (the status says it), else that no date is known yet.
 */
function DeadlineLine({ c }: { c: Appeal }) {
  const t = useT().home.openCases;
  if (c.nextDeadline) return <p>{t.nextDeadline(formatDate(c.nextDeadline))}</p>;
  const phase = isCaseStatus(c.status) ? levelAndPhase(c.status)?.phase : undefined;
  if (phase === 'submitted') return <p>{t.waiting}</p>;
  if (phase === 'overturned' || phase === 'partly-overturned' || c.status === 'paid') return null;
  return <p>{t.noDeadline}</p>;
}

function CaseCards({ appeals, opinions }: { appeals: Appeal[]; opinions: OpinionCase[] }) {
  const { home, guide } = useT();
  const t = home.openCases;
  const open = appeals.filter((c) => c.status !== 'closed');
  const openOpinions = opinions.filter((o) => o.status !== 'decided');
  if (open.length === 0 && openOpinions.length === 0) return <p>{t.none}</p>;
  return (
    <ul className="case-cards">
      {open.map((c) => (
        <li key={c.id} className="case-card">
          <p className="case-card-kind">{t.appeal}</p>
          <h3>
            <Link href={`/cases/${encodeURIComponent(c.id)}`}>{c.patient.name}</Link>
          </h3>
          <p>{t.appealAbout(c.plan.insurer, c.claim.serviceDescription)}</p>
          <p>{statusName(c.plan.program, c.status)}</p>
          <DeadlineLine c={c} />
          <p>
            <Link href={appealGuidePath(c.id)} className="button">
              {guide.continueSteps}
            </Link>
          </p>
        </li>
      ))}
      {openOpinions.map((o) => (
        <li key={o.id} className="case-card">
          <p className="case-card-kind">{t.opinion}</p>
          <h3>
            <Link href={`/opinions/${encodeURIComponent(o.id)}`}>{o.patient.name}</Link>
          </h3>
          <p>{o.question}</p>
          <p>{t.opinionCount(o.opinionCount)}</p>
          <p>
            <Link href={opinionGuidePath(o.id)} className="button">
              {guide.continueSteps}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
