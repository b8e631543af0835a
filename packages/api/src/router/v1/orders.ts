import type { TRPCRouterRecord } from "@trpc/server";
import { placeOrder } from "../../services/orders/place-order.ts";
import { requesterProcedure } from "../../trpc.ts";
import { apiErrors, BODY_ERRORS, ZApiOrderInput, ZApiRequest } from "./v1.schema.ts";

/** An order in one call: the order form's draft and submission, with the same checks. */
export const ordersV1 = {
  create: requesterProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/orders",
        protect: true,
        tags: ["orders"],
        summary: "Order a product: save a draft, or submit it for approval with submit: true",
        errorResponses: apiErrors("NOT_FOUND", "ENGINE_BUSY", ...BODY_ERRORS),
      },
    })
    .input(ZApiOrderInput)
    .output(ZApiRequest)
    .mutation(({ ctx, input }) => placeOrder(ctx.db, ctx.user, input, ctx.signer)),
} satisfies TRPCRouterRecord;
