import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { listMyRequests } from "../../services/requests/list-my-requests.ts";
import { requesterProcedure } from "../../trpc.ts";

export const ZListInput = z
  .object({ limit: z.number().int().min(1).max(200).default(100) })
  .default({ limit: 100 });

export const requestsRouter = {
  listMine: requesterProcedure
    .input(ZListInput)
    .query(({ ctx, input }) => listMyRequests(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
