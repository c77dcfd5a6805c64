import type { ServiceContext } from '../app/context.js';
import type { Actor } from '../common/actor.js';
import { conflict } from '../common/errors.js';
import { isUniqueViolation } from '../storage/dialect.js';
import type { Db } from '../storage/schema.js';
import { caseEventRecorder } from '../timeline/timeline-repository.js';
import type { LetterDocument, LetterKind, LetterLang } from './letter.js';
import { insertLetter } from './letter-repository.js';
import type { StoredLetter } from './stored-letter.js';

/**
 * Saves a letter as the next version of its kind on a case (any kind of case), with its timeline
 * event, in one transaction; `alongside` writes what belongs with it (a task) in the same one.
 * Two saves of the same kind at the same moment cannot take the same version number.
 */
export async function saveLetterVersion(
  ctx: ServiceContext,
  {
    caseId,
    actor,
    kind,
    lang,
    document,
    at,
    alongside,
  }: {
    caseId: string;
    actor: Actor;
    kind: LetterKind;
    lang: LetterLang;
    document: LetterDocument;
    at: string;
    alongside?: (trx: Db) => Promise<void>;
  },
): Promise<StoredLetter> {
  const record = caseEventRecorder(ctx.newId);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const saved = await insertLetter(trx, {
        id: ctx.newId(),
        caseId,
        kind,
        lang,
        document,
        createdAt: at,
        createdBy: actor.id,
      });
      await record(
        trx,
        { id: caseId },
        actor,
        {
          type: 'letter-saved',
          letterId: saved.id,
          kind: saved.kind,
          lang: saved.lang,
          version: saved.version,
          title: document.title,
        },
        at,
      );
      await alongside?.(trx);
      return saved;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('This letter was saved twice at the same moment. Reload and try again.');
    throw error;
  }
}
