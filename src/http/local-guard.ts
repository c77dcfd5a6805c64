import type { FastifyInstance } from 'fastify';
import { AppError } from '../common/errors.js';
import { sendError } from './error-handler.js';

/**
 * On a patient's laptop the server has no login: it trusts that only this computer can reach it.
 * Two guards keep web pages from other sites out of it:
 * - DNS rebinding: a page on evil.example re-pointed at 127.0.0.1 still sends `Host: evil.example`,
 *   so requests must name a loopback host.
 * - Cross-site writes: a browser sends `Origin` with a cross-site POST; it must be this server.
 *   (A cross-site page cannot send `Content-Type: application/json` without a preflight we never
 *   answer, and the API accepts only JSON.)
 */
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

// 127.0.0.0/8 as an address only: a name such as 127.0.0.1.evil.example is not loopback.
const loopbackAddress = /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

export const isLoopback = (host: string) => loopbackHosts.has(host) || loopbackAddress.test(host);

function hostnameOf(hostHeader: string | undefined): string | null {
  if (!hostHeader) return null;
  try {
    return new URL(`http://${hostHeader}`).hostname;
  } catch {
    return null;
  }
}

export function registerLocalGuard(
  app: FastifyInstance,
  { loopbackOnly }: { loopbackOnly: boolean },
): void {
  app.addHook('onRequest', async (request, reply) => {
    if (loopbackOnly) {
      const hostname = hostnameOf(request.headers.host);
      if (!hostname || !isLoopback(hostname)) {
        return sendError(
          reply,
          new AppError(
            'forbidden',
            'This Overturn server only answers on this computer (127.0.0.1 or localhost).',
          ),
        );
      }
    }
    const origin = request.headers.origin;
    if (origin && !['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
      const originHost = (() => {
        try {
          return new URL(origin).host;
        } catch {
          return null;
        }
      })();
      if (originHost !== request.headers.host) {
        return sendError(
          reply,
          new AppError('forbidden', 'Requests from other websites are refused.'),
        );
      }
    }
  });
}
