import type { TRPCRouterRecord } from "@trpc/server";
import { getCatalogOverview } from "../../services/catalog/get-catalog-overview.ts";
import { requesterProcedure } from "../../trpc.ts";

export const catalogRouter = {
  overview: requesterProcedure.query(({ ctx }) => getCatalogOverview(ctx.db, ctx.user)),
} satisfies TRPCRouterRecord;
