import type { TRPCRouterRecord } from "@trpc/server";
import { getCatalogOverview } from "../../services/catalog/get-catalog-overview.ts";
import { getCatalogProduct } from "../../services/catalog/get-catalog-product.ts";
import { searchCatalog } from "../../services/catalog/search-catalog.ts";
import { rateLimited, requesterProcedure } from "../../trpc.ts";
import { ZGetCatalogProductInput, ZSearchCatalogInput } from "./catalog.schema.ts";

export const catalogRouter = {
  overview: requesterProcedure.query(({ ctx }) => getCatalogOverview(ctx.db, ctx.user)),
  search: requesterProcedure
    .use(rateLimited("search"))
    .input(ZSearchCatalogInput)
    .query(({ ctx, input }) => searchCatalog(ctx.db, ctx.user, input)),
  getProduct: requesterProcedure
    .input(ZGetCatalogProductInput)
    .query(({ ctx, input }) => getCatalogProduct(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
