import type { TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";
import { NOTIFICATION_EVENT_TYPES, type TNotificationEventType } from "./events.ts";
import type { TNotificationSettings } from "./settings.ts";

const notificationSelect = {
  id: true,
  type: true,
  requestId: true,
  data: true,
  readAt: true,
  createdAt: true,
} as const;

/** The caller's own notifications, newest first, in cursor pages. */
export async function listNotifications(
  db: TDb,
  caller: TCaller,
  input: { unreadOnly: boolean; cursor?: string; limit: number },
) {
  const rows = await db.notification.findMany({
    where: { userId: caller.id, ...(input.unreadOnly ? { readAt: null } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor, userId: caller.id }, skip: 1 } : {}),
    select: notificationSelect,
  });
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}

export async function countUnreadNotifications(db: TDb, caller: TCaller) {
  return { count: await db.notification.count({ where: { userId: caller.id, readAt: null } }) };
}

/** Marks the caller's notifications read; someone else's id is NOT_FOUND. */
export async function markNotificationsRead(db: TDb, caller: TCaller, ids: string[]) {
  const mine = await db.notification.count({ where: { id: { in: ids }, userId: caller.id } });
  if (mine !== new Set(ids).size) throw notFound("Notification");
  const { count } = await db.notification.updateMany({
    where: { id: { in: ids }, userId: caller.id, readAt: null },
    data: { readAt: new Date() },
  });
  return { updated: count };
}

export async function markAllNotificationsRead(db: TDb, caller: TCaller) {
  const { count } = await db.notification.updateMany({
    where: { userId: caller.id, readAt: null },
    data: { readAt: new Date() },
  });
  return { updated: count };
}

/**
 * Every kind of event with whether the caller gets email for it, and whether
 * this installation sends email at all (so the page can say why none arrives).
 */
export async function getNotificationPreferences(db: TDb, caller: TCaller, settings: TNotificationSettings) {
  const row = await db.notificationPreference.findUnique({ where: { userId: caller.id } });
  const off = new Set(row?.emailOff ?? []);
  return {
    emailConfigured: settings.mail !== null,
    email: NOTIFICATION_EVENT_TYPES.map((type) => ({ type, enabled: !off.has(type) })),
  };
}

/** Changes the listed kinds only; the others keep their setting. */
export async function setNotificationPreferences(
  db: TDb,
  caller: TCaller,
  settings: TNotificationSettings,
  input: { email: { type: TNotificationEventType; enabled: boolean }[] },
) {
  const row = await db.notificationPreference.findUnique({ where: { userId: caller.id } });
  const off = new Set(row?.emailOff ?? []);
  for (const { type, enabled } of input.email) {
    if (enabled) off.delete(type);
    else off.add(type);
  }
  const emailOff = NOTIFICATION_EVENT_TYPES.filter((t) => off.has(t));
  await db.$transaction(async (tx) => {
    await tx.notificationPreference.upsert({
      where: { userId: caller.id },
      create: { userId: caller.id, emailOff },
      update: { emailOff },
    });
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "notification.preferences.update",
      objectType: "User",
      objectId: caller.id,
      data: { emailOff },
    });
  });
  return getNotificationPreferences(db, caller, settings);
}
