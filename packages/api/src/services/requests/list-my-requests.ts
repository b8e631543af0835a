import { currentRoundDecisions } from "../approvals/load-approval-state.ts";
import type { TDb } from "@stackvend/db";
import type { TCaller } from "../shared/caller.ts";
import { requestListSelect } from "./request-list-select.ts";
import { waitingOnFor } from "./waiting-on.ts";

export async function listMyRequests(db: TDb, caller: TCaller, { limit }: { limit: number }) {
  const rows = await db.request.findMany({
    where: { requesterId: caller.id },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      ...requestListSelect,
      stage: true,
      version: true,
      requesterId: true,
      policySnapshot: true,
      approvals: currentRoundDecisions,
    },
  });
  const waiting = await waitingOnFor(db, rows);
  const items = rows.map(({ stage: _s, requesterId: _r, policySnapshot: _p, approvals: _a, ...item }, i) => ({
    ...item,
    waitingOn: waiting[i] ?? null,
  }));
  return { items };
}
