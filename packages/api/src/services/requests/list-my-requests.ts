import type { TDb } from "@stackvend/db";
import type { TCaller } from "../shared/caller.ts";
import { requestListSelect } from "./request-list-select.ts";
import { waitingOnFor } from "./waiting-on.ts";

export async function listMyRequests(db: TDb, caller: TCaller, { limit }: { limit: number }) {
  const rows = await db.request.findMany({
    where: { requesterId: caller.id },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { ...requestListSelect, portfolioId: true, productId: true, stage: true, version: true },
  });
  const waiting = await waitingOnFor(db, rows);
  const items = rows.map(({ portfolioId: _p, productId: _q, stage: _s, ...item }, i) => ({
    ...item,
    waitingOn: waiting[i] ?? null,
  }));
  return { items };
}
