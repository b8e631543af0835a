import type { TRPCRouterRecord } from "@trpc/server";
import {
  emailStatus,
  listDeliveries,
  redeliver,
  sendTestEmail,
} from "../../services/notifications/manage-deliveries.ts";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  listWebhookEndpoints,
  testWebhookEndpoint,
  updateWebhookEndpoint,
} from "../../services/notifications/manage-webhooks.ts";
import { adminProcedure } from "../../trpc.ts";
import {
  ZCreateWebhookInput,
  ZDeliveryIdInput,
  ZListDeliveriesInput,
  ZSendTestEmailInput,
  ZUpdateWebhookInput,
  ZWebhookIdInput,
} from "./notifications.schema.ts";

/** Webhook endpoints; the secret is in `create`'s answer only. */
export const adminWebhooksRouter = {
  list: adminProcedure.query(({ ctx }) => listWebhookEndpoints(ctx.db)),
  create: adminProcedure
    .input(ZCreateWebhookInput)
    .mutation(({ ctx, input }) => createWebhookEndpoint(ctx.db, ctx.user, ctx.notifications, input)),
  update: adminProcedure
    .input(ZUpdateWebhookInput)
    .mutation(({ ctx, input }) => updateWebhookEndpoint(ctx.db, ctx.user, ctx.notifications, input)),
  delete: adminProcedure
    .input(ZWebhookIdInput)
    .mutation(({ ctx, input }) => deleteWebhookEndpoint(ctx.db, ctx.user, input.id)),
  testSend: adminProcedure
    .input(ZWebhookIdInput)
    .mutation(({ ctx, input }) => testWebhookEndpoint(ctx.db, ctx.user, ctx.notifications, input.id)),
} satisfies TRPCRouterRecord;

/** Email and webhook deliveries and the email set-up. */
export const adminNotificationsRouter = {
  listDeliveries: adminProcedure
    .input(ZListDeliveriesInput)
    .query(({ ctx, input }) => listDeliveries(ctx.db, input)),
  redeliver: adminProcedure
    .input(ZDeliveryIdInput)
    .mutation(({ ctx, input }) => redeliver(ctx.db, ctx.user, input.id)),
  emailStatus: adminProcedure.query(({ ctx }) => emailStatus(ctx.notifications)),
  sendTestEmail: adminProcedure
    .input(ZSendTestEmailInput)
    .mutation(({ ctx, input }) => sendTestEmail(ctx.notifications, input.to, input.locale)),
} satisfies TRPCRouterRecord;
