import fs from 'node:fs';
import { round } from './options.js';

/**
 * Summarizes a V8 CPU profile (node --cpu-prof) of the server under load: the share of busy time
 * (idle excluded) spent in each part of the request path, by self time.
 */

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const parts: readonly (readonly [string, (fn: string, url: string) => boolean])[] = [
  ['idle', (fn) => fn === '(idle)'],
  ['garbage collection', (fn) => fn === '(garbage collector)'],
  [
    'SQLite: prepare, step, build row objects (better-sqlite3, called by Kysely)',
    (fn, url) =>
      url.includes('better-sqlite3') || (fn === 'executeQuery' && url.includes('sqlite-driver')),
  ],
  ['PostgreSQL driver (pg, pg-protocol)', (_, url) => /node_modules\/(pg|pg-[a-z-]+)\//.test(url)],
  ['Kysely: building and compiling queries', (_, url) => url.includes('node_modules/kysely')],
  [
    'response check (zod) and JSON.stringify (fastify-type-provider-zod)',
    (_, url) => url.includes('fastify-type-provider-zod') || url.includes('node_modules/zod'),
  ],
  [
    'presenter: presentCaseSummary, appeal ladder, dates',
    (_, url) =>
      /src\/(cases\/(case-presenter|appeal-ladder|program-ladders|case)|common\/dates)\./.test(url),
  ],
  ['repository: rowToCase (JSON.parse of codes)', (_, url) => url.includes('case-repository')],
  ['other src/', (_, url) => url.includes('/src/')],
  [
    'Fastify, helmet, HTTP and sockets',
    (fn, url) =>
      /node_modules\/(fastify|@fastify|find-my-way|helmet|avvio|light-my-request|pino)/.test(url) ||
      /node:(_http|http|net|internal\/stream|internal\/http|stream)/.test(url) ||
      fn === 'writev' ||
      fn === 'writeUtf8String' ||
      fn === 'writeBuffer',
  ],
  ['module loading (start-up)', (_, url) => url.includes('internal/modules')],
];

export interface ProfileSummary {
  readonly busyMs: number;
  readonly idleMs: number;
  /** Share of busy time, in percent, by part of the request path. */
  readonly busyShare: Readonly<Record<string, number>>;
  /** The functions with the most self time, in percent of busy time. */
  readonly topFunctions: readonly { readonly name: string; readonly percent: number }[];
}

export function summarizeProfile(file: string): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const byPart = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { functionName, url } = nodes.get(id)!.callFrame;
    const part =
      parts.find(([, test]) => test(functionName, url))?.[0] ?? 'other (Node internals, native)';
    byPart.set(part, (byPart.get(part) ?? 0) + us);
    if (part !== 'idle') {
      const where = url ? url.replace(/^.*\/(node_modules|src|bench)\//, '$1/') : '';
      const name = `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    }
  }
  const idleUs = byPart.get('idle') ?? 0;
  byPart.delete('idle');
  const busyUs = [...byPart.values()].reduce((a, b) => a + b, 0);
  const share = (us: number) => round((us / busyUs) * 100, 1);
  return {
    busyMs: round(busyUs / 1000, 0),
    idleMs: round(idleUs / 1000, 0),
    busyShare: Object.fromEntries(
      [...byPart].sort((a, b) => b[1] - a[1]).map(([part, us]) => [part, share(us)]),
    ),
    topFunctions: [...byFunction]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([name, us]) => ({ name, percent: share(us) })),
  };
}
