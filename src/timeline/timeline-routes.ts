import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../app/services.js';
import { limits } from '../common/limits.js';
import { pageQuery } from '../common/page-cursor.js';
import { noteInput } from './timeline-input.js';
import { caseIdParams } from '../cases/case-input.js';
import type { ActorResolver } from '../http/actor.js';
import { errorResponses } from '../http/error-schema.js';
import { presentTimelineEvent, timelineEventView } from './timeline-presenter.js';

export const timelineRoutes: FastifyPluginAsyncZod<{
  services: Services;
  actorFor: ActorResolver;
}> = async (app, { services, actorFor }) => {
  const tags = ['timeline'];

  app.get(
    '/cases/:id/timeline',
    {
      schema: {
        tags,
        summary: "A case's history, oldest first",
        params: caseIdParams,
        querystring: z.object(pageQuery(limits.maxPageSize)),
        response: {
          200: z.object({ items: z.array(timelineEventView), nextCursor: z.string().nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const page = await services.timeline.read(
        actorFor(request),
        request.params.id,
        request.query,
      );
      return { items: page.events.map(presentTimelineEvent), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/cases/:id/notes',
    {
      schema: {
        tags,
        summary: 'Add a note to a case',
        params: caseIdParams,
        body: noteInput,
        response: { 201: timelineEventView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const event = await services.timeline.addNote(
        actorFor(request),
        request.params.id,
        request.body,
      );
      reply.code(201);
      return presentTimelineEvent(event);
    },
  );
};
