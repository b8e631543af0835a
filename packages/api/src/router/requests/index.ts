import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { cancelRequest } from "../../services/requests/cancel-request.ts";
import { getRequest } from "../../services/requests/get-request.ts";
import { listMyRequests } from "../../services/requests/list-my-requests.ts";
import { requesterProcedure } from "../../trpc.ts";
import { ZCancelRequestInput, ZGetRequestInput } from "./requests.schema.ts";

export const ZListInput = z
  .object({ limit: z.number().int().min(1).max(200).default(100) })
  .default({ limit: 100 });

export const requestsRouter = {
  listMine: requesterProcedure
    .input(ZListInput)
    .query(({ ctx, input }) => listMyRequests(ctx.db, ctx.user, input)),
  get: requesterProcedure
    .input(ZGetRequestInput)
    .query(({ ctx, input }) => getRequest(ctx.db, ctx.user, input)),
  cancel: requesterProcedure
    .input(ZCancelRequestInput)
    .mutation(({ ctx, input }) => cancelRequest(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
