import type { TRPCRouterRecord } from "@trpc/server";
import { decideRequest } from "../../services/approvals/decide-request.ts";
import { getApprovalRequest } from "../../services/approvals/get-approval-request.ts";
import {
  countApprovalQueueForBadge,
  listApprovalQueue,
} from "../../services/approvals/list-approval-queue.ts";
import { approverProcedure } from "../../trpc.ts";
import { ZApprovalQueueInput, ZApprovalRequestInput, ZDecideInput } from "./approvals.schema.ts";

export const approvalsRouter = {
  queue: approverProcedure
    .input(ZApprovalQueueInput)
    .query(({ ctx, input }) => listApprovalQueue(ctx.db, ctx.user, input)),
  count: approverProcedure.query(({ ctx }) => countApprovalQueueForBadge(ctx.db, ctx.user)),
  get: approverProcedure
    .input(ZApprovalRequestInput)
    .query(({ ctx, input }) => getApprovalRequest(ctx.db, ctx.user, input)),
  decide: approverProcedure
    .input(ZDecideInput)
    .mutation(({ ctx, input }) => decideRequest(ctx.db, ctx.user, input, ctx.signer)),
} satisfies TRPCRouterRecord;
