import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../app/services.js';
import { caseIdParams } from '../cases/case-input.js';
import { langQuery } from '../deadlines/deadline-input.js';
import type { ActorResolver } from '../http/actor.js';
import { errorResponses } from '../http/error-schema.js';
import {
  caseOverviewView,
  nextStepView,
  presentCaseOverview,
  presentNextStep,
} from './journey-presenter.js';

/** The HTTP face of the journey: a case's next step, and the case page's overview. */
export const journeyRoutes: FastifyPluginAsyncZod<{
  services: Services;
  actorFor: ActorResolver;
}> = async (app, { services, actorFor }) => {
  const tags = ['journey'];

  app.get(
    '/cases/:id/next',
    {
      schema: {
        tags,
        summary: 'The one next thing to do on a case, with why, by when, and how',
        params: caseIdParams,
        querystring: langQuery,
        response: { 200: nextStepView, ...errorResponses },
      },
    },
    async (request) => {
      const { caseId, ...next } = await services.journey.next(
        actorFor(request),
        request.params.id,
        request.query.lang,
      );
      return presentNextStep(caseId, next);
    },
  );

  app.get(
    '/cases/:id/overview',
    {
      schema: {
        tags,
        summary:
          'The case page in one read: the case, its deadlines, missing evidence, the next step, the newest 50 timeline events',
        params: caseIdParams,
        querystring: langQuery,
        response: { 200: caseOverviewView, ...errorResponses },
      },
    },
    async (request) => {
      const { lang } = request.query;
      return presentCaseOverview(
        await services.journey.overview(actorFor(request), request.params.id, lang),
        lang,
      );
    },
  );
};
