import { useId, useReducer, useState } from 'react';
import { api, type TaskView } from './api.js';
import { formatDate } from './format.js';
import { useT } from './i18n/messages.js';
import { LoadProblem } from './load-problem.js';
import { Link } from './router.js';
import { useLoaded } from './use-loaded.js';
import { useSendOnce } from './use-send-once.js';

/** Words from the server (a task's title) with any `YYYY-MM-DD` in them said as a date ("December 27, 2026"). */
export const datesInWords = (title: string) =>
  title.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) => formatDate(day));

/**
 * Tasks with their dates: follow-ups from calls, the person's own, when to send each appeal, and
 * when to call if no decision came. Overdue ones say so in words and with a mark, not by colour
 * alone. Stored tasks have a "Done" button (and "Not done" to take it back); a deadline's task is
 * done when the case moves on. One case's tasks with `caseId`, else every open case's (each linked
 * to its case). `onChanged` hears of each tick; a new `refreshKey` loads the list again.
 */
export function TaskList({
  caseId,
  dueWithin,
  onChanged,
  refreshKey = 0,
}: {
  caseId?: string;
  dueWithin?: number;
  onChanged?: (message: string) => void;
  refreshKey?: number;
}) {
  const t = useT().calls;
  const [ticks, countTick] = useReducer((n: number) => n + 1, 0);
  const [state, retry] = useLoaded(
    () => (caseId ? api.caseTasks(caseId) : api.allTasks(dueWithin)),
    [caseId, dueWithin, refreshKey, ticks],
  );

  if (state.kind === 'failed')
    return <LoadProblem what={t.tasks.what} message={state.message} onRetry={retry} />;
  if (state.kind === 'loading') return <p aria-busy="true">{t.tasks.loading}</p>;
  const { tasks } = state.value;
  if (tasks.length === 0) return <p>{t.tasks.none}</p>;
  return (
    <ul className="task-list">
      {tasks.map((task) => (
        <TaskItem
          key={`${task.caseId}.${task.id}`}
          task={task}
          showCase={!caseId}
          onChanged={(message) => {
            countTick();
            onChanged?.(message);
          }}
        />
      ))}
    </ul>
  );
}

function TaskItem({
  task,
  showCase,
  onChanged,
}: {
  task: TaskView;
  showCase: boolean;
  onChanged: (message: string) => void;
}) {
  const words = useT();
  const t = words.calls;
  const { sending, send } = useSendOnce();
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = useId();
  const toggle = () =>
    void send(async () => {
      setProblem(null);
      try {
        await api.setTaskDone(task.id, !task.done);
        const title = datesInWords(task.title);
        onChanged(task.done ? t.tasks.isNotDone(title) : t.tasks.isDone(title));
      } catch (error) {
        setProblem((error as Error).message);
      }
    });

  return (
    <li className={task.overdue ? 'task overdue' : task.done ? 'task done' : 'task'}>
      <p className="task-title" id={titleId}>
        {task.overdue && (
          <strong className="overdue-mark">
            <span aria-hidden="true">⚠ </span>
            {t.overdue}{' '}
          </strong>
        )}
        {task.done && (
          <span className="done-mark">
            <span aria-hidden="true">✓ </span>
            {t.tasks.done}{' '}
          </span>
        )}
        {datesInWords(task.title)}
      </p>
      <p className="task-meta">
        {task.kindLabel} · {t.tasks.due} <time dateTime={task.due}>{formatDate(task.due)}</time>
        {/* The person's own last day, after the day to act; a call after the plan's last day
            already names that day in its title. */}
        {task.lastDay && task.lastDay > task.due && (
          <>
            {' '}
            · {t.tasks.lastDay} <time dateTime={task.lastDay}>{formatDate(task.lastDay)}</time>
          </>
        )}
        {showCase && (
          <>
            {' · '}
            <Link
              href={`/${task.caseKind === 'second-opinion' ? 'opinions' : 'cases'}/${encodeURIComponent(task.caseId)}`}
            >
              {task.patientName}
            </Link>
          </>
        )}
      </p>
      {task.citation && (
        <p className="hint">
          {task.verify ? t.tasks.ruleUnsure(task.citation) : t.rule(task.citation)}
        </p>
      )}
      {task.canTick && (
        <button type="button" onClick={toggle} disabled={sending} aria-describedby={titleId}>
          {sending ? words.common.saving : task.done ? t.tasks.notDone : t.tasks.markDone}
        </button>
      )}
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
    </li>
  );
}
