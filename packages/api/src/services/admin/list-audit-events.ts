import type { TDb } from "@stackvend/db";

/** Newest first; ids are bigint in the database and strings at the edge. */
export async function listAuditEvents(db: TDb, { cursor, limit }: { cursor?: string; limit: number }) {
  const rows = await db.auditEvent.findMany({
    where: cursor ? { id: { lt: BigInt(cursor) } } : {},
    orderBy: { id: "desc" },
    take: limit + 1,
    select: {
      id: true,
      actorLabel: true,
      action: true,
      objectType: true,
      objectId: true,
      data: true,
      createdAt: true,
    },
  });
  const items = rows.slice(0, limit).map((r) => ({ ...r, id: r.id.toString() }));
  return { items, nextCursor: rows.length > limit ? items[items.length - 1]?.id : undefined };
}
