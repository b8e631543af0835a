import type { TRPCRouterRecord } from "@trpc/server";
import { listAuditEvents } from "../../services/admin/list-audit-events.ts";
import { listUsers } from "../../services/admin/list-users.ts";
import { verifyAuditChain } from "../../services/audit/verify-audit-chain.ts";
import { adminProcedure } from "../../trpc.ts";
import { ZListAuditEventsInput, ZListUsersInput } from "./admin.schema.ts";
import { adminNotificationsRouter, adminWebhooksRouter } from "./notifications.ts";

export const adminRouter = {
  listUsers: adminProcedure.input(ZListUsersInput).query(({ ctx, input }) => listUsers(ctx.db, input)),
  listAuditEvents: adminProcedure
    .input(ZListAuditEventsInput)
    .query(({ ctx, input }) => listAuditEvents(ctx.db, input)),
  /** Recomputes the whole hash chain: how many events check out, and the first broken link. */
  verifyAuditChain: adminProcedure.query(({ ctx }) => verifyAuditChain(ctx.db)),
  webhooks: adminWebhooksRouter,
  notifications: adminNotificationsRouter,
} satisfies TRPCRouterRecord;
