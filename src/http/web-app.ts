import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../common/errors.js';
import { sendError } from './error-handler.js';

/**
 * Serves the built web app (`dist/web`), and its index page for any other GET that is not the API,
 * so that links to `/cases/…` work after a reload. Unknown API paths get a JSON 404.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string | null): Promise<void> {
  const built = webRoot !== null && fs.existsSync(path.join(webRoot, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') {
      return sendError(
        reply,
        new AppError(
          'not-found',
          `There is no API endpoint ${request.method} ${request.url.split('?')[0]}.`,
        ),
      );
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendError(reply, new AppError('not-found', 'Not found.'));
    }
    if (!built) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The web app has not been built. Run `npm run build`, then start Overturn again.');
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
