import type { FastifyInstance } from 'fastify';
import { buildServer } from '../http/server.js';
import type { TestEnv } from './test-env.js';

/** The real HTTP server over a test database, for in-process requests with `inject`. */
export function buildTestServer(
  env: TestEnv,
  { webRoot = null as string | null } = {},
): Promise<FastifyInstance> {
  return buildServer({
    services: env.services,
    database: env.dialect,
    version: 'test',
    webRoot,
    logLevel: 'silent',
  });
}
