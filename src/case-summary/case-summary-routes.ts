import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../app/services.js';
import { caseIdParams } from '../cases/case-input.js';
import type { ActorResolver } from '../http/actor.js';
import { errorResponses } from '../http/error-schema.js';
import { caseSummaryFileName } from './case-summary-file.js';

/** `GET /api/cases/{id}/summary.pdf`: the whole case on a few printed pages. */
export const caseSummaryRoutes: FastifyPluginAsyncZod<{
  services: Services;
  actorFor: ActorResolver;
}> = async (app, { services, actorFor }) => {
  app.get(
    '/cases/:id/summary.pdf',
    {
      schema: {
        tags: ['cases'],
        summary: 'The case as one PDF: facts, status, deadlines, outcomes, documents, timeline',
        params: caseIdParams,
        response: { 200: z.any().describe('The PDF (application/pdf)'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const pdf = await services.caseSummary.pdf(actorFor(request), request.params.id);
      return reply
        .headers({
          'content-type': 'application/pdf',
          'content-disposition': `attachment; filename="${caseSummaryFileName(request.params.id)}"`,
          'cache-control': 'private, no-store',
        })
        .send(Buffer.from(pdf));
    },
  );
};
