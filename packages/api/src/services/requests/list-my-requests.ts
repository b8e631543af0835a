import type { TDb } from "@stackvend/db";
import type { TCaller } from "../me/resolve-caller.ts";
import { requestListSelect } from "./request-list-select.ts";

export async function listMyRequests(db: TDb, caller: TCaller, { limit }: { limit: number }) {
  const items = await db.request.findMany({
    where: { requesterId: caller.id },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: requestListSelect,
  });
  return { items };
}
