import { expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { buildCaseInput } from '../testing/case-factory.js';
import { describeOnEachDatabase } from '../testing/test-env.js';
import { findDocument, insertDocument, sha256Hex } from './document-repository.js';

describeOnEachDatabase('documents table', (env) => {
  it('keeps every byte of a file with its SHA-256, size and media type', async () => {
    const { services, database, newActor } = env();
    const c = await services.cases.create(newActor(), buildCaseInput());
    const bytes = new Uint8Array([0, 255, 37, 80, 68, 70, ...randomBytes(4096)]);
    const stored = await insertDocument(
      database.db,
      {
        id: `doc-${c.id}`,
        caseId: c.id,
        mediaType: 'application/pdf',
        originalName: 'Denial letter – Muñoz.pdf',
        createdAt: '2026-11-27T12:00:00.000Z',
        createdBy: 'local-owner',
      },
      bytes,
    );
    expect(stored).toMatchObject({ sha256: sha256Hex(bytes), sizeBytes: bytes.byteLength });
    const read = await findDocument(database.db, stored.id);
    expect(read?.document).toEqual(stored);
    expect(Buffer.from(read!.content).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses a document for a case that does not exist (foreign keys are on)', async () => {
    const { database } = env();
    await expect(
      insertDocument(
        database.db,
        {
          id: 'orphan',
          caseId: 'no-such-case',
          mediaType: 'text/plain',
          originalName: null,
          createdAt: '2026-11-27T12:00:00.000Z',
          createdBy: 'local-owner',
        },
        new Uint8Array([1]),
      ),
    ).rejects.toThrow();
    expect(await findDocument(database.db, 'orphan')).toBeNull();
  });
});
