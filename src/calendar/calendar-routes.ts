import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../app/services.js';
import type { ActorResolver } from '../http/actor.js';
import { errorResponses } from '../http/error-schema.js';

const calendarQuery = z.strictObject({
  case: z.string().trim().min(1, 'must be a case id').max(100).optional(),
});

/**
 * `GET /api/calendar.ics`: the person's deadlines for a calendar program, to download or to
 * subscribe to (it asks again every 12 hours). Served only to this machine, like the whole API.
 */
export const calendarRoutes: FastifyPluginAsyncZod<{
  services: Services;
  actorFor: ActorResolver;
}> = async (app, { services, actorFor }) => {
  app.get(
    '/calendar.ics',
    {
      schema: {
        tags: ['deadlines'],
        summary: 'Deadlines of every open case (or one, with ?case=ID) as an iCalendar file',
        querystring: calendarQuery,
        produces: ['text/calendar'],
        response: { 200: z.string().describe('An iCalendar (RFC 5545) file'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ics = await services.calendar.ics(actorFor(request), { caseId: request.query.case });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="overturn-deadlines.ics"')
        .serializer((payload) => payload as string)
        .send(ics);
    },
  );
};
