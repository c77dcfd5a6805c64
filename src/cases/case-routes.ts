import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../app/services.js';
import { invalidInput } from '../common/errors.js';
import type { ActorResolver } from '../http/actor.js';
import { errorResponses } from '../http/error-schema.js';
import {
  caseCreateInput,
  caseIdParams,
  caseListQuery,
  casePatchInput,
  statusChangeInput,
} from './case-input.js';
import { caseSummaryView, caseView, presentCase, presentCaseSummary } from './case-presenter.js';

/** `If-Match: "3"` (the version from the ETag) guards a change against editing a stale copy. */
function expectedVersionFrom(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(ifMatch.trim());
  if (!match)
    throw invalidInput('If-Match: must be the case version from its ETag, such as "3"', 'If-Match');
  return Number(match[1]);
}

const etag = (version: number) => `"${version}"`;

/** The HTTP face of the case service: validate → act (the service loads and authorizes) → present. */
export const caseRoutes: FastifyPluginAsyncZod<{
  services: Services;
  actorFor: ActorResolver;
}> = async (app, { services, actorFor }) => {
  const tags = ['cases'];

  app.get(
    '/cases',
    {
      schema: {
        tags,
        summary: 'List cases, soonest deadline first',
        querystring: caseListQuery,
        response: {
          200: z.object({ items: z.array(caseSummaryView), nextCursor: z.string().nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const page = await services.cases.list(actorFor(request), request.query);
      return { items: page.cases.map(presentCaseSummary), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/cases',
    {
      schema: {
        tags,
        summary: 'Open a case for a denial',
        body: caseCreateInput,
        response: { 201: caseView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await services.cases.create(actorFor(request), request.body);
      reply
        .code(201)
        .header('location', `/api/cases/${created.id}`)
        .header('etag', etag(created.version));
      return presentCase(created);
    },
  );

  app.get(
    '/cases/:id',
    {
      schema: {
        tags,
        summary: 'Read a case',
        params: caseIdParams,
        response: { 200: caseView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const c = await services.cases.get(actorFor(request), request.params.id);
      reply.header('etag', etag(c.version));
      return presentCase(c);
    },
  );

  app.patch(
    '/cases/:id',
    {
      schema: {
        tags,
        summary: 'Change fields of a case (null clears a field)',
        params: caseIdParams,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: casePatchInput,
        response: { 200: caseView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const updated = await services.cases.update(
        actorFor(request),
        request.params.id,
        request.body,
        {
          expectedVersion: expectedVersionFrom(request.headers['if-match']),
        },
      );
      reply.header('etag', etag(updated.version));
      return presentCase(updated);
    },
  );

  app.post(
    '/cases/:id/status',
    {
      schema: {
        tags,
        summary: 'Move a case to its next step on the appeal ladder',
        params: caseIdParams,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: statusChangeInput,
        response: { 200: caseView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const updated = await services.cases.changeStatus(actorFor(request), request.params.id, {
        ...request.body,
        expectedVersion: expectedVersionFrom(request.headers['if-match']),
      });
      reply.header('etag', etag(updated.version));
      return presentCase(updated);
    },
  );

  app.delete(
    '/cases/:id',
    {
      schema: {
        tags,
        summary: 'Delete a case (softly: `POST /cases/{id}/restore` brings it back)',
        params: caseIdParams,
        headers: z.object({ 'if-match': z.string().optional() }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await services.cases.remove(actorFor(request), request.params.id, {
        expectedVersion: expectedVersionFrom(request.headers['if-match']),
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/cases/:id/restore',
    {
      schema: {
        tags,
        summary: 'Bring back a deleted case (list them with `GET /cases?deleted=true`)',
        params: caseIdParams,
        response: { 200: caseView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const restored = await services.cases.restore(actorFor(request), request.params.id);
      reply.header('etag', etag(restored.version));
      return presentCase(restored);
    },
  );

  app.post(
    '/cases/:id/status/undo',
    {
      schema: {
        tags,
        summary: 'Undo the last step (back to the status before it)',
        params: caseIdParams,
        headers: z.object({ 'if-match': z.string().optional() }),
        response: { 200: caseView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const updated = await services.cases.undoStatusChange(actorFor(request), request.params.id, {
        expectedVersion: expectedVersionFrom(request.headers['if-match']),
      });
      reply.header('etag', etag(updated.version));
      return presentCase(updated);
    },
  );
};
