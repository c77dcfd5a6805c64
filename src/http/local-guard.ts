import type { FastifyInstance } from 'fastify';
import { forbidden } from '../common/errors.js';
import { isLoopback } from '../config/loopback.js';
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

/** The URL's part, or null when the text is not a URL (a forged or "null" header). */
function urlPart(url: string | undefined, part: 'host' | 'hostname'): string | null {
  if (!url) return null;
  try {
    return new URL(url)[part];
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
      const hostname = urlPart(`http://${request.headers.host ?? ''}`, 'hostname');
      if (!hostname || !isLoopback(hostname)) {
        return sendError(
          reply,
          forbidden('This Overturn server only answers on this computer (127.0.0.1 or localhost).'),
        );
      }
    }
    const origin = request.headers.origin;
    if (origin && !['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
      if (urlPart(origin, 'host') !== request.headers.host) {
        return sendError(reply, forbidden('Requests from other websites are refused.'));
      }
    }
  });
}
