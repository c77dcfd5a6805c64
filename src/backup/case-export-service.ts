import type { ServiceContext } from '../app/context.js';
import { packageVersion } from '../app/paths.js';
import { loadCaseFor } from '../cases/case-access.js';
import { presentCase } from '../cases/case-presenter.js';
import type { Actor } from '../common/actor.js';
import type { DeadlineService } from '../deadlines/deadline-service.js';
import { presentCaseDeadlines } from '../deadlines/deadline-presenter.js';
import { presentDocument } from '../documents/document-presenter.js';
import { listCaseDocumentInfo, sha256Hex } from '../documents/document-repository.js';
import { presentLetter } from '../letters/letter-presenter.js';
import { listLetters } from '../letters/letter-repository.js';
import { letterText } from '../letters/letter-text.js';
import { presentTimelineEvent } from '../timeline/timeline-presenter.js';
import { listWholeTimeline } from '../timeline/timeline-repository.js';
import type { Db } from '../storage/schema.js';
import { describeTables, rowsOfCase, untyped, type AnyRow } from './backup-repository.js';
import { buildCaseExport, presentedTables, type CaseExport } from './case-export.js';

/** Bytes in a row become their SHA-256 and size: the export names files, it does not copy them. */
const withoutBytes = (row: AnyRow): AnyRow =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [
      k,
      v instanceof Uint8Array ? { sha256: sha256Hex(v), sizeBytes: v.byteLength } : v,
    ]),
  );

/** Rows of every other table with a `case_id` that belong to this case, by table. */
async function relatedRows(db: Db, caseId: string): Promise<Record<string, AnyRow[]>> {
  const related: Record<string, AnyRow[]> = {};
  const tables = (await describeTables(untyped(db)))
    .filter((t) => !presentedTables.includes(t.name))
    .filter((t) => t.columns.some((c) => c.name === 'case_id'))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const table of tables)
    related[table.name] = (await rowsOfCase(untyped(db), table, caseId)).map(withoutBytes);
  return related;
}

/** One case as a JSON file (`GET /api/cases/{id}/export.json`, `overturn case export`). */
export function caseExportService(ctx: ServiceContext, deadlines: DeadlineService) {
  return {
    async export(actor: Actor, caseId: string): Promise<CaseExport> {
      const c = await loadCaseFor(ctx.db, actor, caseId);
      const [timeline, caseDeadlines, documents, letters, related] = [
        await listWholeTimeline(ctx.db, c.id),
        await deadlines.forCase(actor, c.id),
        await listCaseDocumentInfo(ctx.db, c.id),
        await listLetters(ctx.db, c.id),
        await relatedRows(ctx.db, c.id),
      ];
      return buildCaseExport({
        exportedAt: ctx.clock().toISOString(),
        app: packageVersion(),
        case: presentCase(c),
        timeline: timeline.map(presentTimelineEvent),
        deadlines: presentCaseDeadlines(caseDeadlines),
        documents: documents.map((d) => presentDocument(c.id, d)),
        letters: letters.map((l) => ({ ...presentLetter(l), text: letterText(l.document) })),
        related,
      });
    },
  };
}

export type CaseExportService = ReturnType<typeof caseExportService>;
