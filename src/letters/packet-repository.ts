import { sha256Hex } from '../documents/document-repository.js';
import type { Db, PacketRow } from '../storage/schema.js';
import type { ExhibitEntry, Packet } from './packet.js';

const toPacket = (row: Omit<PacketRow, 'content'>): Packet => ({
  id: row.id,
  caseId: row.case_id,
  letterId: row.letter_id,
  pages: Number(row.pages),
  exhibits: JSON.parse(row.exhibits) as ExhibitEntry[],
  sha256: row.sha256,
  createdAt: row.created_at,
  createdBy: row.created_by,
});

export async function insertPacket(
  db: Db,
  packet: Omit<Packet, 'sha256'>,
  content: Uint8Array,
): Promise<Packet> {
  const row = {
    id: packet.id,
    case_id: packet.caseId,
    letter_id: packet.letterId,
    pages: packet.pages,
    exhibits: JSON.stringify(packet.exhibits),
    sha256: sha256Hex(content),
    content,
    created_at: packet.createdAt,
    created_by: packet.createdBy,
  };
  await db.insertInto('packets').values(row).execute();
  return toPacket(row);
}

export async function findPacket(
  db: Db,
  caseId: string,
  id: string,
): Promise<{ packet: Packet; content: Uint8Array } | null> {
  const row = await db
    .selectFrom('packets')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { packet: toPacket(row), content: new Uint8Array(row.content) } : null;
}
