import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../app/services.js';
import type { ActorResolver } from '../http/actor.js';
import { errorResponses } from '../http/error-schema.js';
import { caseIdParams } from '../cases/case-input.js';
import { documentView, presentDocument } from './document-presenter.js';

/** `GET /api/cases/:id/documents` and each file as stored: what a packet can enclose. */
export const documentRoutes: FastifyPluginAsyncZod<{
  services: Services;
  actorFor: ActorResolver;
}> = async (app, { services, actorFor }) => {
  const tags = ['documents'];

  app.get(
    '/cases/:id/documents',
    {
      schema: {
        tags,
        summary: 'The documents kept with a case, oldest first',
        params: caseIdParams,
        response: { 200: z.object({ items: z.array(documentView) }), ...errorResponses },
      },
    },
    async (request) => {
      const documents = await services.documents.list(actorFor(request), request.params.id);
      return { items: documents.map((d) => presentDocument(request.params.id, d)) };
    },
  );

  app.get(
    '/cases/:id/documents/:documentId',
    {
      schema: {
        tags,
        summary: 'A document’s file, as it was stored',
        params: z.object({
          id: z.string().min(1).max(100),
          documentId: z.string().min(1).max(100),
        }),
        response: { 200: z.any().describe('The file, with its media type.'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { document, content } = await services.documents.file(
        actorFor(request),
        request.params.id,
        request.params.documentId,
      );
      const name = encodeURIComponent(document.originalName ?? 'document');
      return reply
        .type(document.mediaType)
        .header('content-disposition', `inline; filename*=UTF-8''${name}`)
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(content));
    },
  );
};
