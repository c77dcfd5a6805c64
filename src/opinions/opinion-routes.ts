import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../app/services.js';
import type { ActorResolver } from '../http/actor.js';
import { errorResponses } from '../http/error-schema.js';
import { fileHeaders } from '../http/file-headers.js';
import {
  guidanceView,
  letterPreviewView,
  letterView,
  presentGuidance,
  presentLetter,
  presentLetterDocument,
} from '../letters/letter-presenter.js';
import { presentTask, taskView } from '../tasks/task-presenter.js';
import {
  checkRequest,
  langQuery,
  newSecondOpinionInput,
  opinionCaseParams,
  opinionChangeInput,
  opinionInput,
  opinionLetterRequest,
  opinionParams,
  questionsInput,
  recordsPacketRequest,
  referralRefusedInput,
  secondOpinionChangeInput,
} from './opinion-input.js';
import {
  comparisonView,
  opinionView,
  presentComparison,
  presentSecondOpinion,
  presentSecondOpinionList,
  recommendationView,
  secondOpinionListView,
  secondOpinionView,
} from './opinion-presenter.js';
import { checkAnswersOf } from './opinion-changes.js';
import { recommendSecondOpinion } from './should-i-get-one.js';

/**
 * The HTTP face of second opinions. Each route reads as validate → load → authorize → act →
 * present; the service does the middle. Documents, tasks and the timeline of a second-opinion case
 * are the case routes' (`/api/cases/{id}/documents` …), as for an appeal case.
 */
export const opinionRoutes: FastifyPluginAsyncZod<{
  services: Services;
  actorFor: ActorResolver;
}> = async (app, { services, actorFor }) => {
  const tags = ['second opinions'];
  const withLang = { querystring: langQuery };

  app.post(
    '/opinions/check',
    {
      schema: {
        tags,
        summary:
          'Should I get a second opinion? A reasoned answer to the check (nothing is stored)',
        body: checkRequest,
        response: { 200: recommendationView, ...errorResponses },
      },
    },
    async (request) =>
      recommendSecondOpinion(checkAnswersOf(request.body), request.body.lang ?? 'en'),
  );

  app.post(
    '/opinions',
    {
      schema: {
        tags,
        summary: 'Open a second-opinion case (the first doctor’s view, when given, is opinion 1)',
        ...withLang,
        body: newSecondOpinionInput,
        response: { 201: secondOpinionView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await services.opinions.create(actorFor(request), request.body);
      reply.code(201).header('location', `/api/opinions/${created.secondOpinion.id}`);
      return presentSecondOpinion(created, request.query.lang ?? 'en');
    },
  );

  app.get(
    '/opinions',
    {
      schema: {
        tags,
        summary: 'Second-opinion cases, most recently changed first',
        response: { 200: secondOpinionListView, ...errorResponses },
      },
    },
    async (request) => presentSecondOpinionList(await services.opinions.list(actorFor(request))),
  );

  app.get(
    '/opinions/:id',
    {
      schema: {
        tags,
        summary: 'A second-opinion case, its opinions and the guidance for it',
        params: opinionCaseParams,
        ...withLang,
        response: { 200: secondOpinionView, ...errorResponses },
      },
    },
    async (request) =>
      presentSecondOpinion(
        await services.opinions.get(actorFor(request), request.params.id),
        request.query.lang ?? 'en',
      ),
  );

  app.patch(
    '/opinions/:id',
    {
      schema: {
        tags,
        summary: 'Change the case (question, goals, check, coverage, referral, status)',
        params: opinionCaseParams,
        ...withLang,
        body: secondOpinionChangeInput,
        response: { 200: secondOpinionView, ...errorResponses },
      },
    },
    async (request) =>
      presentSecondOpinion(
        await services.opinions.change(actorFor(request), request.params.id, request.body),
        request.query.lang ?? 'en',
      ),
  );

  app.delete(
    '/opinions/:id',
    {
      schema: {
        tags,
        summary: 'Delete the case (it is kept and can be restored)',
        params: opinionCaseParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await services.opinions.remove(actorFor(request), request.params.id);
      reply.code(204);
      return null;
    },
  );

  app.post(
    '/opinions/:id/restore',
    {
      schema: {
        tags,
        summary: 'Restore a deleted second-opinion case',
        params: opinionCaseParams,
        ...withLang,
        response: { 200: secondOpinionView, ...errorResponses },
      },
    },
    async (request) =>
      presentSecondOpinion(
        await services.opinions.restore(actorFor(request), request.params.id),
        request.query.lang ?? 'en',
      ),
  );

  app.put(
    '/opinions/:id/questions',
    {
      schema: {
        tags,
        summary: 'Save the question list for the visit, with the answers given',
        params: opinionCaseParams,
        ...withLang,
        body: questionsInput,
        response: { 200: secondOpinionView, ...errorResponses },
      },
    },
    async (request) =>
      presentSecondOpinion(
        await services.opinions.setQuestions(actorFor(request), request.params.id, request.body),
        request.query.lang ?? 'en',
      ),
  );

  app.post(
    '/opinions/:id/questions/suggested',
    {
      schema: {
        tags,
        summary: 'Add the questions suggested for the situation that the list does not have',
        params: opinionCaseParams,
        body: langQuery,
        response: { 200: secondOpinionView, ...errorResponses },
      },
    },
    async (request) => {
      const lang = request.body.lang ?? 'en';
      return presentSecondOpinion(
        await services.opinions.suggestQuestions(actorFor(request), request.params.id, lang),
        lang,
      );
    },
  );

  app.post(
    '/opinions/:id/opinions',
    {
      schema: {
        tags,
        summary: 'Add a doctor’s opinion (the first one added is the first doctor’s)',
        params: opinionCaseParams,
        body: opinionInput,
        response: { 201: opinionView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const added = await services.opinions.addOpinion(
        actorFor(request),
        request.params.id,
        request.body,
      );
      reply.code(201);
      return added;
    },
  );

  app.patch(
    '/opinions/:id/opinions/:opinionId',
    {
      schema: {
        tags,
        summary: 'Change an opinion (only the fields given)',
        params: opinionParams,
        body: opinionChangeInput,
        response: { 200: opinionView, ...errorResponses },
      },
    },
    async (request) =>
      services.opinions.changeOpinion(
        actorFor(request),
        request.params.id,
        request.params.opinionId,
        request.body,
      ),
  );

  app.delete(
    '/opinions/:id/opinions/:opinionId',
    {
      schema: {
        tags,
        summary: 'Remove an opinion added by mistake (it is kept, hidden)',
        params: opinionParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await services.opinions.removeOpinion(
        actorFor(request),
        request.params.id,
        request.params.opinionId,
      );
      reply.code(204);
      return null;
    },
  );

  app.get(
    '/opinions/:id/comparison',
    {
      schema: {
        tags,
        summary: 'The opinions compared: agreement, warnings, and whether a third opinion may help',
        params: opinionCaseParams,
        ...withLang,
        response: { 200: comparisonView, ...errorResponses },
      },
    },
    async (request) =>
      presentComparison(
        await services.opinions.compare(
          actorFor(request),
          request.params.id,
          request.query.lang ?? 'en',
        ),
      ),
  );

  app.get(
    '/opinions/:id/comparison.pdf',
    {
      schema: {
        tags,
        summary: 'The comparison as a printable PDF, to bring to the deciding appointment',
        params: opinionCaseParams,
        ...withLang,
      },
    },
    async (request, reply) => {
      const pdf = await services.opinions.comparisonPdf(
        actorFor(request),
        request.params.id,
        request.query.lang ?? 'en',
      );
      return reply
        .headers(fileHeaders('application/pdf', `opinions-compared-${request.params.id}.pdf`))
        .send(Buffer.from(pdf));
    },
  );

  app.post(
    '/opinions/:id/letters/preview',
    {
      schema: {
        tags,
        summary: 'Write the referral request or the records request (nothing is stored)',
        params: opinionCaseParams,
        body: opinionLetterRequest,
        response: { 200: letterPreviewView, ...errorResponses },
      },
    },
    async (request) => {
      const written = await services.opinions.writeLetter(
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
    '/opinions/:id/letters',
    {
      schema: {
        tags,
        summary:
          'Save the letter; a records request adds the 30-day task of checking the records came',
        params: opinionCaseParams,
        body: opinionLetterRequest,
        response: {
          201: z.object({ letter: letterView, guidance: guidanceView, task: taskView.nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { letter, guidance, task } = await services.opinions.saveLetter(
        actorFor(request),
        request.params.id,
        request.body,
      );
      const view = presentLetter(letter);
      reply.code(201).header('location', view.pdfUrl);
      return { letter: view, guidance: presentGuidance(guidance), task: task && presentTask(task) };
    },
  );

  app.post(
    '/opinions/:id/records-packet',
    {
      schema: {
        tags,
        summary: 'The records packet: a cover note, an index and the chosen documents, as one PDF',
        params: opinionCaseParams,
        body: recordsPacketRequest,
      },
    },
    async (request, reply) => {
      const { pdf } = await services.opinions.recordsPacket(actorFor(request), request.params.id, {
        documentIds: request.body.documentIds,
        lang: request.body.lang ?? 'en',
      });
      return reply
        .headers(fileHeaders('application/pdf', `records-${request.params.id}.pdf`))
        .send(Buffer.from(pdf));
    },
  );

  app.post(
    '/opinions/:id/referral-refused',
    {
      schema: {
        tags,
        summary: 'The plan refused the referral: open an appeal case for it in one step',
        params: opinionCaseParams,
        body: referralRefusedInput,
        response: { 201: z.object({ appealCaseId: z.string() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const opened = await services.opinions.referralRefused(
        actorFor(request),
        request.params.id,
        request.body,
      );
      reply.code(201).header('location', `/api/cases/${opened.appealCaseId}`);
      return opened;
    },
  );
};
