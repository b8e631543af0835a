import type { Prisma, TDb } from "@stackvend/db";

const groupSelect = {
  id: true,
  name: true,
  description: true,
  roles: true,
  _count: { select: { members: true } },
} satisfies Prisma.GroupSelect;

/** For the access-grant picker: every group with how many people a grant would reach. */
export async function listGroups(db: TDb) {
  const rows = await db.group.findMany({ orderBy: { name: "asc" }, select: groupSelect });
  return { items: rows.map(({ _count, ...g }) => ({ ...g, memberCount: _count.members })) };
}
