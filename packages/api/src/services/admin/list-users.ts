import type { Prisma, TDb } from "@stackvend/db";
import { containsText } from "../shared/text-match.ts";

export const adminUserSelect = {
  id: true,
  email: true,
  name: true,
  disabledAt: true,
  createdAt: true,
  memberships: { select: { source: true, group: { select: { id: true, name: true, roles: true } } } },
} satisfies Prisma.UserSelect;

export async function listUsers(
  db: TDb,
  { query, cursor, limit }: { query?: string; cursor?: string; limit: number },
) {
  const where: Prisma.UserWhereInput = query
    ? {
        OR: [{ email: containsText(query) }, { name: containsText(query) }],
      }
    : {};
  const rows = await db.user.findMany({
    where,
    select: adminUserSelect,
    orderBy: [{ email: "asc" }, { id: "asc" }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  const nextCursor = rows.length > limit ? rows[limit - 1]?.id : undefined;
  return { items: rows.slice(0, limit), nextCursor };
}
