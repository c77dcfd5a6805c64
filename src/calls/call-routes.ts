import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../app/services.js';
import { caseIdParams } from '../cases/case-input.js';
import type { ActorResolver } from '../http/actor.js';
import { errorResponses } from '../http/error-schema.js';
import { callInput, callParams } from './call-input.js';
import {
  callLogView,
  loggedCallView,
  presentCallLog,
  presentLoggedCall,
} from './call-presenter.js';

/** The HTTP face of the call log: log a call, read the log, remove a call logged by mistake. */
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
        body: callInput,
        response: { 201: loggedCallView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const logged = await services.calls.add(actorFor(request), request.params.id, request.body);
      reply.code(201);
      return presentLoggedCall(logged);
    },
  );

  app.get(
    '/cases/:id/calls',
    {
      schema: {
        tags,
        summary: 'A case’s calls, oldest first, with follow-ups and any supervisor suggestion',
        params: caseIdParams,
        response: { 200: callLogView, ...errorResponses },
      },
    },
    async (request) =>
      presentCallLog(await services.calls.list(actorFor(request), request.params.id)),
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
