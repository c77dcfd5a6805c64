import multipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../app/services.js';
import { parseInput } from '../common/validation.js';
import { caseIdParams } from '../cases/case-input.js';
import type { ActorResolver } from '../http/actor.js';
import { errorResponses } from '../http/error-schema.js';
import { readUpload, uploadLimits } from '../http/read-upload.js';
import type { StoredDocument } from './document.js';
import {
  documentAddInput,
  documentListQuery,
  documentParams,
  documentPatchInput,
} from './document-input.js';
import { documentView, presentEntry } from './document-presenter.js';

const items = z.object({ items: z.array(documentView) });

/**
 * A stored file, with the media type its bytes were sniffed as. The name is percent-encoded, so no
 * quote or line break a person typed can break the header; `nosniff` keeps the browser from
 * guessing another type.
 */
function sendFile(
  reply: FastifyReply,
  { document, content }: { document: StoredDocument; content: Uint8Array },
  disposition: 'inline' | 'attachment',
) {
  const name = encodeURIComponent(document.originalName ?? 'document');
  return reply
    .type(document.mediaType)
    .header('content-disposition', `${disposition}; filename*=UTF-8''${name}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(content));
}

/**
 * The evidence vault over HTTP: a case's documents (newest versions, or all; deleted ones on
 * request), a new file or a new version (multipart), filing a document anew, soft delete and
 * restore, and each file as stored.
 */
export const documentRoutes: FastifyPluginAsyncZod<{
  services: Services;
  actorFor: ActorResolver;
}> = async (app, { services, actorFor }) => {
  const tags = ['documents'];
  await app.register(multipart, { limits: uploadLimits(services.documents.maxUploadBytes) });

  app.get(
    '/cases/:id/documents',
    {
      schema: {
        tags,
        summary: 'The documents kept with a case, oldest first (the newest version of each)',
        params: caseIdParams,
        querystring: documentListQuery,
        response: { 200: items, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params;
      const entries = await services.documents.list(actorFor(request), id, request.query);
      return { items: entries.map((entry) => presentEntry(id, entry)) };
    },
  );

  app.post(
    '/cases/:id/documents',
    {
      schema: {
        tags,
        summary: 'Keep a file with a case, or a new version of one of its documents',
        description:
          'multipart/form-data: the file in the field `file` (PDF, PNG, JPEG or plain text, told by its bytes), and optional fields `type`, `title`, `date` (YYYY-MM-DD) and `replaces` (the id of the version it replaces). Nothing is stored unless the whole file arrives.',
        consumes: ['multipart/form-data'],
        params: caseIdParams,
        response: { 201: documentView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const upload = await readUpload(request, services.documents.maxUploadBytes);
      const input = parseInput(documentAddInput, upload.fields);
      const { id } = request.params;
      const entry = await services.documents.add(
        actorFor(request),
        id,
        { bytes: upload.bytes, name: upload.name },
        input,
      );
      reply.code(201).header('location', `/api/cases/${id}/documents/${entry.document.id}`);
      return presentEntry(id, entry);
    },
  );

  app.get(
    '/cases/:id/documents/:documentId',
    {
      schema: {
        tags,
        summary: 'A document’s file, as it was stored, to show in the browser',
        params: documentParams,
        response: { 200: z.any().describe('The file, with its media type.'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id, documentId } = request.params;
      return sendFile(
        reply,
        await services.documents.file(actorFor(request), id, documentId),
        'inline',
      );
    },
  );

  app.get(
    '/cases/:id/documents/:documentId/content',
    {
      schema: {
        tags,
        summary: 'A document’s file, as a download',
        params: documentParams,
        response: { 200: z.any().describe('The file, with its media type.'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id, documentId } = request.params;
      const found = await services.documents.file(actorFor(request), id, documentId);
      return sendFile(reply, found, 'attachment');
    },
  );

  app.get(
    '/cases/:id/documents/:documentId/versions',
    {
      schema: {
        tags,
        summary: 'Every version of a document, oldest first (deleted ones included)',
        params: documentParams,
        response: { 200: items, ...errorResponses },
      },
    },
    async (request) => {
      const { id, documentId } = request.params;
      const entries = await services.documents.history(actorFor(request), id, documentId);
      return { items: entries.map((entry) => presentEntry(id, entry)) };
    },
  );

  app.patch(
    '/cases/:id/documents/:documentId',
    {
      schema: {
        tags,
        summary: 'File a document anew: its type, title or date (the file never changes)',
        params: documentParams,
        body: documentPatchInput,
        response: { 200: documentView, ...errorResponses },
      },
    },
    async (request) => {
      const { id, documentId } = request.params;
      const entry = await services.documents.change(
        actorFor(request),
        id,
        documentId,
        request.body,
      );
      return presentEntry(id, entry);
    },
  );

  app.delete(
    '/cases/:id/documents/:documentId',
    {
      schema: {
        tags,
        summary: 'Delete a document with all its versions (softly: it can be restored)',
        params: documentParams,
        response: { 200: items, ...errorResponses },
      },
    },
    async (request) => {
      const { id, documentId } = request.params;
      const deleted = await services.documents.remove(actorFor(request), documentId, id);
      return { items: deleted.map((entry) => presentEntry(id, entry)) };
    },
  );

  app.post(
    '/cases/:id/documents/:documentId/restore',
    {
      schema: {
        tags,
        summary: 'Bring back a deleted document, with the versions deleted with it',
        params: documentParams,
        response: { 200: items, ...errorResponses },
      },
    },
    async (request) => {
      const { id, documentId } = request.params;
      const restored = await services.documents.restore(actorFor(request), documentId, id);
      return { items: restored.map((entry) => presentEntry(id, entry)) };
    },
  );
};
