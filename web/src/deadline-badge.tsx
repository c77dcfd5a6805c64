import type { CaseDeadline } from './api.js';
import { standingOf, timeLeftText, type Standing } from './deadline-words.js';
import { useT } from './i18n/messages.js';

/**
 * How much time a deadline has left, as words ("12 days left"), a shape and a colour together:
 * a clock (time to go), a warning triangle (soon), a crossed circle (late), a tick (done).
 */
export function DeadlineBadge({
  deadline,
}: {
  deadline: Pick<CaseDeadline, 'state' | 'daysLeft'>;
}) {
  const t = useT();
  const standing = standingOf(deadline);
  return (
    <span className={`badge badge-${standing}`}>
      <StandingIcon standing={standing} />
      {timeLeftText(t.deadlines.timeLeft, deadline)}
    </span>
  );
}

export function StandingIcon({ standing }: { standing: Standing }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <IconShape standing={standing} />
    </svg>
  );
}

function IconShape({ standing }: { standing: Standing }) {
  switch (standing) {
    case 'open': // A clock.
      return (
        <>
          <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M8 4.5V8l2.5 1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </>
      );
    case 'soon': // A warning triangle with "!".
      return (
        <>
          <path
            d="M8 1.5 15 14H1z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinejoin="round"
          />
          <path d="M8 6v3.5" stroke="currentColor" strokeWidth="1.75" />
          <circle cx="8" cy="11.75" r="1" fill="currentColor" />
        </>
      );
    case 'missed': // A filled circle with a cross.
      return (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="m5.25 5.25 5.5 5.5m0-5.5-5.5 5.5" stroke="#fff" strokeWidth="1.75" />
        </>
      );
    case 'done': // A filled circle with a tick.
      return (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="m4.5 8.25 2.25 2.25 4.75-4.75" fill="none" stroke="#fff" strokeWidth="1.75" />
        </>
      );
  }
}

/** A warning sign for dates to check. */
export function VerifyIcon() {
  return <StandingIcon standing="soon" />;
}
