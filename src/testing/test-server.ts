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

/** In-process requests as a browser on this machine sends them (a loopback `Host`). */
export function injector(app: FastifyInstance) {
  const headers = { host: '127.0.0.1' };
  return {
    get: (url: string) => app.inject({ method: 'GET', url, headers }),
    post: (url: string, payload: object, extra: Record<string, string> = {}) =>
      app.inject({ method: 'POST', url, payload, headers: { ...headers, ...extra } }),
    patch: (url: string, payload: object, extra: Record<string, string> = {}) =>
      app.inject({ method: 'PATCH', url, payload, headers: { ...headers, ...extra } }),
  };
}
