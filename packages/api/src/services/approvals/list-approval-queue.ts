import type { TDb } from "@stackvend/db";
import { requestListSelect } from "../requests/request-list-select.ts";
import type { TCaller } from "../shared/caller.ts";

/** Submitted requests, oldest first; an approver never sees their own requests here. */
export async function listApprovalQueue(db: TDb, caller: TCaller, { limit }: { limit: number }) {
  const items = await db.request.findMany({
    where: { status: "SUBMITTED", requesterId: { not: caller.id } },
    orderBy: { submittedAt: "asc" },
    take: limit,
    select: { ...requestListSelect, requester: { select: { name: true, email: true } } },
  });
  return { items };
}
