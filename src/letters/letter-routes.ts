import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../app/services.js';
import { notFound } from '../common/errors.js';
import { caseIdParams } from '../cases/case-input.js';
import type { ActorResolver } from '../http/actor.js';
import { errorResponses } from '../http/error-schema.js';
import { fileHeaders } from '../http/file-headers.js';
import { letterParams, letterRequest, packetRequest } from './letter-input.js';
import {
  letterPreviewView,
  letterView,
  guidanceView,
  packetView,
  presentGuidance,
  presentLetter,
  presentLetterDocument,
  presentPacket,
} from './letter-presenter.js';

/** `abc.pdf` → the id and the format asked for; a bare id asks for the letter as data. */
function fileOf(name: string): { id: string; format: 'json' | 'pdf' | 'txt' | 'docx' } {
  const match = /^(.+)\.(pdf|txt|docx)$/.exec(name);
  return match
    ? { id: match[1] ?? name, format: match[2] as 'pdf' | 'txt' | 'docx' }
    : { id: name, format: 'json' };
}

/**
 * The HTTP face of letters and packets: write (preview), save a version, read it back as data,
 * PDF or text; build a packet and download it.
 */
export const letterRoutes: FastifyPluginAsyncZod<{
  services: Services;
  actorFor: ActorResolver;
}> = async (app, { services, actorFor }) => {
  const tags = ['letters'];

  app.post(
    '/cases/:id/letters/preview',
    {
      schema: {
        tags,
        summary: 'Write a letter from the case as it is now (nothing is stored)',
        params: caseIdParams,
        body: letterRequest,
        response: { 200: letterPreviewView, ...errorResponses },
      },
    },
    async (request) => {
      const written = await services.letters.write(
        actorFor(request),
        request.params.id,
        request.body,
      );
      return {
        document: presentLetterDocument(written.document),
        guidance: presentGuidance(written.guidance),
      };
    },
  );

  app.post(
    '/cases/:id/letters',
    {
      schema: {
        tags,
        summary: 'Save a letter (with the person’s edits) as the next version of its kind',
        params: caseIdParams,
        body: letterRequest,
        response: {
          201: letterView.extend({ guidance: guidanceView }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { letter, guidance } = await services.letters.save(
        actorFor(request),
        request.params.id,
        request.body,
      );
      const view = presentLetter(letter);
      reply.code(201).header('location', view.pdfUrl);
      return { ...view, guidance: presentGuidance(guidance) };
    },
  );

  app.get(
    '/cases/:id/letters',
    {
      schema: {
        tags,
        summary: 'The letters saved on a case, newest first',
        params: caseIdParams,
        response: { 200: z.object({ items: z.array(letterView) }), ...errorResponses },
      },
    },
    async (request) => {
      const letters = await services.letters.list(actorFor(request), request.params.id);
      return { items: letters.map(presentLetter) };
    },
  );

  app.get(
    '/cases/:id/letters/:letterId',
    {
      schema: {
        tags,
        summary: 'A saved letter: as data, or `…/{letterId}.pdf`, `.docx` or `.txt`',
        params: letterParams,
        response: { 200: z.any().describe('The letter, its PDF, or its text.'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorFor(request);
      const { id, format } = fileOf(request.params.letterId);
      switch (format) {
        case 'json':
          return presentLetter(await services.letters.get(actor, request.params.id, id));
        case 'pdf': {
          const pdf = await services.letters.pdf(actor, request.params.id, id);
          return reply
            .headers(fileHeaders('application/pdf', `letter-${id}.pdf`))
            .send(Buffer.from(pdf));
        }
        case 'docx': {
          const docx = await services.letters.docx(actor, request.params.id, id);
          return reply
            .headers(
              fileHeaders(
                'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                `letter-${id}.docx`,
              ),
            )
            .send(Buffer.from(docx));
        }
        case 'txt': {
          const text = await services.letters.text(actor, request.params.id, id);
          return reply
            .headers(fileHeaders('text/plain; charset=utf-8', `letter-${id}.txt`))
            .send(text);
        }
      }
    },
  );

  app.post(
    '/cases/:id/packet',
    {
      schema: {
        tags,
        summary: 'Build the packet: cover letter, exhibit index, exhibits, every page numbered',
        params: caseIdParams,
        body: packetRequest,
        response: { 201: packetView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const built = await services.letters.packet(
        actorFor(request),
        request.params.id,
        request.body,
      );
      const view = presentPacket(built.packet, built.skipped);
      reply.code(201).header('location', view.pdfUrl);
      return view;
    },
  );

  app.get(
    '/cases/:id/packets/:packetId',
    {
      schema: {
        tags,
        summary: 'A packet as built (`…/{packetId}.pdf`)',
        params: z.object({ id: z.string().min(1).max(100), packetId: z.string().min(1).max(100) }),
        response: { 200: z.any().describe('The packet PDF.'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id, format } = fileOf(request.params.packetId);
      if (format !== 'pdf') throw notFound('packet file', request.params.packetId);
      const { content } = await services.letters.packetPdf(
        actorFor(request),
        request.params.id,
        id,
      );
      return reply
        .headers(fileHeaders('application/pdf', `packet-${id}.pdf`))
        .send(Buffer.from(content));
    },
  );
};
