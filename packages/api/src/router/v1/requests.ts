import type { TRPCRouterRecord } from "@trpc/server";
import { cancelRequest } from "../../services/requests/cancel-request.ts";
import { getRequest } from "../../services/requests/get-request.ts";
import { listMyRequests } from "../../services/requests/list-my-requests.ts";
import { markDeployed } from "../../services/provisioned/mark-deployed.ts";
import { requesterProcedure } from "../../trpc.ts";
import { ZGetRequestInput } from "../requests/requests.schema.ts";
import {
  apiErrors,
  BODY_ERRORS,
  ZApiCancelInput,
  ZApiListRequestsQuery,
  ZApiMarkDeployedInput,
  ZApiRequest,
  ZApiRequestList,
} from "./v1.schema.ts";

const tags = ["requests"];

/** The token owner's own requests; anyone else's are NOT_FOUND. */
export const requestsV1 = {
  list: requesterProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/requests",
        protect: true,
        tags,
        summary: "Your requests, newest first",
        errorResponses: apiErrors(),
      },
    })
    .input(ZApiListRequestsQuery)
    .output(ZApiRequestList)
    .query(({ ctx, input }) => listMyRequests(ctx.db, ctx.user, input)),
  get: requesterProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/requests/{id}",
        protect: true,
        tags,
        summary: "One of your requests",
        errorResponses: apiErrors("NOT_FOUND"),
      },
    })
    .input(ZGetRequestInput)
    .output(ZApiRequest)
    .query(({ ctx, input }) => getRequest(ctx.db, ctx.user, input)),
  cancel: requesterProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/requests/{id}/cancel",
        protect: true,
        tags,
        summary: "Withdraw a request before its final decision",
        errorResponses: apiErrors("NOT_FOUND", "STALE", "INVALID_TRANSITION", ...BODY_ERRORS),
      },
    })
    .input(ZApiCancelInput)
    .output(ZApiRequest)
    .mutation(({ ctx, input }) => cancelRequest(ctx.db, ctx.user, input)),
  deployed: requesterProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/requests/{id}/deployed",
        protect: true,
        tags,
        summary: "Mark an approved request deployed: it becomes (or updates, or ends) a provisioned product",
        errorResponses: apiErrors("NOT_FOUND", "STALE", "INVALID_TRANSITION", ...BODY_ERRORS),
      },
    })
    .input(ZApiMarkDeployedInput)
    .output(ZApiRequest)
    .mutation(({ ctx, input }) => markDeployed(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
