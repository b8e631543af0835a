import type { TDb } from "@stackvend/db";
import { notifyRequestEvent } from "./notify-request-event.ts";

/**
 * Reminds the current stage's deciders of requests waiting past `remindAt`,
 * once per stage: clearing remindAt is a guarded update on its old value, so
 * two instances sweeping at once remind once. Entering the next stage sets a
 * new remindAt. Returns how many reminders it enqueued.
 */
export async function sendDueReminders(db: TDb, now = new Date(), batch = 100): Promise<number> {
  const due = await db.request.findMany({
    where: { status: "SUBMITTED", remindAt: { lte: now } },
    orderBy: { remindAt: "asc" },
    take: batch,
    select: { id: true, remindAt: true, stage: true },
  });
  let sent = 0;
  for (const request of due) {
    await db.$transaction(async (tx) => {
      const { count } = await tx.request.updateMany({
        where: { id: request.id, status: "SUBMITTED", stage: request.stage, remindAt: request.remindAt },
        data: { remindAt: null },
      });
      if (count === 0) return;
      await notifyRequestEvent(tx, { requestId: request.id, type: "request.reminder", now });
      sent += 1;
    });
  }
  return sent;
}
