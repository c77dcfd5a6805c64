import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../app/services.js';
import { caseIdParams } from '../cases/case-input.js';
import type { ActorResolver } from '../http/actor.js';
import { errorResponses } from '../http/error-schema.js';
import {
  correctionParams,
  correctionRequest,
  stateHelpParams,
  stateHelpQuery,
} from './state-help-input.js';
import {
  correctionView,
  presentCorrection,
  presentStateHelp,
  stateHelpView,
} from './state-help-presenter.js';

/** The HTTP face of state help: a state's or a case's, and local corrections to the directory. */
export const stateHelpRoutes: FastifyPluginAsyncZod<{
  services: Services;
  actorFor: ActorResolver;
}> = async (app, { services, actorFor }) => {
  const tags = ['state help'];

  app.get(
    '/state-help/:state',
    {
      schema: {
        tags,
        summary:
          'Who helps with a denial in a state: regulators, consumer help, Medicaid, SHIP, external review',
        params: stateHelpParams,
        querystring: stateHelpQuery,
        response: { 200: stateHelpView, ...errorResponses },
      },
    },
    async (request) =>
      presentStateHelp(
        await services.stateHelp.forState(actorFor(request), request.params.state, request.query),
      ),
  );

  app.get(
    '/cases/:id/state-help',
    {
      schema: {
        tags,
        summary: 'State help for a case, from its state, network type, program and funding',
        params: caseIdParams,
        response: { 200: stateHelpView, ...errorResponses },
      },
    },
    async (request) =>
      presentStateHelp(await services.stateHelp.forCase(actorFor(request), request.params.id)),
  );

  app.post(
    '/state-help/:state/corrections',
    {
      schema: {
        tags,
        summary:
          'Correct one field of the directory for this installation (laid over the shipped value)',
        params: stateHelpParams,
        body: correctionRequest,
        response: { 201: correctionView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const correction = await services.stateHelp.correct(
        actorFor(request),
        request.params.state,
        request.body,
      );
      reply.code(201);
      return presentCorrection(correction);
    },
  );

  app.delete(
    '/state-help/corrections/:id',
    {
      schema: {
        tags,
        summary: 'Remove a correction; the shipped value shows again (the row is kept)',
        params: correctionParams,
        response: { 200: correctionView, ...errorResponses },
      },
    },
    async (request) =>
      presentCorrection(
        await services.stateHelp.removeCorrection(actorFor(request), request.params.id),
      ),
  );
};
