import type { Db, LetterRow } from '../storage/schema.js';
import type { LetterDocument, LetterKind, LetterLang } from './letter.js';
import type { StoredLetter } from './stored-letter.js';

const toLetter = (row: LetterRow): StoredLetter => ({
  id: row.id,
  caseId: row.case_id,
  kind: row.kind as LetterKind,
  lang: row.lang as LetterLang,
  version: Number(row.version),
  document: JSON.parse(row.document) as LetterDocument,
  createdAt: row.created_at,
  createdBy: row.created_by,
});

/** Saves a letter as the next version of its kind on the case. */
export async function insertLetter(
  db: Db,
  letter: Omit<StoredLetter, 'version'>,
): Promise<StoredLetter> {
  const latest = await db
    .selectFrom('letters')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('case_id', '=', letter.caseId)
    .where('kind', '=', letter.kind)
    .executeTakeFirst();
  const version = Number(latest?.version ?? 0) + 1;
  await db
    .insertInto('letters')
    .values({
      id: letter.id,
      case_id: letter.caseId,
      kind: letter.kind,
      lang: letter.lang,
      version,
      document: JSON.stringify(letter.document),
      created_at: letter.createdAt,
      created_by: letter.createdBy,
    })
    .execute();
  return { ...letter, version };
}

export async function findLetter(db: Db, caseId: string, id: string): Promise<StoredLetter | null> {
  const row = await db
    .selectFrom('letters')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toLetter(row) : null;
}

/** A case's letters, newest first. */
export async function listLetters(db: Db, caseId: string): Promise<StoredLetter[]> {
  const rows = await db
    .selectFrom('letters')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toLetter);
}

/** Which kinds of letter a case has, newest first, without reading the letters themselves. */
export async function listLetterKinds(
  db: Db,
  caseId: string,
): Promise<{ kind: LetterKind; createdAt: string }[]> {
  const rows = await db
    .selectFrom('letters')
    .select(['kind', 'created_at'])
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  // Values were validated on the way in; the cast restores the domain type.
  return rows.map((row) => ({ kind: row.kind as LetterKind, createdAt: row.created_at }));
}
