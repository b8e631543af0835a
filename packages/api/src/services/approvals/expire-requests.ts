import type { TDb } from "@stackvend/db";
import { AppError } from "../../errors/app-error.ts";
import { recordAuditEvent, SYSTEM_ACTOR } from "../audit/record-audit-event.ts";
import { notifyRequestEvent } from "../notifications/notify-request-event.ts";
import { transitionRequest } from "../requests/transition-request.ts";

/**
 * Closes submitted requests undecided past their policy's expiry as EXPIRED,
 * each by one guarded update with its audit event, so two instances sweeping
 * at once expire each request once. Returns how many it closed.
 */
export async function expireOverdueRequests(db: TDb, now = new Date(), batch = 100): Promise<number> {
  const due = await db.request.findMany({
    where: { status: "SUBMITTED", expiresAt: { lte: now } },
    orderBy: { expiresAt: "asc" },
    take: batch,
    select: { id: true, version: true, expiresAt: true, round: true, stage: true },
  });
  let expired = 0;
  for (const request of due) {
    await db.$transaction(async (tx) => {
      try {
        await transitionRequest(tx, {
          id: request.id,
          scope: {},
          from: ["SUBMITTED"],
          expectedVersion: request.version,
          wrongState: (status) => `A ${status.toLowerCase()} request does not expire`,
          data: { status: "EXPIRED", decidedAt: now, stageGroupId: null, remindAt: null },
        });
      } catch (error) {
        // Decided, cancelled or expired by another instance meanwhile: nothing to do.
        if (error instanceof AppError) return;
        throw error;
      }
      expired += 1;
      await notifyRequestEvent(tx, { requestId: request.id, type: "request.expired", now });
      await recordAuditEvent(tx, {
        actor: SYSTEM_ACTOR,
        action: "request.expire",
        objectType: "Request",
        objectId: request.id,
        data: { round: request.round, stage: request.stage, expiresAt: request.expiresAt },
      });
    });
  }
  return expired;
}
