import type { TDb } from "@stackvend/db";
import { tagOptionSelect } from "./tag-option-select.ts";

export async function listTagOptions(
  db: TDb,
  { key, includeInactive }: { key?: string; includeInactive: boolean },
) {
  const items = await db.tagOption.findMany({
    where: { ...(key ? { key } : {}), ...(includeInactive ? {} : { active: true }) },
    orderBy: [{ key: "asc" }, { value: "asc" }],
    select: tagOptionSelect,
  });
  return { items };
}
