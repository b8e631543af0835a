import type { TRPCRouterRecord } from "@trpc/server";
import { getCatalogProduct } from "../../services/catalog/get-catalog-product.ts";
import { searchCatalog } from "../../services/catalog/search-catalog.ts";
import { rateLimited, requesterProcedure } from "../../trpc.ts";
import { ZGetCatalogProductInput } from "../catalog/catalog.schema.ts";
import { apiErrors, ZApiCatalogPage, ZApiCatalogQuery, ZApiProduct } from "./v1.schema.ts";

const tags = ["catalog"];

/** The products the token's owner may order, through the catalog's own access rule. */
export const catalogV1 = {
  list: requesterProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/catalog",
        protect: true,
        tags,
        summary: "Search the catalog you may order from",
        errorResponses: apiErrors(),
      },
    })
    .use(rateLimited("search"))
    .input(ZApiCatalogQuery)
    .output(ZApiCatalogPage)
    .query(({ ctx, input }) => searchCatalog(ctx.db, ctx.user, input)),
  get: requesterProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/catalog/{slug}",
        protect: true,
        tags,
        summary: "A product, its versions and the latest one's parameters",
        errorResponses: apiErrors("NOT_FOUND"),
      },
    })
    .input(ZGetCatalogProductInput)
    .output(ZApiProduct)
    .query(async ({ ctx, input }) => {
      const { latestVersion, ...product } = await getCatalogProduct(ctx.db, ctx.user, input);
      const { formModel, graph: _g, cost: _c, templateSource: _t, ...version } = latestVersion;
      return { ...product, latestVersion: { ...version, parameters: formModel.fields } };
    }),
} satisfies TRPCRouterRecord;
