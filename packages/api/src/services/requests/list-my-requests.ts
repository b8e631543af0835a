import { currentRoundDecisions } from "../approvals/load-approval-state.ts";
import type { TDb } from "@stackvend/db";
import type { TCaller } from "../shared/caller.ts";
import { requestListSelect } from "./request-list-select.ts";
import { waitingOnFor } from "./waiting-on.ts";

/** The caller's requests, newest first, in cursor pages; a cursor that is not the caller's gives an empty page. */
export async function listMyRequests(
  db: TDb,
  caller: TCaller,
  { limit, cursor }: { limit: number; cursor?: string },
) {
  const found = await db.request.findMany({
    where: { requesterId: caller.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor, requesterId: caller.id }, skip: 1 } : {}),
    select: {
      ...requestListSelect,
      stage: true,
      version: true,
      requesterId: true,
      policySnapshot: true,
      approvals: currentRoundDecisions,
    },
  });
  const rows = found.slice(0, limit);
  const waiting = await waitingOnFor(db, rows);
  const items = rows.map(({ stage: _s, requesterId: _r, policySnapshot: _p, approvals: _a, ...item }, i) => ({
    ...item,
    waitingOn: waiting[i] ?? null,
  }));
  return { items, nextCursor: found.length > limit ? (rows.at(-1)?.id ?? null) : null };
}
