import type { TRPCRouterRecord } from "@trpc/server";
import { getHomeSummary } from "../../services/me/get-home-summary.ts";
import { protectedProcedure, publicProcedure } from "../../trpc.ts";

export const meRouter = {
  /** Who is calling; null when anonymous (so the shell can render without throwing). */
  get: publicProcedure.query(({ ctx }) => {
    if (!ctx.user) return null;
    const { id, email, name, roles, via } = ctx.user;
    return { id, email, name, roles, via };
  }),
  home: protectedProcedure.query(({ ctx }) => getHomeSummary(ctx.db, ctx.user)),
} satisfies TRPCRouterRecord;
