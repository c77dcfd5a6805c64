import type { CaseView } from '../api.js';
import { CallLog } from '../call-log.js';
import { useT } from '../i18n/messages.js';
import { NextStepPanel } from '../next-step-panel.js';
import { OutcomeForm } from '../outcome-form.js';
import { TaskList } from '../task-list.js';

/**
 * Waiting for the decision: what to do next, the calls (with the follow-ups they promise), and
 * "record the decision" for when the answer comes, win or lose.
 */
export function FollowUpStep({
  case: c,
  onChanged,
  onChangedHere,
}: {
  case: CaseView;
  onChanged: (message: string, updated?: CaseView) => Promise<void>;
  onChangedHere: (message: string) => void;
}) {
  const t = useT().guide.followUp;
  return (
    <>
      <NextStepPanel caseId={c.id} version={c.version} refreshKey={0} />
      <section className="panel" aria-labelledby="guide-decision-title">
        <h2 id="guide-decision-title">{t.decisionTitle}</h2>
        <p>{t.decisionText}</p>
        <OutcomeForm key={`outcome-${c.version}`} case={c} onChanged={onChanged} />
      </section>
      <section className="panel" aria-labelledby="guide-calls-title">
        <h2 id="guide-calls-title">{t.callsTitle}</h2>
        <p>{t.callsText}</p>
        <CallLog caseId={c.id} onChanged={onChangedHere} />
        <h3>{t.tasksTitle}</h3>
        <TaskList caseId={c.id} onChanged={onChangedHere} />
      </section>
    </>
  );
}
