import type { StoredDocument } from './document.js';

/**
 * Versions of a document, worked out from the `replacesId` links: a new version names the one it
 * replaces, both are kept, and the list shows the newest live one with how many there are.
 * Deleting the newest version of a chain shows the one before it again.
 */
export interface DocumentEntry {
  readonly document: StoredDocument;
  /** 1 for the first version of the chain, counting deleted versions too, so numbers never move. */
  readonly version: number;
  /** Live versions in the chain (all versions when the whole chain is deleted). */
  readonly versionCount: number;
  /** The id of the chain's first version: the same for every version of one document. */
  readonly chainId: string;
  /** The version the list shows for the chain. */
  readonly latest: boolean;
}

export interface EntryOptions {
  /** Every version, not only the newest of each chain. */
  readonly allVersions?: boolean;
  /** Deleted documents too (each marked by its `deletedAt`). */
  readonly deleted?: boolean;
}

const byAge = (a: StoredDocument, b: StoredDocument) =>
  a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt.localeCompare(b.createdAt);

/** The first version of the chain a document belongs to (links to unknown ids end the chain). */
function rootOf(document: StoredDocument, byId: ReadonlyMap<string, StoredDocument>): string {
  const seen = new Set<string>();
  let current = document;
  while (current.replacesId !== null && !seen.has(current.id)) {
    seen.add(current.id);
    const earlier = byId.get(current.replacesId);
    if (!earlier) break;
    current = earlier;
  }
  return current.id;
}

/** A case's documents (live and deleted) → the entries a list shows, oldest first. */
export function documentEntries(
  documents: readonly StoredDocument[],
  { allVersions = false, deleted = false }: EntryOptions = {},
): DocumentEntry[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const chains = new Map<string, StoredDocument[]>();
  for (const document of [...documents].sort(byAge)) {
    const root = rootOf(document, byId);
    chains.set(root, [...(chains.get(root) ?? []), document]);
  }
  const entries: DocumentEntry[] = [];
  for (const [chainId, chain] of chains) {
    const live = chain.filter((d) => d.deletedAt === null);
    const shown = live.length > 0 ? live : chain;
    const newest = shown[shown.length - 1];
    chain.forEach((document, index) => {
      const entry = {
        document,
        version: index + 1,
        versionCount: shown.length,
        chainId,
        latest: document === newest,
      };
      const visible = deleted || document.deletedAt === null;
      if (visible && (allVersions || entry.latest)) entries.push(entry);
    });
  }
  return entries.sort((a, b) => byAge(a.document, b.document));
}

/** The newest live version of each document: what a packet encloses and the checklist counts. */
export const currentDocuments = (documents: readonly StoredDocument[]): StoredDocument[] =>
  documentEntries(documents)
    .map((entry) => entry.document)
    .filter((document) => document.deletedAt === null);

/** Every version of the chain a document belongs to, oldest first (deleted ones included). */
export function chainOf(
  documents: readonly StoredDocument[],
  documentId: string,
): StoredDocument[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const target = byId.get(documentId);
  if (!target) return [];
  const root = rootOf(target, byId);
  return documents.filter((d) => rootOf(d, byId) === root).sort(byAge);
}
