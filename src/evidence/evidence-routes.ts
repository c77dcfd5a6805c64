import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../app/services.js';
import { caseIdParams } from '../cases/case-input.js';
import type { ActorResolver } from '../http/actor.js';
import { errorResponses } from '../http/error-schema.js';
import { evidenceItemParams, evidenceMarkInput } from './evidence-input.js';
import { checklistView, presentChecklist } from './evidence-presenter.js';

/** `GET /api/cases/:id/evidence` and ticking its items by hand. */
export const evidenceRoutes: FastifyPluginAsyncZod<{
  services: Services;
  actorFor: ActorResolver;
}> = async (app, { services, actorFor }) => {
  const tags = ['evidence'];

  app.get(
    '/cases/:id/evidence',
    {
      schema: {
        tags,
        summary: 'The evidence checklist: what usually wins this denial, missing essentials first',
        params: caseIdParams,
        response: { 200: checklistView, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { entries, versions } = await services.evidence.checklist(actorFor(request), id);
      return presentChecklist(id, entries, versions);
    },
  );

  app.post(
    '/cases/:id/evidence/:itemKey',
    {
      schema: {
        tags,
        summary: 'Tick a checklist item by hand: done, or not needed (with a note)',
        params: evidenceItemParams,
        body: evidenceMarkInput,
        response: { 200: checklistView, ...errorResponses },
      },
    },
    async (request) => {
      const { id, itemKey } = request.params;
      const { entries, versions } = await services.evidence.mark(
        actorFor(request),
        id,
        itemKey,
        request.body,
      );
      return presentChecklist(id, entries, versions);
    },
  );

  app.delete(
    '/cases/:id/evidence/:itemKey',
    {
      schema: {
        tags,
        summary: 'Take back a hand tick',
        params: evidenceItemParams,
        response: { 200: checklistView, ...errorResponses },
      },
    },
    async (request) => {
      const { id, itemKey } = request.params;
      const { entries, versions } = await services.evidence.unmark(actorFor(request), id, itemKey);
      return presentChecklist(id, entries, versions);
    },
  );
};
