import type { TRPCRouterRecord } from "@trpc/server";
import { listApprovalQueue } from "../../services/approvals/list-approval-queue.ts";
import { approverProcedure } from "../../trpc.ts";
import { ZApprovalQueueInput } from "./approvals.schema.ts";

export const approvalsRouter = {
  queue: approverProcedure
    .input(ZApprovalQueueInput)
    .query(({ ctx, input }) => listApprovalQueue(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
