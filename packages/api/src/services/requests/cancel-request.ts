import type { TDb } from "@stackvend/db";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";
import { requestDetailAfter } from "./get-request.ts";
import { transitionRequest } from "./transition-request.ts";

/** DRAFT, SUBMITTED or CHANGES_REQUESTED → CANCELLED: the requester may withdraw before the final decision. */
export async function cancelRequest(
  db: TDb,
  caller: TCaller,
  { id, expectedVersion }: { id: string; expectedVersion: number },
) {
  await db.$transaction(async (tx) => {
    await transitionRequest(tx, {
      id,
      scope: { requesterId: caller.id },
      from: ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED"],
      expectedVersion,
      wrongState: (status) => `A ${status.toLowerCase()} request cannot be cancelled`,
      data: { status: "CANCELLED", cancelledAt: new Date(), stageGroupId: null, remindAt: null },
    });
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "request.cancel",
      objectType: "Request",
      objectId: id,
      data: { expectedVersion },
    });
  });
  return requestDetailAfter(db, id);
}
