import { z } from "zod";
import { NOTIFICATION_EVENT_TYPES } from "../../services/notifications/events.ts";

export const ZNotificationEventType = z.enum(NOTIFICATION_EVENT_TYPES);

export const ZListNotificationsInput = z.object({
  unreadOnly: z.boolean().default(false),
  cursor: z.string().max(64).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});

export const ZMarkNotificationsReadInput = z.object({
  ids: z.array(z.string().min(1).max(64)).min(1).max(100),
});

export const ZSetNotificationPreferencesInput = z.object({
  email: z
    .array(z.object({ type: ZNotificationEventType, enabled: z.boolean() }))
    .min(1)
    .max(NOTIFICATION_EVENT_TYPES.length),
});
