import type { TDb } from "@stackvend/db";
import { AppError, notFound } from "../../errors/app-error.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";
import { requestDetailSelect, toRequestDetail } from "./get-request.ts";

/** Before the final decision, the requester may withdraw. */
const CANCELLABLE = ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED"] as const;

/** One guarded update on (id, owner, status, version); a lost race is STALE, a wrong state INVALID_TRANSITION. */
export async function cancelRequest(
  db: TDb,
  caller: TCaller,
  { id, expectedVersion }: { id: string; expectedVersion: number },
) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.request.updateMany({
      where: { id, requesterId: caller.id, status: { in: [...CANCELLABLE] }, version: expectedVersion },
      data: {
        status: "CANCELLED",
        version: { increment: 1 },
        cancelledAt: new Date(),
        stageGroupId: null,
        remindAt: null,
      },
    });
    if (count === 0) {
      const current = await tx.request.findFirst({
        where: { id, requesterId: caller.id },
        select: { status: true, version: true },
      });
      if (!current) throw notFound("Request");
      if (current.version !== expectedVersion)
        throw new AppError("STALE", "The request changed since you loaded it; reload and try again");
      throw new AppError(
        "INVALID_TRANSITION",
        `A ${current.status.toLowerCase()} request cannot be cancelled`,
      );
    }
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "request.cancel",
      objectType: "Request",
      objectId: id,
      data: { expectedVersion },
    });
    const row = await tx.request.findUniqueOrThrow({ where: { id }, select: requestDetailSelect });
    return toRequestDetail(tx, row);
  });
}
