import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Services from '../src/app/services.js';
import type * as Context from '../src/app/context.js';
import type * as DeadlineCalendar from '../src/calendar/deadline-calendar.js';
import type * as IcsWriter from '../src/calendar/ics-writer.js';
import type * as CasePolicy from '../src/cases/case-policy.js';
import type * as CaseRepository from '../src/cases/case-repository.js';
import type * as ConfigModule from '../src/config/config.js';
import type * as CaseDeadlines from '../src/deadlines/case-deadlines.js';
import type * as OpenDatabase from '../src/storage/open-database.js';
import type { ServerRunner } from './list-cases.js';
import { benchDir } from './options.js';

/**
 * The code the deadline benchmark measures, loaded one of two ways:
 * - `compiled` (the default): `src/` compiled by `tsc` with the build's settings and run by plain
 *   node, as `overturn serve` runs from `dist/`;
 * - `tsx`: the sources as `tsx` runs them. tsx compiles with esbuild's `keepNames`, which wraps
 *   every function made inside a hot loop in a `__name(…)` call: it measures slower than what ships.
 * Compiled code goes to its own folder, so this benchmark and `npm run bench` (whose server is
 * compiled to `…/overturn-bench/server`) can run side by side.
 */

export type CodeKind = ServerRunner;

export interface DeadlineCode {
  readonly kind: CodeKind;
  /** Seconds spent compiling (0 for tsx). */
  readonly compileSeconds: number;
  readonly caseDeadlines: typeof CaseDeadlines.caseDeadlines;
  readonly nextDeadlineOf: typeof CaseDeadlines.nextDeadlineOf;
  readonly deadlineEvents: typeof DeadlineCalendar.deadlineEvents;
  readonly renderCalendar: typeof IcsWriter.renderCalendar;
  readonly loadConfig: typeof ConfigModule.loadConfig;
  readonly openDatabase: typeof OpenDatabase.openDatabase;
  readonly serviceContext: typeof Context.serviceContext;
  readonly createServices: typeof Services.createServices;
  readonly caseToRow: typeof CaseRepository.caseToRow;
  readonly rowToCase: typeof CaseRepository.rowToCase;
  readonly listOpenCases: typeof CaseRepository.listOpenCases;
  readonly caseListScope: typeof CasePolicy.caseListScope;
}

const repoRoot = path.resolve(benchDir, '..');
const compiledDir = path.join(repoRoot, 'node_modules', '.cache', 'overturn-bench', 'deadlines');

function compile(): number {
  const t0 = performance.now();
  const tsc = spawnSync(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      path.join(benchDir, 'tsconfig.server.json'),
      '--outDir',
      compiledDir,
    ],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  if (tsc.status !== 0) throw new Error(`tsc could not compile src/:\n${tsc.stdout}${tsc.stderr}`);
  return (performance.now() - t0) / 1000;
}

export async function loadDeadlineCode(kind: CodeKind): Promise<DeadlineCode> {
  const compileSeconds = kind === 'compiled' ? compile() : 0;
  const base = kind === 'compiled' ? compiledDir : repoRoot;
  // tsx resolves `src/…/x.js` to `x.ts`; plain node finds the compiled `x.js`.
  const load = <M>(file: string) => import(pathToFileURL(path.join(base, file)).href) as Promise<M>;
  const [deadlines, calendar, ics, config, database, context, services, repository, policy] =
    await Promise.all([
      load<typeof CaseDeadlines>('src/deadlines/case-deadlines.js'),
      load<typeof DeadlineCalendar>('src/calendar/deadline-calendar.js'),
      load<typeof IcsWriter>('src/calendar/ics-writer.js'),
      load<typeof ConfigModule>('src/config/config.js'),
      load<typeof OpenDatabase>('src/storage/open-database.js'),
      load<typeof Context>('src/app/context.js'),
      load<typeof Services>('src/app/services.js'),
      load<typeof CaseRepository>('src/cases/case-repository.js'),
      load<typeof CasePolicy>('src/cases/case-policy.js'),
    ]);
  return {
    kind,
    compileSeconds,
    caseDeadlines: deadlines.caseDeadlines,
    nextDeadlineOf: deadlines.nextDeadlineOf,
    deadlineEvents: calendar.deadlineEvents,
    renderCalendar: ics.renderCalendar,
    loadConfig: config.loadConfig,
    openDatabase: database.openDatabase,
    serviceContext: context.serviceContext,
    createServices: services.createServices,
    caseToRow: repository.caseToRow,
    rowToCase: repository.rowToCase,
    listOpenCases: repository.listOpenCases,
    caseListScope: policy.caseListScope,
  };
}
