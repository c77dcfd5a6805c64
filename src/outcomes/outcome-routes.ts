import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../app/services.js';
import { caseIdParams } from '../cases/case-input.js';
import { caseView, presentCase } from '../cases/case-presenter.js';
import type { ActorResolver } from '../http/actor.js';
import { errorResponses } from '../http/error-schema.js';
import { outcomeInput, outcomeLangQuery } from './outcome-input.js';
import { outcomeListView, outcomeView, presentOutcome } from './outcome-presenter.js';

/**
 * The HTTP face of outcomes: record what was decided (the case moves with it), list them. With
 * `?lang=es` the outcome's words (decision, level, summary) are in Spanish.
 */
export const outcomeRoutes: FastifyPluginAsyncZod<{
  services: Services;
  actorFor: ActorResolver;
}> = async (app, { services, actorFor }) => {
  const tags = ['outcomes'];

  app.post(
    '/cases/:id/outcomes',
    {
      schema: {
        tags,
        summary: 'Record a decision or a payment; the case moves to its step on the ladder',
        params: caseIdParams,
        querystring: outcomeLangQuery,
        body: outcomeInput,
        response: {
          201: z.object({ outcome: outcomeView, case: caseView }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const recorded = await services.outcomes.record(
        actorFor(request),
        request.params.id,
        request.body,
      );
      reply.code(201).header('etag', `"${recorded.case.version}"`);
      return {
        outcome: presentOutcome(recorded.outcome, recorded.case.plan.program, request.query.lang),
        case: presentCase(recorded.case),
      };
    },
  );

  app.get(
    '/cases/:id/outcomes',
    {
      schema: {
        tags,
        summary: 'A case’s outcomes, in the order they were decided',
        params: caseIdParams,
        querystring: outcomeLangQuery,
        response: { 200: outcomeListView, ...errorResponses },
      },
    },
    async (request) => {
      const { outcomes, case: c } = await services.outcomes.list(
        actorFor(request),
        request.params.id,
      );
      const { lang } = request.query;
      return { items: outcomes.map((o) => presentOutcome(o, c.plan.program, lang)) };
    },
  );
};
