import { Command, CommanderError } from 'commander';
import { packageVersion } from '../app/paths.js';
import { registerBackupCommands } from '../backup/backup-commands.js';
import { registerCaseCommands } from '../cases/case-commands.js';
import { registerDeadlineCommands } from '../deadlines/deadline-commands.js';
import { registerCalendarCommand } from '../calendar/calendar-commands.js';
import { registerIntakeCommands } from '../intake/intake-commands.js';
import { registerOpenCaseCommand } from '../intake/open-case-commands.js';
import { registerLetterCommands } from '../letters/letter-commands.js';
import { registerJourneyCommands } from '../journey/journey-commands.js';
import { registerOutcomeCommands } from '../outcomes/outcome-commands.js';
import { registerStateHelpCommands } from '../state-help/state-help-commands.js';
import { registerCallCommands } from '../calls/call-commands.js';
import { registerTaskCommands } from '../tasks/task-commands.js';
import { registerDocumentCommands } from '../documents/document-commands.js';
import { registerEvidenceCommand } from '../evidence/evidence-commands.js';
import { registerOpinionCommands } from '../opinions/opinion-commands.js';
import { exitCodeOf } from '../common/error-status.js';
import { isAppError } from '../common/errors.js';
import { processIo, type CliIo } from './cli-io.js';
import { registerServeCommand } from './serve-command.js';

/**
 * The `overturn` command. Exit codes: 0 done; 2 the request was wrong (a one-line message says what
 * to fix); 1 Overturn itself failed.
 */
export function buildProgram(io: CliIo): Command {
  const program = new Command('overturn')
    .description('Appeal a health-plan denial. Not legal advice.')
    .version(packageVersion())
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showSuggestionAfterError();
  registerCaseCommands(program, io);
  registerDeadlineCommands(program, io);
  registerCalendarCommand(program, io);
  registerIntakeCommands(program, io);
  registerOpenCaseCommand(program, io);
  registerLetterCommands(program, io);
  registerJourneyCommands(program, io);
  registerStateHelpCommands(program, io);
  registerCallCommands(program, io);
  registerTaskCommands(program, io);
  registerDocumentCommands(program, io);
  registerEvidenceCommand(program, io);
  registerBackupCommands(program, io);
  registerOutcomeCommands(program, io);
  registerOpinionCommands(program, io);
  registerServeCommand(program, io);
  return program;
}

export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message (unknown option, missing argument, help).
      return error.exitCode === 0 ? 0 : 2;
    }
    if (isAppError(error)) {
      io.err(`overturn: ${error.message}`);
      return exitCodeOf(error.code);
    }
    io.err(`overturn: internal error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.OVERTURN_DEBUG) io.err(error instanceof Error ? (error.stack ?? '') : '');
    return 1;
  }
}
