import type { TRPCRouterRecord } from "@trpc/server";
import { listConstraints } from "../../services/constraints/list-constraints.ts";
import { removeConstraint } from "../../services/constraints/remove-constraint.ts";
import { setConstraint } from "../../services/constraints/set-constraint.ts";
import { adminProcedure } from "../../trpc.ts";
import { ZListConstraintsInput, ZRemoveConstraintInput, ZSetConstraintInput } from "./constraints.schema.ts";

export const constraintsRouter = {
  list: adminProcedure.input(ZListConstraintsInput).query(({ ctx, input }) => listConstraints(ctx.db, input)),
  set: adminProcedure
    .input(ZSetConstraintInput)
    .mutation(({ ctx, input }) => setConstraint(ctx.db, ctx.user, input)),
  remove: adminProcedure
    .input(ZRemoveConstraintInput)
    .mutation(({ ctx, input }) => removeConstraint(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
