import type { TRPCRouterRecord } from "@trpc/server";
import { createTagOption } from "../../services/tag-options/create-tag-option.ts";
import { listTagOptions } from "../../services/tag-options/list-tag-options.ts";
import { updateTagOption } from "../../services/tag-options/update-tag-option.ts";
import { adminProcedure } from "../../trpc.ts";
import { ZCreateTagOptionInput, ZListTagOptionsInput, ZUpdateTagOptionInput } from "./tag-options.schema.ts";

export const tagOptionsRouter = {
  list: adminProcedure.input(ZListTagOptionsInput).query(({ ctx, input }) => listTagOptions(ctx.db, input)),
  create: adminProcedure
    .input(ZCreateTagOptionInput)
    .mutation(({ ctx, input }) => createTagOption(ctx.db, ctx.user, input)),
  update: adminProcedure
    .input(ZUpdateTagOptionInput)
    .mutation(({ ctx, input }) => updateTagOption(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
