import type { TRPCRouterRecord } from "@trpc/server";
import { getOrderForm } from "../../services/orders/get-order-form.ts";
import { previewOrder } from "../../services/orders/preview-order.ts";
import { saveDraft } from "../../services/orders/save-draft.ts";
import { submitOrder } from "../../services/orders/submit-order.ts";
import { rateLimited, requesterProcedure } from "../../trpc.ts";
import {
  ZGetOrderFormInput,
  ZPreviewOrderInput,
  ZSaveDraftInput,
  ZSubmitOrderInput,
} from "./orders.schema.ts";

export const ordersRouter = {
  getForm: requesterProcedure
    .input(ZGetOrderFormInput)
    .query(({ ctx, input }) => getOrderForm(ctx.db, ctx.user, input)),
  /** A mutation so parameter values (secrets included) never travel in a URL; it writes nothing. */
  preview: requesterProcedure
    .use(rateLimited("preview"))
    .input(ZPreviewOrderInput)
    .mutation(({ ctx, input }) => previewOrder(ctx.db, ctx.user, input)),
  saveDraft: requesterProcedure
    .input(ZSaveDraftInput)
    .mutation(({ ctx, input }) => saveDraft(ctx.db, ctx.user, input)),
  submit: requesterProcedure
    .input(ZSubmitOrderInput)
    .mutation(({ ctx, input }) => submitOrder(ctx.db, ctx.user, input, ctx.signer)),
} satisfies TRPCRouterRecord;
