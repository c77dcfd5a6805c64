import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../app/services.js';
import { caseIdParams } from '../cases/case-input.js';
import type { ActorResolver } from '../http/actor.js';
import { errorResponses } from '../http/error-schema.js';
import { callInput, callLangQuery, callParams } from './call-input.js';
import {
  callLogView,
  loggedCallView,
  presentCallLog,
  presentLoggedCall,
} from './call-presenter.js';

/**
 * The HTTP face of the call log: log a call, read the log, remove a call logged by mistake. With
 * `?lang=es` the labels, reminders, supervisor script and follow-up titles come in Spanish.
 */
export const callRoutes: FastifyPluginAsyncZod<{
  services: Services;
  actorFor: ActorResolver;
}> = async (app, { services, actorFor }) => {
  const tags = ['calls'];

  app.post(
    '/cases/:id/calls',
    {
      schema: {
        tags,
        summary: 'Log a call; a promise with a date becomes a follow-up task',
        params: caseIdParams,
        querystring: callLangQuery,
        body: callInput,
        response: { 201: loggedCallView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { lang } = request.query;
      const logged = await services.calls.add(actorFor(request), request.params.id, request.body, {
        lang,
      });
      reply.code(201);
      return presentLoggedCall(logged, lang);
    },
  );

  app.get(
    '/cases/:id/calls',
    {
      schema: {
        tags,
        summary: 'A case’s calls, oldest first, with follow-ups and any supervisor suggestion',
        params: caseIdParams,
        querystring: callLangQuery,
        response: { 200: callLogView, ...errorResponses },
      },
    },
    async (request) => {
      const { lang } = request.query;
      const log = await services.calls.list(actorFor(request), request.params.id, { lang });
      return presentCallLog(log, lang);
    },
  );

  app.delete(
    '/cases/:id/calls/:callId',
    {
      schema: {
        tags,
        summary: 'Remove a call logged by mistake (it is kept, hidden)',
        params: callParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await services.calls.remove(actorFor(request), request.params.id, request.params.callId);
      return reply.code(204).send(null);
    },
  );
};
