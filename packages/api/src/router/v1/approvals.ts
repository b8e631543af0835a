import type { TRPCRouterRecord } from "@trpc/server";
import { decideRequest } from "../../services/approvals/decide-request.ts";
import { listApprovalQueue } from "../../services/approvals/list-approval-queue.ts";
import { approverProcedure } from "../../trpc.ts";
import { ZDecideInput } from "../approvals/approvals.schema.ts";
import { apiErrors, BODY_ERRORS, ZApiApprovalQueue, ZApiApprovalsQuery, ZApiDecision } from "./v1.schema.ts";

const tags = ["approvals"];

/** The requests waiting on the token's owner, and their decisions (named by the digest decided on). */
export const approvalsV1 = {
  list: approverProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/approvals",
        protect: true,
        tags,
        summary: "Requests waiting on your decision, oldest first",
        errorResponses: apiErrors(),
      },
    })
    .input(ZApiApprovalsQuery)
    .output(ZApiApprovalQueue)
    .query(({ ctx, input }) => listApprovalQueue(ctx.db, ctx.user, input)),
  decide: approverProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/approvals/{id}/decision",
        protect: true,
        tags,
        summary: "Approve, reject or request changes; digest is the rendered template's sha256 you reviewed",
        errorResponses: apiErrors("NOT_FOUND", "STALE", "INVALID_TRANSITION", ...BODY_ERRORS),
      },
    })
    .input(ZDecideInput)
    .output(ZApiDecision)
    .mutation(({ ctx, input }) => decideRequest(ctx.db, ctx.user, input, ctx.signer)),
} satisfies TRPCRouterRecord;
