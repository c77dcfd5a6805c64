import { letterKindName } from '../letter-kinds.js';
import { useT } from '../i18n/messages.js';
import { Link } from '../router.js';
import { StepContents } from './step-contents.js';
import { formatInstant } from '../format.js';
import { firstAppealLetterOf, type AppealFacts } from './appeal-steps.js';

/**
 * "Your letter" and "Your packet": what is ready so far, and the button to the page that writes
 * the letter or builds the packet (each of those pages leads back to the guide).
 */
export function LetterStep({ facts }: { facts: AppealFacts }) {
  const t = useT().guide.write;
  const caseId = encodeURIComponent(facts.case.id);
  const first = facts.letters.length === 0 ? firstAppealLetterOf(facts.case) : null;
  return (
    <div className="guide-card">
      <SavedLetterList facts={facts} none={t.none} />
      <p>{t.how}</p>
      <p>
        <Link
          href={`/cases/${caseId}/letters?from=guide${first ? `&kind=${first}` : ''}`}
          className="button"
        >
          {facts.letters.length === 0 ? t.start : t.another}
        </Link>
      </p>
    </div>
  );
}

export function PacketStep({ facts }: { facts: AppealFacts }) {
  const t = useT().guide.packet;
  const caseId = encodeURIComponent(facts.case.id);
  return (
    <div className="guide-card">
      <StepContents lead={t.what} parts={t.parts} />
      <p>
        <Link href={`/cases/${caseId}/packet?from=guide`} className="button">
          {t.build}
        </Link>
      </p>
      <p className="hint">{t.optional}</p>
    </div>
  );
}

function SavedLetterList({ facts, none }: { facts: AppealFacts; none: string }) {
  const all = useT();
  const t = all.guide.write;
  if (facts.letters.length === 0) return <p>{none}</p>;
  return (
    <>
      <p>{t.saved(facts.letters.length)}</p>
      <ul>
        {facts.letters.map((letter) => (
          <li key={letter.id}>
            {letterKindName(all, letter.kind)} ·{' '}
            <time dateTime={letter.createdAt}>{formatInstant(letter.createdAt)}</time>
          </li>
        ))}
      </ul>
    </>
  );
}
