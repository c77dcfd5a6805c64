import type { ServiceContext } from '../app/context.js';
import type { Actor } from '../common/actor.js';
import { invalidInput, notFound } from '../common/errors.js';
import type { Case } from '../cases/case.js';
import { loadCaseFor, loadCaseShellFor } from '../cases/case-access.js';
import { timeZoneOfCase } from '../deadlines/case-deadlines.js';
import { dateInZone } from '../deadlines/zoned-time.js';
import { listCaseDocuments } from '../documents/document-repository.js';
import { documentTypes } from '../documents/document-types.js';
import type { Db } from '../storage/schema.js';
import { caseEventRecorder } from '../timeline/timeline-repository.js';
import type { LetterDocument, LetterGuidance, LetterLang, MissingFact } from './letter.js';
import { letterFactsOf, missingFacts } from './letter-facts.js';
import type { LetterRequest, PacketRequest } from './letter-input.js';
import { findLetter, listLetters } from './letter-repository.js';
import { letterTemplates } from './letter-templates.js';
import { saveLetterVersion } from './letter-version-service.js';
import { letterText } from './letter-text.js';
import type { Packet } from './packet.js';
import { findPacket, insertPacket } from './packet-repository.js';
import { renderLetterDocx } from './render-letter-docx.js';
import { renderLetterPdf } from './render-letter-pdf.js';
import { renderPacketPdf } from './render-packet-pdf.js';
import type { StoredLetter } from './stored-letter.js';

/** Letter kinds that make a packet's cover when none is named, newest first. */
const coverKinds = new Set([
  'internal-appeal',
  'expedited-appeal',
  'second-level-appeal',
  'external-review-request',
]);

/**
 * Letters and packets: write a letter from the case's facts (nothing stored), save it as a version
 * (with the person's edits), render it as PDF or text, and build the packet that goes with it.
 * Every call loads the case for the actor first, so what they may not see stays unseen.
 */
export function letterService(ctx: ServiceContext) {
  const todayFor = (c: Case) => dateInZone(ctx.clock().getTime(), timeZoneOfCase(c));

  const record = caseEventRecorder(ctx.newId);

  /** The letter the request asks for, with the person's edits; refused if a needed fact is missing. */
  function compose(
    c: Case,
    request: LetterRequest,
  ): { document: LetterDocument; guidance: LetterGuidance } {
    const template = letterTemplates[request.kind];
    const facts = letterFactsOf(c, {
      today: todayFor(c),
      sender: request.sender,
      appealsAddress: request.appealsAddress,
    });
    const missing = missingFacts(template, facts);
    if (missing.length > 0) throw missingFactsError(missing);
    const written = template.write(facts, request.lang);
    const edits = request.edits ?? {};
    return {
      document: {
        ...written.document,
        ...(edits.subject !== undefined && { subject: edits.subject }),
        ...(edits.body !== undefined && { body: edits.body }),
        ...(edits.enclosures !== undefined && { enclosures: edits.enclosures }),
        ...(edits.to !== undefined && { to: edits.to }),
      },
      // An English letter for the plan can come with its steps in Spanish for the person.
      guidance:
        request.guidanceLang && request.guidanceLang !== request.lang
          ? template.write(facts, request.guidanceLang).guidance
          : written.guidance,
    };
  }

  // Saved letters are read the same on every kind of case (a second opinion has letters too).
  async function loadLetter(actor: Actor, caseId: string, letterId: string) {
    const c = await loadCaseShellFor(ctx.db, actor, caseId);
    const letter = await findLetter(ctx.db, c.id, letterId);
    if (!letter) throw notFound('letter', letterId);
    return { c, letter };
  }

  return {
    /** A letter written from the case as it is now, with its guidance; nothing is stored. */
    async write(actor: Actor, caseId: string, request: LetterRequest) {
      const c = await loadCaseFor(ctx.db, actor, caseId);
      return compose(c, request);
    },

    /** Saves the letter (with the person's edits) as the next version of its kind on the case. */
    async save(
      actor: Actor,
      caseId: string,
      request: LetterRequest,
    ): Promise<{ letter: StoredLetter; guidance: LetterGuidance }> {
      const c = await loadCaseFor(ctx.db, actor, caseId);
      const { document, guidance } = compose(c, request);
      const letter = await saveLetterVersion(ctx, {
        caseId: c.id,
        actor,
        kind: request.kind,
        lang: request.lang,
        document,
        at: ctx.clock().toISOString(),
      });
      return { letter, guidance };
    },

    async list(actor: Actor, caseId: string): Promise<StoredLetter[]> {
      const c = await loadCaseShellFor(ctx.db, actor, caseId);
      return listLetters(ctx.db, c.id);
    },

    async get(actor: Actor, caseId: string, letterId: string): Promise<StoredLetter> {
      return (await loadLetter(actor, caseId, letterId)).letter;
    },

    /** A saved letter as a PDF to print, mail or fax. */
    async pdf(actor: Actor, caseId: string, letterId: string): Promise<Uint8Array> {
      return renderLetterPdf((await loadLetter(actor, caseId, letterId)).letter.document);
    },

    /** A saved letter as a Word document, for people who edit in Word before they print. */
    async docx(actor: Actor, caseId: string, letterId: string): Promise<Uint8Array> {
      return renderLetterDocx((await loadLetter(actor, caseId, letterId)).letter.document);
    },

    /** A saved letter as plain text. */
    async text(actor: Actor, caseId: string, letterId: string): Promise<string> {
      return letterText((await loadLetter(actor, caseId, letterId)).letter.document);
    },

    /**
     * The packet: the cover letter, an exhibit index, and the case's documents as exhibits, every
     * page numbered. An exhibit that cannot be read stops it, by name, unless the person said to
     * leave such exhibits out.
     */
    async packet(
      actor: Actor,
      caseId: string,
      request: PacketRequest,
    ): Promise<{
      packet: Packet;
      content: Uint8Array;
      skipped: { title: string; reason: string }[];
    }> {
      const c = await loadCaseFor(ctx.db, actor, caseId);
      const cover = await coverLetter(ctx.db, c.id, request.letterId);
      const exhibits = await chosenExhibits(ctx.db, c.id, request.documentIds, cover.document.lang);
      const built = await renderPacketPdf({
        cover: cover.document,
        exhibits,
        ...(request.faxCover && { faxCover: request.faxCover }),
      });
      if (built.problems.length > 0 && !request.skipUnreadable)
        throw invalidInput(
          `These documents cannot be put in the packet: ${built.problems
            .map((p) => `“${p.title}” (${p.reason})`)
            .join('; ')}. Replace them, or build the packet without them.`,
          'documentIds',
          { unreadable: built.problems },
        );
      const at = ctx.clock().toISOString();
      const packet = await ctx.db.transaction().execute(async (trx) => {
        const saved = await insertPacket(
          trx,
          {
            id: ctx.newId(),
            caseId: c.id,
            letterId: cover.id,
            pages: built.pages,
            exhibits: built.index,
            createdAt: at,
            createdBy: actor.id,
          },
          built.pdf,
        );
        await record(
          trx,
          c,
          actor,
          {
            type: 'packet-built',
            packetId: saved.id,
            letterId: cover.id,
            pages: saved.pages,
            exhibits: saved.exhibits.length,
          },
          at,
        );
        return saved;
      });
      return { packet, content: built.pdf, skipped: built.problems };
    },

    /** A packet as it was built. */
    async packetPdf(actor: Actor, caseId: string, packetId: string) {
      const c = await loadCaseFor(ctx.db, actor, caseId);
      const found = await findPacket(ctx.db, c.id, packetId);
      if (!found) throw notFound('packet', packetId);
      return found;
    },
  };
}

export function missingFactsError(missing: readonly MissingFact[]) {
  return invalidInput(
    `This letter needs facts the case does not have yet: ${missing
      .map((fact) => fact.label)
      .join(', ')}. Add them to the case, then write the letter again.`,
    missing[0]?.path,
    { missing: missing.map((fact) => ({ path: fact.path, label: fact.label })) },
  );
}

/** The named letter, or the case's newest appeal letter; a packet needs a letter on top. */
async function coverLetter(db: Db, caseId: string, letterId: string | undefined) {
  if (letterId !== undefined) {
    const named = await findLetter(db, caseId, letterId);
    if (!named) throw notFound('letter', letterId);
    return named;
  }
  const newest = (await listLetters(db, caseId)).find((letter) => coverKinds.has(letter.kind));
  if (!newest)
    throw invalidInput(
      'A packet needs a letter on top. Write and save the appeal letter first, then build the packet.',
      'letterId',
    );
  return newest;
}

/**
 * The documents to enclose, in the order given (all of the case's, oldest first, by default), each
 * titled for the exhibit index in `lang`.
 */
export async function chosenExhibits(
  db: Db,
  caseId: string,
  ids: readonly string[] | undefined,
  lang: LetterLang = 'en',
) {
  const all = await listCaseDocuments(db, caseId);
  const picked =
    ids === undefined
      ? all
      : ids.map((id) => {
          const found = all.find((entry) => entry.document.id === id);
          if (!found) throw notFound('document', id);
          return found;
        });
  return picked.map(({ document, content }) => ({
    // The person's own title and the date on the paper, when they gave them; else what kind of
    // paper it is ("Denial letter"), which tells a reviewer more than a file's name.
    title:
      document.title ??
      (document.docType === 'other'
        ? (document.originalName ?? documentTypes.other.label[lang])
        : documentTypes[document.docType].label[lang]),
    date: document.documentDate ?? document.createdAt.slice(0, 10),
    mediaType: document.mediaType,
    bytes: content,
  }));
}

export type LetterService = ReturnType<typeof letterService>;
