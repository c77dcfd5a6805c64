import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../app/services.js';
import { caseIdParams } from '../cases/case-input.js';
import type { ActorResolver } from '../http/actor.js';
import { errorResponses } from '../http/error-schema.js';
import { manualTaskInput, taskLangQuery, taskListQuery, taskParams } from './task-input.js';
import { presentTask, taskListView, taskView } from './task-presenter.js';

/**
 * The HTTP face of tasks: across cases (the dashboard), one case's, add, tick done, untick. Each
 * answers in Spanish with `?lang=es` (the titles the system wrote and the kind labels).
 */
export const taskRoutes: FastifyPluginAsyncZod<{
  services: Services;
  actorFor: ActorResolver;
}> = async (app, { services, actorFor }) => {
  const tags = ['tasks'];

  app.get(
    '/tasks',
    {
      schema: {
        tags,
        summary: 'Open tasks of every open case, soonest first (`dueWithin`: days ahead)',
        querystring: taskListQuery,
        response: { 200: taskListView, ...errorResponses },
      },
    },
    async (request) => {
      const { dueWithin, lang } = request.query;
      const tasks = await services.tasks.list(actorFor(request), { dueWithin, lang });
      return { tasks: tasks.map((task) => presentTask(task, lang)) };
    },
  );

  app.get(
    '/cases/:id/tasks',
    {
      schema: {
        tags,
        summary: 'A case’s tasks (done ones too), soonest first',
        params: caseIdParams,
        querystring: taskLangQuery,
        response: { 200: taskListView, ...errorResponses },
      },
    },
    async (request) => {
      const { lang } = request.query;
      const tasks = await services.tasks.forCase(actorFor(request), request.params.id, { lang });
      return { tasks: tasks.map((task) => presentTask(task, lang)) };
    },
  );

  app.post(
    '/cases/:id/tasks',
    {
      schema: {
        tags,
        summary: 'Add a task of your own to a case',
        params: caseIdParams,
        querystring: taskLangQuery,
        body: manualTaskInput,
        response: { 201: taskView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const task = await services.tasks.add(actorFor(request), request.params.id, request.body);
      reply.code(201);
      return presentTask(task, request.query.lang);
    },
  );

  app.post(
    '/tasks/:taskId/done',
    {
      schema: {
        tags,
        summary: 'Tick a task done',
        params: taskParams,
        querystring: taskLangQuery,
        response: { 200: taskView, ...errorResponses },
      },
    },
    async (request) => {
      const { lang } = request.query;
      const task = await services.tasks.done(actorFor(request), request.params.taskId, { lang });
      return presentTask(task, lang);
    },
  );

  app.delete(
    '/tasks/:taskId/done',
    {
      schema: {
        tags,
        summary: 'Take back a tick: the task is not done after all',
        params: taskParams,
        querystring: taskLangQuery,
        response: { 200: taskView, ...errorResponses },
      },
    },
    async (request) => {
      const { lang } = request.query;
      const task = await services.tasks.undo(actorFor(request), request.params.taskId, { lang });
      return presentTask(task, lang);
    },
  );
};
