import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../app/services.js';
import { backupRoutes } from '../backup/backup-routes.js';
import { caseRoutes } from '../cases/case-routes.js';
import { deadlineRoutes } from '../deadlines/deadline-routes.js';
import { calendarRoutes } from '../calendar/calendar-routes.js';
import { limits } from '../common/limits.js';
import type { DialectName } from '../storage/dialect.js';
import { intakeRoutes } from '../intake/intake-routes.js';
import { letterRoutes } from '../letters/letter-routes.js';
import { outcomeRoutes } from '../outcomes/outcome-routes.js';
import { caseSummaryRoutes } from '../case-summary/case-summary-routes.js';
import { stateHelpRoutes } from '../state-help/state-help-routes.js';
import { documentRoutes } from '../documents/document-routes.js';
import { callRoutes } from '../calls/call-routes.js';
import { taskRoutes } from '../tasks/task-routes.js';
import { evidenceRoutes } from '../evidence/evidence-routes.js';
import { timelineRoutes } from '../timeline/timeline-routes.js';
import { journeyRoutes } from '../journey/journey-routes.js';
import { opinionRoutes } from '../opinions/opinion-routes.js';
import { singleUser, type ActorResolver } from './actor.js';
import { registerErrorHandler, sendFrameworkError } from './error-handler.js';
import { registerLocalGuard } from './local-guard.js';
import { registerSecurityHeaders } from './security-headers.js';
import { registerWebApp } from './web-app.js';

export interface ServerOptions {
  readonly services: Services;
  readonly database: DialectName;
  readonly version: string;
  /** The built web app's folder; null serves the API only. */
  readonly webRoot: string | null;
  /** True when listening on loopback: then requests must name a loopback host. */
  readonly loopbackOnly?: boolean;
  readonly actorFor?: ActorResolver;
  readonly logLevel?: 'silent' | 'error' | 'warn' | 'info' | 'debug';
}

/**
 * The HTTP API and the web app, ready for `inject` (tests) or `listen` (`overturn serve`).
 * Requests are never logged with their bodies or query values: they hold health information.
 */
export async function buildServer({
  services,
  database,
  version,
  webRoot,
  loopbackOnly = true,
  actorFor = singleUser,
  logLevel = 'warn',
}: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: logLevel,
      serializers: {
        req: (req: { method: string; routeOptions?: { url?: string } }) => ({
          method: req.method,
          route: req.routeOptions?.url,
        }),
      },
    },
    bodyLimit: limits.jsonBodyBytes,
    frameworkErrors: sendFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  // Responses come from presenters whose types the compiler checks; checking every response again
  // with zod cost 15 % of a list request (docs/benchmarks.md). The response schemas still document
  // the API in OpenAPI.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  registerErrorHandler(app);
  registerLocalGuard(app, { loopbackOnly });
  await registerSecurityHeaders(app);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Overturn API',
        version,
        description:
          'Cases for appealing a health-plan denial. Overturn is not legal advice. All data stays on this server.',
      },
    },
    transform: jsonSchemaTransform,
  });

  await app.register(
    async (api) => {
      api.get(
        '/health',
        {
          schema: {
            tags: ['meta'],
            summary: 'Is the server up?',
            response: {
              200: z.object({
                status: z.literal('ok'),
                version: z.string(),
                database: z.enum(['sqlite', 'postgres']),
              }),
            },
          },
        },
        async () => ({ status: 'ok' as const, version, database }),
      );
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      await api.register(caseRoutes, { services, actorFor });
      await api.register(timelineRoutes, { services, actorFor });
      await api.register(deadlineRoutes, { services, actorFor });
      await api.register(calendarRoutes, { services, actorFor });
      await api.register(intakeRoutes, { services, actorFor });
      await api.register(letterRoutes, { services, actorFor });
      await api.register(documentRoutes, { services, actorFor });
      await api.register(journeyRoutes, { services, actorFor });
      await api.register(callRoutes, { services, actorFor });
      await api.register(taskRoutes, { services, actorFor });
      await api.register(evidenceRoutes, { services, actorFor });
      await api.register(stateHelpRoutes, { services, actorFor });
      await api.register(backupRoutes, { services, actorFor });
      await api.register(outcomeRoutes, { services, actorFor });
      await api.register(caseSummaryRoutes, { services, actorFor });
      await api.register(opinionRoutes, { services, actorFor });
    },
    { prefix: '/api' },
  );

  await registerWebApp(app, webRoot);
  return app;
}
