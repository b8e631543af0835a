import { z } from "zod";
import { visibleText } from "../shared.schema.ts";
import { ZNotificationEventType } from "../notifications/notifications.schema.ts";

const ZId = z.string().min(1).max(64);

const ZWebhookFields = z.object({
  name: visibleText(z.string().trim().min(1, "Name is required").max(100)),
  url: z.string().trim().min(1, "URL is required").max(2000),
  format: z.enum(["JSON", "SLACK"]).default("JSON"),
  /** Empty: every event. */
  events: z.array(ZNotificationEventType).max(20).default([]),
  enabled: z.boolean().default(true),
});

export const ZCreateWebhookInput = ZWebhookFields;
export const ZUpdateWebhookInput = ZWebhookFields.partial().extend({ id: ZId });
export const ZWebhookIdInput = z.object({ id: ZId });

export const ZListDeliveriesInput = z.object({
  channel: z.enum(["email", "webhook"]).optional(),
  status: z.enum(["PENDING", "RUNNING", "SUCCEEDED", "FAILED"]).optional(),
  endpointId: ZId.optional(),
  requestId: ZId.optional(),
  eventType: ZNotificationEventType.optional(),
  cursor: z.string().regex(/^\d+$/, "must be a delivery id").max(20).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const ZDeliveryIdInput = z.object({ id: z.string().regex(/^\d+$/, "must be a delivery id").max(20) });

export const ZSendTestEmailInput = z.object({
  to: z.email("must be an email address").max(254),
  locale: z.enum(["en", "ko"]).default("en"),
});
