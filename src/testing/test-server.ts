import type { FastifyInstance } from 'fastify';
import { buildServer } from '../http/server.js';
import type { TestEnv } from './test-env.js';

/** The real HTTP server over a test database, for in-process requests with `inject`. */
export function buildTestServer(
  env: TestEnv,
  { webRoot = null as string | null, services = env.services } = {},
): Promise<FastifyInstance> {
  return buildServer({
    services,
    database: env.dialect,
    version: 'test',
    webRoot,
    logLevel: 'silent',
  });
}

/** A multipart/form-data body with one file, as a browser's upload form sends it. */
export function multipartFile(
  file: { name: string; bytes: Uint8Array | string; type?: string },
  field = 'file',
): { payload: Buffer; contentType: string } {
  const boundary = '----overturn-test-boundary';
  const head =
    `--${boundary}\r\n` +
    `Content-Disposition: form-data; name="${field}"; filename="${file.name}"\r\n` +
    `Content-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`;
  const payload = Buffer.concat([
    Buffer.from(head),
    Buffer.from(file.bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** In-process requests as a browser on this machine sends them (a loopback `Host`). */
export function injector(app: FastifyInstance) {
  const headers = { host: '127.0.0.1' };
  return {
    upload: (url: string, file: Parameters<typeof multipartFile>[0], field = 'file') => {
      const { payload, contentType } = multipartFile(file, field);
      return app.inject({
        method: 'POST',
        url,
        payload,
        headers: { ...headers, 'content-type': contentType },
      });
    },
    get: (url: string) => app.inject({ method: 'GET', url, headers }),
    post: (url: string, payload: object, extra: Record<string, string> = {}) =>
      app.inject({ method: 'POST', url, payload, headers: { ...headers, ...extra } }),
    delete: (url: string) => app.inject({ method: 'DELETE', url, headers }),
    patch: (url: string, payload: object, extra: Record<string, string> = {}) =>
      app.inject({ method: 'PATCH', url, payload, headers: { ...headers, ...extra } }),
    put: (url: string, payload: object) => app.inject({ method: 'PUT', url, payload, headers }),
  };
}
