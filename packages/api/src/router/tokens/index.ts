import type { TRPCRouterRecord } from "@trpc/server";
import { createApiToken, listApiTokens, revokeApiToken } from "../../services/tokens/manage-api-tokens.ts";
import { sessionProcedure } from "../../trpc.ts";
import { ZCreateApiTokenInput, ZRevokeApiTokenInput } from "./tokens.schema.ts";

export const tokensRouter = {
  list: sessionProcedure.query(({ ctx }) => listApiTokens(ctx.db, ctx.user)),
  create: sessionProcedure
    .input(ZCreateApiTokenInput)
    .mutation(({ ctx, input }) => createApiToken(ctx.db, ctx.user, input)),
  revoke: sessionProcedure
    .input(ZRevokeApiTokenInput)
    .mutation(({ ctx, input }) => revokeApiToken(ctx.db, ctx.user, input.id)),
} satisfies TRPCRouterRecord;
