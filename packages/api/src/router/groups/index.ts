import type { TRPCRouterRecord } from "@trpc/server";
import { listGroups } from "../../services/groups/list-groups.ts";
import { adminProcedure } from "../../trpc.ts";

export const groupsRouter = {
  list: adminProcedure.query(({ ctx }) => listGroups(ctx.db)),
} satisfies TRPCRouterRecord;
