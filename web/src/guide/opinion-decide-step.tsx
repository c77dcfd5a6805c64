import { useState } from 'react';
import { api, type OpinionCaseView } from '../api.js';
import { useT } from '../i18n/messages.js';
import { OpinionGoals } from '../opinion-goals.js';
import { SubmitRow } from '../submit-row.js';
import { useSendOnce } from '../use-send-once.js';

/**
 * "Decide": what matters most to the person, said back to them; then "I have made my decision",
 * which closes the case on the start screen (and can be taken back). The decision itself is the
 * person's, with their doctors: Overturn does not ask which one, and never suggests one.
 */
export function DecideStep({
  view,
  onChanged,
}: {
  view: OpinionCaseView;
  onChanged: (message: string, updated?: OpinionCaseView) => void;
}) {
  const all = useT();
  const t = all.guide.opinionSteps.decide;
  const c = view.secondOpinion;
  const decided = c.status === 'decided';
  const { sending, send } = useSendOnce();
  const [problem, setProblem] = useState<string | null>(null);

  const mark = () =>
    void send(async () => {
      setProblem(null);
      try {
        const updated = await api.opinions.update(c.id, {
          version: c.version,
          status: decided ? 'open' : 'decided',
        });
        onChanged(decided ? t.reopened : t.done, updated);
      } catch (error) {
        setProblem((error as Error).message);
      }
    });

  return (
    <div className="guide-card">
      <h2>{all.opinions.goals}</h2>
      <OpinionGoals case={c} none={t.noGoals} />
      <p>{t.take}</p>
      <p>{decided ? t.isDecided : t.whenDecided}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          mark();
        }}
      >
        <SubmitRow problem={problem} sending={sending} label={decided ? t.reopen : t.decide} />
      </form>
      <p className="hint">{t.afterwards}</p>
    </div>
  );
}
