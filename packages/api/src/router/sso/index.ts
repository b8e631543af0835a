import type { TRPCRouterRecord } from "@trpc/server";
import { createDirectoryMapping } from "../../services/sso/create-directory-mapping.ts";
import { deleteDirectoryMapping } from "../../services/sso/delete-directory-mapping.ts";
import { listDirectoryMappings } from "../../services/sso/list-directory-mappings.ts";
import { adminProcedure } from "../../trpc.ts";
import { ZCreateDirectoryMappingInput, ZDeleteDirectoryMappingInput } from "./sso.schema.ts";

export const ssoRouter = {
  list: adminProcedure.query(({ ctx }) => listDirectoryMappings(ctx.db)),
  create: adminProcedure
    .input(ZCreateDirectoryMappingInput)
    .mutation(({ ctx, input }) => createDirectoryMapping(ctx.db, ctx.user, input)),
  delete: adminProcedure
    .input(ZDeleteDirectoryMappingInput)
    .mutation(({ ctx, input }) => deleteDirectoryMapping(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
