import type { TRPCRouterRecord } from "@trpc/server";
import { createApiToken, listApiTokens, revokeApiToken } from "../../services/tokens/manage-api-tokens.ts";
import { protectedProcedure } from "../../trpc.ts";
import { ZCreateApiTokenInput, ZRevokeApiTokenInput } from "./tokens.schema.ts";

export const tokensRouter = {
  list: protectedProcedure.query(({ ctx }) => listApiTokens(ctx.db, ctx.user)),
  create: protectedProcedure
    .input(ZCreateApiTokenInput)
    .mutation(({ ctx, input }) => createApiToken(ctx.db, ctx.user, input)),
  revoke: protectedProcedure
    .input(ZRevokeApiTokenInput)
    .mutation(({ ctx, input }) => revokeApiToken(ctx.db, ctx.user, input.id)),
} satisfies TRPCRouterRecord;
