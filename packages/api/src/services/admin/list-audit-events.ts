import type { Prisma, TDb } from "@stackvend/db";
import type { TAuditEventFilter, TListAuditEventsInput } from "../../router/admin/admin.schema.ts";

export const auditEventSelect = {
  id: true,
  sequence: true,
  createdAt: true,
  actorId: true,
  actorLabel: true,
  action: true,
  objectType: true,
  objectId: true,
  ip: true,
  data: true,
  prevHash: true,
  hash: true,
} satisfies Prisma.AuditEventSelect;

const DAY_MS = 86_400_000;
const isDay = (value: string) => value.length === 10;

/** A day bound covers the whole UTC day: `to: 2026-12-01` includes everything on the 1st. */
function createdAtRange(from?: string, to?: string): Prisma.DateTimeFilter | undefined {
  if (!from && !to) return undefined;
  const range: Prisma.DateTimeFilter = {};
  if (from) range.gte = new Date(from);
  if (to && isDay(to)) range.lt = new Date(new Date(to).getTime() + DAY_MS);
  else if (to) range.lte = new Date(to);
  return range;
}

export function auditEventWhere(filter: TAuditEventFilter): Prisma.AuditEventWhereInput {
  const where: Prisma.AuditEventWhereInput = {};
  if (filter.actor) {
    where.OR = [{ actorLabel: { contains: filter.actor, mode: "insensitive" } }, { actorId: filter.actor }];
  }
  if (filter.action) where.action = { startsWith: filter.action };
  if (filter.objectType) where.objectType = filter.objectType;
  if (filter.objectId) where.objectId = filter.objectId;
  const createdAt = createdAtRange(filter.from, filter.to);
  if (createdAt) where.createdAt = createdAt;
  return where;
}

export type TAuditEventItem = Awaited<ReturnType<typeof listAuditEvents>>["items"][number];

/** One page of the filtered log; ids and sequences are bigint in the database and strings at the edge. */
export async function listAuditEvents(db: TDb, input: TListAuditEventsInput) {
  const { cursor, limit, order, ...filter } = input;
  const where = auditEventWhere(filter);
  if (cursor) where.id = order === "asc" ? { gt: BigInt(cursor) } : { lt: BigInt(cursor) };
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: { id: order },
    take: limit + 1,
    select: auditEventSelect,
  });
  const items = rows
    .slice(0, limit)
    .map((r) => ({ ...r, id: r.id.toString(), sequence: r.sequence.toString() }));
  return { items, nextCursor: rows.length > limit ? items[items.length - 1]?.id : undefined };
}
