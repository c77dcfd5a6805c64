import type { FastifyInstance } from 'fastify';
import { isLoopback } from '../config/loopback.js';
import { buildServer } from '../http/server.js';
import { builtWebRoot, packageVersion } from './paths.js';
import type { Runtime } from './runtime.js';

/** Starts the web app and the API; resolves once listening, with the address people open. */
export async function startServer(
  runtime: Runtime,
  { host = runtime.config.host, port = runtime.config.port, webRoot = builtWebRoot() } = {},
): Promise<{ server: FastifyInstance; url: string }> {
  const server = await buildServer({
    services: runtime.services,
    database: runtime.config.database.kind,
    version: packageVersion(),
    webRoot,
    loopbackOnly: isLoopback(host),
  });
  await server.listen({ host, port });
  const address = server.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return { server, url: `http://${shownHost}:${actualPort}` };
}
