import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../app/services.js';
import { caseIdParams, casePatchInput } from '../cases/case-input.js';
import { caseView, presentCase } from '../cases/case-presenter.js';
import type { ActorResolver } from '../http/actor.js';
import { errorResponses } from '../http/error-schema.js';
import { readUpload, uploadLimits } from '../http/read-upload.js';
import { draftQuery, intakeQuery } from './intake-input.js';
import {
  draftSummaryView,
  draftView,
  presentDraft,
  presentDraftSummary,
} from './intake-presenter.js';

/**
 * The HTTP face of intake: upload a document (multipart, field `file`) → a draft with every field
 * read, its confidence and where it was found; read the draft and its original back; confirm the
 * draft with the person's corrections → the case.
 */
export const intakeRoutes: FastifyPluginAsyncZod<{
  services: Services;
  actorFor: ActorResolver;
}> = async (app, { services, actorFor }) => {
  const tags = ['intake'];
  await app.register(multipart, { limits: uploadLimits(services.intake.maxUploadBytes) });

  app.post(
    '/intake',
    {
      schema: {
        tags,
        summary: 'Read a denial letter, EOB or FHIR file into a draft case to check',
        description:
          'multipart/form-data with the document in the field `file` (PDF, PNG, JPEG, text, or FHIR JSON/NDJSON). Nothing leaves this server. `?lang=es` words the explanation in Spanish.',
        consumes: ['multipart/form-data'],
        querystring: intakeQuery,
        response: { 201: draftView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorFor(request);
      const upload = await readUpload(request, services.intake.maxUploadBytes);
      const { lang, ...options } = request.query;
      const { draft, document } = await services.intake.read(
        actor,
        upload.bytes,
        upload.name,
        options,
      );
      reply.code(201).header('location', `/api/intake/${draft.id}`);
      return presentDraft(draft, document, lang);
    },
  );

  app.get(
    '/intake',
    {
      schema: {
        tags,
        summary: 'Documents read and waiting to be checked, newest first',
        response: { 200: z.object({ items: z.array(draftSummaryView) }), ...errorResponses },
      },
    },
    async (request) => {
      const waiting = await services.intake.listWaiting(actorFor(request));
      return {
        items: waiting.map(({ draft, documentName }) => presentDraftSummary(draft, documentName)),
      };
    },
  );

  app.get(
    '/intake/:id',
    {
      schema: {
        tags,
        summary: 'Read a draft: the fields, their confidence and sources, and the text',
        description: '`?lang=es` words the explanation in Spanish.',
        params: caseIdParams,
        querystring: draftQuery,
        response: { 200: draftView, ...errorResponses },
      },
    },
    async (request) => {
      const { draft, document } = await services.intake.get(actorFor(request), request.params.id);
      return presentDraft(draft, document, request.query.lang);
    },
  );

  app.delete(
    '/intake/:id',
    {
      schema: {
        tags,
        summary: 'Put aside a letter that was read but not confirmed (it and its file are hidden)',
        params: caseIdParams,
        response: { 204: z.null().describe('Put aside.'), ...errorResponses },
      },
    },
    async (request, reply) => {
      await services.intake.discard(actorFor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/intake/:id/original',
    {
      schema: {
        tags,
        summary: 'The original file of a draft, as uploaded',
        params: caseIdParams,
        response: { 200: z.any().describe('The file, with its media type.'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { document, content } = await services.intake.original(
        actorFor(request),
        request.params.id,
      );
      const name = encodeURIComponent(document.originalName ?? 'document');
      return reply
        .type(document.mediaType)
        .header('content-disposition', `inline; filename*=UTF-8''${name}`)
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(content));
    },
  );

  app.post(
    '/cases/:id/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm a draft with the person’s corrections: opens the case',
        description:
          'The body holds only the fields the person changed (the case-change shape; null clears). The case takes the draft’s id.',
        params: caseIdParams,
        body: casePatchInput,
        response: { 201: caseView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await services.intake.confirm(
        actorFor(request),
        request.params.id,
        request.body,
      );
      reply
        .code(201)
        .header('location', `/api/cases/${created.id}`)
        .header('etag', `"${created.version}"`);
      return presentCase(created);
    },
  );
};
