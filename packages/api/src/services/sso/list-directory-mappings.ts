import type { TDb } from "@stackvend/db";

/** Directory group → the Stackvend groups it grants, grouped by directory group name. */
export async function listDirectoryMappings(db: TDb) {
  const rows = await db.directoryGroupMapping.findMany({
    orderBy: [{ directoryGroup: "asc" }, { group: { name: "asc" } }],
    select: { directoryGroup: true, group: { select: { id: true, name: true, roles: true } } },
  });
  const byName = new Map<string, (typeof rows)[number]["group"][]>();
  for (const row of rows) {
    const groups = byName.get(row.directoryGroup) ?? [];
    groups.push(row.group);
    byName.set(row.directoryGroup, groups);
  }
  return { items: [...byName].map(([directoryGroup, groups]) => ({ directoryGroup, groups })) };
}
