import { expect, it } from 'vitest';
import { serviceContext } from '../app/context.js';
import { createServices } from '../app/services.js';
import { appErrorOfAsync } from '../testing/app-error-of.js';
import { buildCaseInput } from '../testing/case-factory.js';
import { medicaidDenialLetter } from '../testing/denial-letters.js';
import { describeOnEachDatabase, steppingClock } from '../testing/test-env.js';
import { listCaseDocuments } from './document-repository.js';

const pdf = (words: string) => Buffer.from(`%PDF-1.4\n% ${words}\n%%EOF\n`);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0xff, 0xfe, 0, 1, 2, 3]);
const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(64, 0)]);

describeOnEachDatabase('evidence vault service', (env) => {
  const open = async () => {
    const { services, newActor } = env();
    const actor = newActor();
    const c = await services.cases.create(actor, buildCaseInput());
    return { services, actor, c };
  };

  it('keeps a file typed and dated, with its media type told by its bytes', async () => {
    const { services, actor, c } = await open();
    const entry = await services.documents.add(
      actor,
      c.id,
      { bytes: png, name: 'letter.pdf' },
      { type: 'referral', title: 'Dr. Lee’s referral', date: '2026-09-01' },
    );
    expect(entry.document).toMatchObject({
      docType: 'referral',
      title: 'Dr. Lee’s referral',
      documentDate: '2026-09-01',
      mediaType: 'image/png',
      originalName: 'letter.pdf',
      sizeBytes: png.length,
    });
    const events = await services.timeline.read(actor, c.id, { limit: 100 });
    expect(events.events.map((e) => e.data.type)).toContain('document-added');
  });

  it('refuses a zip or a program named .pdf, an empty file and one over the limit', async () => {
    const { actor, c } = await open();
    const small = createServices(serviceContext(env().ctx.db, { clock: steppingClock() }), {
      maxUploadBytes: 1024,
    });
    for (const bytes of [zip, exe]) {
      const error = await appErrorOfAsync(
        small.documents.add(actor, c.id, { bytes, name: 'letter.pdf' }, {}),
      );
      expect(error.code).toBe('unsupported-file');
      expect(error.message).toMatch(/PDF.*PNG or JPEG.*text/);
    }
    const empty = await appErrorOfAsync(
      small.documents.add(actor, c.id, { bytes: Buffer.alloc(0), name: 'a.txt' }, {}),
    );
    expect(empty.code).toBe('invalid-input');
    const big = await appErrorOfAsync(
      small.documents.add(actor, c.id, { bytes: pdf('x'.repeat(2000)), name: 'a.pdf' }, {}),
    );
    expect(big.code).toBe('payload-too-large');
    expect(big.message).toMatch(/limit is 0\.000977 MB/);
    expect(await small.documents.list(actor, c.id)).toEqual([]);
  });

  it('keeps both versions when a file replaces another, and lists the newest with its count', async () => {
    const { services, actor, c } = await open();
    const v1 = await services.documents.add(
      actor,
      c.id,
      { bytes: pdf('first'), name: 'lmn.pdf' },
      { type: 'medical-necessity-letter', title: 'Doctor letter' },
    );
    const v2 = await services.documents.add(
      actor,
      c.id,
      { bytes: pdf('second'), name: 'lmn-2.pdf' },
      { replaces: v1.document.id },
    );
    // A new version is filed as the one it replaces.
    expect(v2.document).toMatchObject({
      docType: 'medical-necessity-letter',
      title: 'Doctor letter',
      replacesId: v1.document.id,
    });
    expect(v2).toMatchObject({ version: 2, versionCount: 2 });
    const listed = await services.documents.list(actor, c.id);
    expect(listed.map((e) => e.document.id)).toEqual([v2.document.id]);
    const history = await services.documents.history(actor, c.id, v2.document.id);
    expect(history.map((e) => e.document.sha256)).toHaveLength(2);
    expect(history[0]!.document.sha256).not.toBe(history[1]!.document.sha256);
    // An older version cannot be replaced: that would fork the document.
    const fork = await appErrorOfAsync(
      services.documents.add(
        actor,
        c.id,
        { bytes: pdf('x'), name: 'x.pdf' },
        { replaces: v1.document.id },
      ),
    );
    expect(fork.code).toBe('conflict');
    // A packet encloses only the newest version.
    const enclosed = await listCaseDocuments(env().ctx.db, c.id);
    expect(enclosed.map((e) => e.document.id)).toEqual([v2.document.id]);
  });

  it('lets only one of two uploads that replace the same version land', async () => {
    const { services, actor, c } = await open();
    const first = await services.documents.add(
      actor,
      c.id,
      { bytes: pdf('v1'), name: 'a.pdf' },
      {},
    );
    const both = await Promise.allSettled(
      ['v2', 'v2 again'].map((words) =>
        services.documents.add(
          actor,
          c.id,
          { bytes: pdf(words), name: 'a.pdf' },
          { replaces: first.document.id },
        ),
      ),
    );
    expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = both.find((r) => r.status === 'rejected');
    expect(refused?.status === 'rejected' && refused.reason).toMatchObject({ code: 'conflict' });
    const versions = await services.documents.list(actor, c.id, { allVersions: true });
    expect(versions).toHaveLength(2);
  });

  it('files a document anew without touching its bytes, on the timeline', async () => {
    const { services, actor, c } = await open();
    const added = await services.documents.add(actor, c.id, { bytes: pdf('a'), name: 'a.pdf' }, {});
    expect(added.document.docType).toBe('other');
    const changed = await services.documents.change(actor, c.id, added.document.id, {
      type: 'eob',
      date: '2026-10-02',
    });
    expect(changed.document).toMatchObject({
      docType: 'eob',
      documentDate: '2026-10-02',
      sha256: added.document.sha256,
    });
    const { events } = await services.timeline.read(actor, c.id, { limit: 100 });
    const last = events.at(-1)!.data;
    expect(last).toMatchObject({ type: 'document-changed', changed: ['type', 'date'] });
  });

  it('deletes softly with all versions, and restores them together', async () => {
    const { services, actor, c } = await open();
    const v1 = await services.documents.add(actor, c.id, { bytes: pdf('1'), name: 'a.pdf' }, {});
    const v2 = await services.documents.add(
      actor,
      c.id,
      { bytes: pdf('2'), name: 'b.pdf' },
      { replaces: v1.document.id },
    );
    const deleted = await services.documents.remove(actor, v2.document.id);
    expect(deleted).toHaveLength(2);
    expect(await services.documents.list(actor, c.id)).toEqual([]);
    expect(await listCaseDocuments(env().ctx.db, c.id)).toEqual([]);
    const shown = await services.documents.list(actor, c.id, { deleted: true });
    expect(shown.map((e) => e.document.id)).toEqual([v2.document.id]);
    expect(shown[0]!.document.deletedAt).not.toBeNull();
    const gone = await appErrorOfAsync(services.documents.file(actor, c.id, v2.document.id));
    expect(gone.code).toBe('not-found');

    const restored = await services.documents.restore(actor, v2.document.id);
    expect(restored.map((e) => e.document.deletedAt)).toEqual([null, null]);
    expect((await services.documents.list(actor, c.id)).map((e) => e.version)).toEqual([2]);
    const again = await appErrorOfAsync(services.documents.restore(actor, v2.document.id));
    expect(again.code).toBe('conflict');
    const { events } = await services.timeline.read(actor, c.id, { limit: 100 });
    expect(events.map((e) => e.data.type)).toEqual(
      expect.arrayContaining(['document-deleted', 'document-restored']),
    );
  });

  it('files a letter read at intake as the denial letter', async () => {
    const { services, newActor } = env();
    const actor = newActor();
    const opened = await services.intake.open(
      actor,
      Buffer.from(medicaidDenialLetter),
      'denial.txt',
      {},
    );
    const [entry] = await services.documents.list(actor, opened.case.id);
    expect(entry?.document).toMatchObject({ docType: 'denial-letter', originalName: 'denial.txt' });
  });

  it('hides another person’s documents as not found', async () => {
    const { services, actor, c } = await open();
    const added = await services.documents.add(actor, c.id, { bytes: pdf('a'), name: 'a.pdf' }, {});
    const stranger = env().newActor('Stranger');
    const error = await appErrorOfAsync(services.documents.remove(stranger, added.document.id));
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('document');
  });
});
