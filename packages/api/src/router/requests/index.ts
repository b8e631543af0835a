import type { TRPCRouterRecord } from "@trpc/server";
import { cancelRequest } from "../../services/requests/cancel-request.ts";
import { getRequest } from "../../services/requests/get-request.ts";
import { listMyRequests } from "../../services/requests/list-my-requests.ts";
import { markDeployed } from "../../services/provisioned/mark-deployed.ts";
import { requesterProcedure } from "../../trpc.ts";
import {
  ZCancelRequestInput,
  ZGetRequestInput,
  ZListMyRequestsInput,
  ZMarkDeployedInput,
} from "./requests.schema.ts";

export const requestsRouter = {
  listMine: requesterProcedure
    .input(ZListMyRequestsInput)
    .query(({ ctx, input }) => listMyRequests(ctx.db, ctx.user, input)),
  get: requesterProcedure
    .input(ZGetRequestInput)
    .query(({ ctx, input }) => getRequest(ctx.db, ctx.user, input)),
  cancel: requesterProcedure
    .input(ZCancelRequestInput)
    .mutation(({ ctx, input }) => cancelRequest(ctx.db, ctx.user, input)),
  /** APPROVED → FULFILLED once deployed: creates, updates or ends the provisioned product. */
  markDeployed: requesterProcedure
    .input(ZMarkDeployedInput)
    .mutation(({ ctx, input }) => markDeployed(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
