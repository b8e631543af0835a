import type { TRPCRouterRecord } from "@trpc/server";
import { loadRequestExport } from "../../services/artifacts/load-request-export.ts";
import { protectedProcedure } from "../../trpc.ts";
import { ZGetExportInput } from "./exports.schema.ts";

/** An approved request's export: its requester, catalog admins and its deciders; others NOT_FOUND. */
export const exportsRouter = {
  /** Templates with digests, commands, capabilities and the names of the files to download. */
  get: protectedProcedure.input(ZGetExportInput).query(async ({ ctx, input }) => {
    const { files, ...view } = await loadRequestExport(ctx.db, ctx.user, input);
    return { ...view, fileNames: Object.keys(files) };
  }),
  /** Every file's text by name, for the download route. */
  files: protectedProcedure
    .input(ZGetExportInput)
    .query(({ ctx, input }) => loadRequestExport(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
