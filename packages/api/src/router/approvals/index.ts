import type { TRPCRouterRecord } from "@trpc/server";
import { listApprovalQueue } from "../../services/approvals/list-approval-queue.ts";
import { approverProcedure } from "../../trpc.ts";
import { ZListInput } from "../requests/index.ts";

export const approvalsRouter = {
  queue: approverProcedure
    .input(ZListInput)
    .query(({ ctx, input }) => listApprovalQueue(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
