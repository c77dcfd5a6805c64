import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../app/services.js';
import { caseIdParams } from '../cases/case-input.js';
import { AppError, invalidInput } from '../common/errors.js';
import { limits } from '../common/limits.js';
import type { ActorResolver } from '../http/actor.js';
import { errorResponses } from '../http/error-schema.js';
import { caseExportFileName, caseExportView } from './case-export.js';

const backupTypes = ['application/gzip', 'application/x-gzip', 'application/octet-stream'];

const tooLarge = () =>
  new AppError(
    'payload-too-large',
    `The backup is larger than ${limits.backupUploadBytes / 1024 ** 3} GB, the most the web upload takes. Restore it with "overturn import FILE" instead.`,
  );

const restoreView = z.object({
  createdAt: z.string().describe('When the backup was made'),
  app: z.string().describe('The Overturn version that made it'),
  rows: z.number().int(),
  tables: z.record(z.string(), z.number().int()).describe('Rows restored per table'),
});

/**
 * The upload is spooled to a private temporary file: the restore reads it twice (check, then
 * write), and a 2 GB body does not fit in memory. The file is removed whatever happens.
 */
async function withSpooledBody<T>(body: Readable, use: (file: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(path.join(tmpdir(), 'overturn-restore-'));
  const file = path.join(folder, 'backup.ndjson.gz');
  try {
    let size = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        done(size > limits.backupUploadBytes ? tooLarge() : null, chunk);
      },
    });
    await pipeline(body, limit, createWriteStream(file, { mode: 0o600 }));
    return await use(file);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * The HTTP face of backups: `GET /api/backup` downloads the whole data set, `POST /api/backup`
 * restores one into an empty Overturn, and `GET /api/cases/{id}/export.json` is one case as JSON.
 */
export const backupRoutes: FastifyPluginAsyncZod<{
  services: Services;
  actorFor: ActorResolver;
}> = async (app, { services, actorFor }) => {
  const tags = ['backup'];
  // Only these routes take a gzip body, and they take it as a stream (this plugin's scope only).
  app.addContentTypeParser(backupTypes, (_request, payload, done) => done(null, payload));

  app.get(
    '/backup',
    {
      schema: {
        tags,
        summary: 'Download a backup of everything: every case, document and letter (gzip NDJSON)',
        response: { 200: z.any().describe('The backup file.'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const exporting = services.backup.prepareExport(actorFor(request));
      const stream = new PassThrough();
      exporting.writeTo(stream).catch((error: unknown) => {
        // The download is cut short; the file's missing trailer tells an import it is incomplete.
        request.log.error({ code: (error as { code?: unknown }).code }, 'backup failed');
      });
      return reply
        .headers({
          'content-type': 'application/gzip',
          'content-disposition': `attachment; filename="${exporting.fileName}"`,
          'cache-control': 'private, no-store',
        })
        .send(stream);
    },
  );

  app.post(
    '/backup',
    {
      schema: {
        tags,
        summary: 'Restore a backup into this Overturn, which must be empty',
        description:
          'The body is the backup file as made by `GET /api/backup` or `overturn export` (Content-Type: application/gzip). All or nothing: any problem leaves the database unchanged.',
        consumes: backupTypes,
        response: { 200: restoreView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorFor(request);
      services.backup.authorize(actor);
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > limits.backupUploadBytes) throw tooLarge();
      const body = request.body as Readable | undefined;
      if (!body || typeof body.pipe !== 'function')
        throw invalidInput(
          'Send the backup file as the request body, with Content-Type: application/gzip.',
        );
      return withSpooledBody(body, (file) =>
        services.backup.importFrom(actor, () => createReadStream(file)),
      );
    },
  );

  app.get(
    '/cases/:id/export.json',
    {
      schema: {
        tags,
        summary: 'One case as JSON: the case, timeline, deadlines, documents’ facts, letters',
        params: caseIdParams,
        response: { 200: caseExportView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const exported = await services.caseExport.export(actorFor(request), request.params.id);
      reply.header(
        'content-disposition',
        `attachment; filename="${caseExportFileName(exported.case.id)}"`,
      );
      return exported;
    },
  );
};
