import type { TRPCRouterRecord } from "@trpc/server";
import { publicProcedure } from "../../trpc.ts";

export const systemRouter = {
  /** Liveness with a database round trip; the HTTP /api/health route says more. */
  ping: publicProcedure.query(async ({ ctx }) => {
    await ctx.db.$queryRaw`SELECT 1`;
    return { ok: true as const };
  }),
} satisfies TRPCRouterRecord;
