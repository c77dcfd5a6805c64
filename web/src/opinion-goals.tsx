import type { OpinionCase } from './api.js';
import { useT } from './i18n/messages.js';

/** What matters most to the person, as they chose it and in their own words; `none` if not said. */
export function OpinionGoals({ case: c, none }: { case: OpinionCase; none: string }) {
  const { labels } = useT().opinions;
  if (c.goals.length === 0 && !c.goalsNote) return <p>{none}</p>;
  return (
    <ul className="goal-list">
      {c.goals.map((goal) => (
        <li key={goal}>{labels.goals[goal]}</li>
      ))}
      {c.goalsNote && (
        <li dir="auto" className="goals-note">
          {c.goalsNote}
        </li>
      )}
    </ul>
  );
}
