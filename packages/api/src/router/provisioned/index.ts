import type { TRPCRouterRecord } from "@trpc/server";
import { getMyProvisioned, listMyProvisioned } from "../../services/provisioned/list-provisioned.ts";
import { requestTermination, startUpdate } from "../../services/provisioned/start-change.ts";
import { bulkCreateUpdateDrafts, listProvisionedForAdmin } from "../../services/provisioned/bulk-upgrade.ts";
import { adminProcedure, requesterProcedure } from "../../trpc.ts";
import {
  ZAdminProvisionedInput,
  ZBulkUpgradeInput,
  ZGetProvisionedInput,
  ZListProvisionedInput,
  ZStartUpdateInput,
  ZTerminateInput,
} from "./provisioned.schema.ts";

/** The requester's provisioned products ("My products") and the changes they start. */
export const provisionedRouter = {
  listMine: requesterProcedure
    .input(ZListProvisionedInput)
    .query(({ ctx, input }) => listMyProvisioned(ctx.db, ctx.user, input)),
  get: requesterProcedure
    .input(ZGetProvisionedInput)
    .query(({ ctx, input }) => getMyProvisioned(ctx.db, ctx.user, input)),
  /** Creates an UPDATE draft to edit in the order form. */
  startUpdate: requesterProcedure
    .input(ZStartUpdateInput)
    .mutation(({ ctx, input }) => startUpdate(ctx.db, ctx.user, input)),
  /** Creates and submits a TERMINATE request. */
  terminate: requesterProcedure
    .input(ZTerminateInput)
    .mutation(({ ctx, input }) => requestTermination(ctx.db, ctx.user, input, ctx.signer)),
  /** Catalog admins: one product's provisioned products by version, deprecated and outdated ones flagged. */
  adminList: adminProcedure
    .input(ZAdminProvisionedInput)
    .query(({ ctx, input }) => listProvisionedForAdmin(ctx.db, input)),
  /** Catalog admins: UPDATE drafts to a chosen version for the selected products, on their owners' behalf. */
  bulkUpdate: adminProcedure
    .input(ZBulkUpgradeInput)
    .mutation(({ ctx, input }) => bulkCreateUpdateDrafts(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
