import type { Command } from 'commander';
import { localOwner } from '../common/actor.js';
import { invalidInput } from '../common/errors.js';
import { printJson, type CliIo } from '../cli/cli-io.js';
import { withRuntime } from '../cli/run-command.js';
import { textTable } from '../cli/text-table.js';
import { dueWithinDays } from './task-input.js';
import { presentTask, type TaskView } from './task-presenter.js';

function tasksText(tasks: readonly TaskView[]): string {
  if (tasks.length === 0) return 'Nothing to do in this time. Well done.';
  return textTable(
    ['Due', 'Status', 'Case', 'Task', 'Id'],
    tasks.map((task) => [
      task.due,
      task.done ? 'done' : task.overdue ? 'OVERDUE' : 'open',
      task.patientName,
      `${task.title}${task.verify ? ' (verify this date with your plan)' : ''}`,
      task.canTick ? task.id : '—',
    ]),
  );
}

/** `overturn tasks [--due-within DAYS] [--json]` and `overturn task done|undo TASK_ID`. */
export function registerTaskCommands(program: Command, io: CliIo): void {
  program
    .command('tasks')
    .description('what to do next across your open cases: follow-ups, send-by dates, calls to make')
    .option('--due-within <days>', 'only tasks due within this many days (overdue ones included)')
    .option('--json', 'print JSON: {"tasks": [{"caseId", "title", "due", …}]}')
    .action(async (options: { dueWithin?: string; json?: boolean }) => {
      let dueWithin: number | undefined;
      if (options.dueWithin !== undefined) {
        const parsed = dueWithinDays.safeParse(options.dueWithin.trim() || 'x');
        if (!parsed.success)
          throw invalidInput(
            `--due-within: ${parsed.error.issues[0]?.message ?? 'must be a whole number of days'}`,
            '--due-within',
          );
        dueWithin = parsed.data;
      }
      await withRuntime(async ({ services }) => {
        const tasks = (await services.tasks.list(localOwner, { dueWithin })).map((t) =>
          presentTask(t),
        );
        if (options.json) printJson(io, { tasks });
        else io.out(tasksText(tasks));
      });
    });

  const task = program.command('task').description('tick a task done, or take the tick back');
  for (const [name, done] of [
    ['done', true],
    ['undo', false],
  ] as const)
    task
      .command(`${name} <taskId>`)
      .description(done ? 'tick a task done' : 'the task is not done after all')
      .option('--json', 'print the task as JSON')
      .action(async (taskId: string, options: { json?: boolean }) => {
        await withRuntime(async ({ services }) => {
          const view = presentTask(
            await (done ? services.tasks.done : services.tasks.undo)(localOwner, taskId),
          );
          if (options.json) printJson(io, view);
          else io.out(`${view.done ? 'Done' : 'Not done'}: ${view.title} (due ${view.due}).`);
        });
      });
}
