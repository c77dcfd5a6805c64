import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../app/services.js';
import { caseIdParams } from '../cases/case-input.js';
import type { ActorResolver } from '../http/actor.js';
import { errorResponses } from '../http/error-schema.js';
import {
  caseStateHelpQuery,
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
  const wordedIn =
    'With `?lang=es`, the sentences for people (why, notes, who reviews, what each office oversees) come in Spanish; names, phones, links, citations and sources stay as written.';

  app.get(
    '/state-help/:state',
    {
      schema: {
        tags,
        summary:
          'Who helps with a denial in a state: regulators, consumer help, Medicaid, SHIP, external review',
        description: wordedIn,
        params: stateHelpParams,
        querystring: stateHelpQuery,
        response: { 200: stateHelpView, ...errorResponses },
      },
    },
    async (request) => {
      const { lang, ...facts } = request.query;
      return presentStateHelp(
        await services.stateHelp.forState(actorFor(request), request.params.state, facts, lang),
      );
    },
  );

  app.get(
    '/cases/:id/state-help',
    {
      schema: {
        tags,
        summary: 'State help for a case, from its state, network type, program and funding',
        description: wordedIn,
        params: caseIdParams,
        querystring: caseStateHelpQuery,
        response: { 200: stateHelpView, ...errorResponses },
      },
    },
    async (request) =>
      presentStateHelp(
        await services.stateHelp.forCase(actorFor(request), request.params.id, request.query.lang),
      ),
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
