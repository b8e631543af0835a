import type { Prisma, TDb } from "@stackvend/db";
import { AppError, notFound } from "../../errors/app-error.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";
import { announceJobs } from "./job-queue.ts";
import { createMailer } from "./mailer.ts";
import { renderTestEmail } from "./render-email.ts";
import type { TNotificationSettings } from "./settings.ts";
import { EMAIL_QUEUE, WEBHOOK_QUEUE } from "./worker.ts";

const deliverySelect = {
  id: true,
  queue: true,
  status: true,
  attempts: true,
  maxAttempts: true,
  runAt: true,
  lastError: true,
  responseStatus: true,
  eventId: true,
  eventType: true,
  requestId: true,
  recipientId: true,
  endpointId: true,
  completedAt: true,
  createdAt: true,
  updatedAt: true,
  endpoint: { select: { name: true, url: true } },
} satisfies Prisma.JobSelect;

export interface TDeliveryFilter {
  channel?: "email" | "webhook";
  status?: "PENDING" | "RUNNING" | "SUCCEEDED" | "FAILED";
  endpointId?: string;
  requestId?: string;
  eventType?: string;
  cursor?: string;
  limit: number;
}

/** Email and webhook deliveries, newest first, in cursor pages (the cursor is a delivery id). */
export async function listDeliveries(db: TDb, input: TDeliveryFilter) {
  const rows = await db.job.findMany({
    where: {
      queue: input.channel ?? { in: [EMAIL_QUEUE, WEBHOOK_QUEUE] },
      ...(input.status ? { status: input.status } : {}),
      ...(input.endpointId ? { endpointId: input.endpointId } : {}),
      ...(input.requestId ? { requestId: input.requestId } : {}),
      ...(input.eventType ? { eventType: input.eventType } : {}),
      ...(input.cursor ? { id: { lt: BigInt(input.cursor) } } : {}),
    },
    orderBy: { id: "desc" },
    take: input.limit + 1,
    select: deliverySelect,
  });
  const page = rows.slice(0, input.limit);
  // Email deliveries name their recipient by id only (no relation): one lookup for the page.
  const recipientIds = [...new Set(page.flatMap((row) => (row.recipientId ? [row.recipientId] : [])))];
  const recipients = recipientIds.length
    ? await db.user.findMany({ where: { id: { in: recipientIds } }, select: { id: true, email: true } })
    : [];
  const emailOf = new Map(recipients.map((user) => [user.id, user.email]));
  const items = page.map((row) => ({
    ...row,
    id: row.id.toString(),
    recipientEmail: row.recipientId ? (emailOf.get(row.recipientId) ?? null) : null,
  }));
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}

/** Queues a finished delivery again with a fresh set of attempts. */
export async function redeliver(db: TDb, caller: TCaller, id: string) {
  const jobId = BigInt(id);
  return db.$transaction(async (tx) => {
    const job = await tx.job.findFirst({
      where: { id: jobId, queue: { in: [EMAIL_QUEUE, WEBHOOK_QUEUE] } },
      select: { status: true },
    });
    if (!job) throw notFound("Delivery");
    const { count } = await tx.job.updateMany({
      where: { id: jobId, status: { in: ["SUCCEEDED", "FAILED"] } },
      data: { status: "PENDING", attempts: 0, runAt: new Date(), completedAt: null },
    });
    if (count === 0) throw new AppError("INVALID_TRANSITION", "This delivery is still queued or running");
    await announceJobs(tx);
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "delivery.redeliver",
      objectType: "Job",
      objectId: id,
    });
    return { id, status: "PENDING" as const };
  });
}

export function emailStatus(settings: TNotificationSettings) {
  return { configured: settings.mail !== null, from: settings.mail?.from ?? null };
}

/** Sends a test email now and says what the SMTP server answered. */
export async function sendTestEmail(settings: TNotificationSettings, to: string, locale: "en" | "ko") {
  const send = createMailer(settings);
  if (!send) throw new AppError("INVALID_TRANSITION", "Email is not configured: set SMTP_URL");
  try {
    await send(to, renderTestEmail(locale, settings.baseUrl));
    return { ok: true, error: null };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
