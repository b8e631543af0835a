import type { TRPCRouterRecord } from "@trpc/server";
import { addProductVersion } from "../../services/products/add-product-version.ts";
import { createProduct } from "../../services/products/create-product.ts";
import { getAdminProduct } from "../../services/products/get-admin-product.ts";
import { listProducts } from "../../services/products/list-products.ts";
import { previewTemplate } from "../../services/products/preview-template.ts";
import { setVersionStatus } from "../../services/products/set-version-status.ts";
import { updateProduct } from "../../services/products/update-product.ts";
import { adminProcedure, rateLimited } from "../../trpc.ts";
import {
  ZAddVersionInput,
  ZCreateProductInput,
  ZListProductsInput,
  ZPreviewTemplateInput,
  ZProductIdInput,
  ZUpdateProductInput,
  ZVersionIdInput,
} from "./products.schema.ts";

export const productsRouter = {
  list: adminProcedure.input(ZListProductsInput).query(({ ctx, input }) => listProducts(ctx.db, input)),
  get: adminProcedure.input(ZProductIdInput).query(({ ctx, input }) => getAdminProduct(ctx.db, input)),
  /** A mutation because the source can be up to 1 MB, too large for a query string; it writes nothing. */
  previewTemplate: adminProcedure
    .use(rateLimited("preview"))
    .input(ZPreviewTemplateInput)
    .mutation(({ input }) => previewTemplate(input)),
  create: adminProcedure
    .use(rateLimited("publish"))
    .input(ZCreateProductInput)
    .mutation(({ ctx, input }) => createProduct(ctx.db, ctx.user, input)),
  update: adminProcedure
    .input(ZUpdateProductInput)
    .mutation(({ ctx, input }) => updateProduct(ctx.db, ctx.user, input)),
  addVersion: adminProcedure
    .use(rateLimited("publish"))
    .input(ZAddVersionInput)
    .mutation(({ ctx, input }) => addProductVersion(ctx.db, ctx.user, input)),
  deprecateVersion: adminProcedure
    .input(ZVersionIdInput)
    .mutation(({ ctx, input }) => setVersionStatus(ctx.db, ctx.user, { ...input, status: "DEPRECATED" })),
  reactivateVersion: adminProcedure
    .input(ZVersionIdInput)
    .mutation(({ ctx, input }) => setVersionStatus(ctx.db, ctx.user, { ...input, status: "ACTIVE" })),
} satisfies TRPCRouterRecord;
