import type { ServiceContext } from '../app/context.js';
import type { Actor } from '../common/actor.js';
import { invalidInput, notFound } from '../common/errors.js';
import { loadCaseFor } from '../cases/case-access.js';
import type { Case } from '../cases/case.js';
import type { Db } from '../storage/schema.js';
import { listCaseDocumentInfo } from '../documents/document-repository.js';
import { documentEntries, type DocumentEntry } from '../documents/document-versions.js';
import { caseEventRecorder } from '../timeline/timeline-repository.js';
import {
  evidenceChecklist,
  type ChecklistEntry,
  type EvidenceCaseFacts,
} from './evidence-checklist.js';
import type { EvidenceMarkInput } from './evidence-input.js';
import { itemsFor } from './evidence-items.js';
import { insertMark, listMarks, removeMarks } from './evidence-repository.js';

const factsOf = (c: Case): EvidenceCaseFacts => ({
  category: c.denial.category,
  program: c.plan.program,
});

/** A case's checklist as it stands in `db`, with the documents' version history. */
async function caseChecklist(
  db: Db,
  c: Case,
): Promise<{ entries: ChecklistEntry[]; versions: Map<string, DocumentEntry> }> {
  const all = await listCaseDocumentInfo(db, c.id, { deleted: true });
  const current = documentEntries(all);
  const entries = evidenceChecklist(
    factsOf(c),
    current.map((e) => e.document),
    await listMarks(db, c.id),
  );
  return { entries, versions: new Map(current.map((e) => [e.document.id, e])) };
}

/** What usually wins this case's denial and is not on it yet, missing essentials first. */
export async function missingEvidenceOf(
  db: Db,
  c: Case,
): Promise<{ key: string; label: string; essential: boolean }[]> {
  const { entries } = await caseChecklist(db, c);
  return entries
    .filter((entry) => entry.state === 'missing')
    .map(({ item }) => ({
      key: item.key,
      label: item.label.en,
      essential: item.weight === 'essential',
    }));
}

/**
 * The evidence checklist of a case: what usually wins its kind of denial, ticked off by the
 * documents kept with it and by the person's own ticks. Ticks are on the timeline.
 */
export function evidenceService(ctx: ServiceContext) {
  function itemOf(c: Case, itemKey: string) {
    const items = itemsFor(c.denial.category ?? 'other', c.plan.program);
    const item = items.find((i) => i.key === itemKey);
    if (!item)
      throw invalidInput(
        `"${itemKey}" is not on this case’s checklist. Items: ${items.map((i) => i.key).join(', ')}.`,
        'itemKey',
        { items: items.map((i) => i.key) },
      );
    return item;
  }

  const checklistOf = (c: Case) => caseChecklist(ctx.db, c);
  const record = caseEventRecorder(ctx.newId);

  return {
    /** The checklist: missing essentials first. */
    async checklist(actor: Actor, caseId: string) {
      return checklistOf(await loadCaseFor(ctx.db, actor, caseId));
    },

    /** Ticks an item by hand (a newer tick replaces an older one) and says so on the timeline. */
    async mark(actor: Actor, caseId: string, itemKey: string, input: EvidenceMarkInput) {
      const c = await loadCaseFor(ctx.db, actor, caseId);
      const item = itemOf(c, itemKey);
      const at = ctx.clock().toISOString();
      await ctx.db.transaction().execute(async (trx) => {
        await removeMarks(trx, c.id, item.key, at);
        await insertMark(trx, {
          id: ctx.newId(),
          caseId: c.id,
          itemKey: item.key,
          state: input.state,
          note: input.note,
          createdAt: at,
          createdBy: actor.id,
        });
        await record(
          trx,
          c,
          actor,
          {
            type: 'evidence-marked',
            itemKey: item.key,
            itemLabel: item.label.en,
            state: input.state,
            note: input.note,
          },
          at,
        );
      });
      return checklistOf(c);
    },

    /** Takes a hand tick back; an item with no tick is "not found". */
    async unmark(actor: Actor, caseId: string, itemKey: string) {
      const c = await loadCaseFor(ctx.db, actor, caseId);
      const item = itemOf(c, itemKey);
      const at = ctx.clock().toISOString();
      await ctx.db.transaction().execute(async (trx) => {
        if ((await removeMarks(trx, c.id, item.key, at)) === 0)
          throw notFound('tick on checklist item', item.key);
        const data = {
          type: 'evidence-unmarked',
          itemKey: item.key,
          itemLabel: item.label.en,
        } as const;
        await record(trx, c, actor, data, at);
      });
      return checklistOf(c);
    },
  };
}

export type EvidenceService = ReturnType<typeof evidenceService>;
