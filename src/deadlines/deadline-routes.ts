import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../app/services.js';
import { caseIdParams } from '../cases/case-input.js';
import type { ActorResolver } from '../http/actor.js';
import { errorResponses } from '../http/error-schema.js';
import { deadlineQueryInput, langQuery } from './deadline-input.js';
import {
  caseDeadlinesView,
  deadlineOfCaseView,
  notLegalAdviceIn,
  presentCaseDeadlines,
  presentDeadlineOfCase,
  presentSchedule,
  scheduleView,
} from './deadline-presenter.js';

/** The HTTP face of the deadline service. */
export const deadlineRoutes: FastifyPluginAsyncZod<{
  services: Services;
  actorFor: ActorResolver;
}> = async (app, { services, actorFor }) => {
  const tags = ['deadlines'];

  app.post(
    '/deadlines',
    {
      schema: {
        tags,
        summary: 'Every deadline that follows from a notice (nothing is stored)',
        description: 'With `lang: "es"` in the body, the words come in Spanish.',
        body: deadlineQueryInput,
        response: { 200: scheduleView, ...errorResponses },
      },
    },
    async (request) =>
      presentSchedule(services.deadlines.calculate(request.body), request.body.lang),
  );

  app.get(
    '/cases/:id/deadlines',
    {
      schema: {
        tags,
        summary: "A case's deadlines, computed from its fields, soonest first",
        params: caseIdParams,
        querystring: langQuery,
        response: { 200: caseDeadlinesView, ...errorResponses },
      },
    },
    async (request) => {
      const { lang } = request.query;
      return presentCaseDeadlines(
        await services.deadlines.forCase(actorFor(request), request.params.id, lang),
        lang,
      );
    },
  );

  app.get(
    '/deadlines',
    {
      schema: {
        tags,
        summary: 'The deadlines not yet met of every open case, soonest first',
        querystring: langQuery,
        response: {
          200: z.object({ items: z.array(deadlineOfCaseView), disclaimer: z.string() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { lang = 'en' } = request.query;
      const items = await services.deadlines.acrossCases(actorFor(request), { lang });
      return { items: items.map(presentDeadlineOfCase), disclaimer: notLegalAdviceIn(lang) };
    },
  );
};
