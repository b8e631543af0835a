/**
 * GET /api/admin/audit/export?format=csv|jsonl&actor=…: the filtered audit
 * log as a download. Authorization and filters are those of the
 * admin.listAuditEvents procedure, called page by page through a tRPC
 * caller, so this route cannot drift from what the procedure allows.
 */
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { TDb } from "@stackvend/db";
import { createCaller } from "../root.ts";
import { ZAuditEventFilter } from "../router/admin/admin.schema.ts";
import {
  AUDIT_EXPORT_CONTENT_TYPES,
  csvHeader,
  csvRow,
  jsonLine,
  type TAuditExportFormat,
} from "../services/admin/audit-export-format.ts";
import { createTRPCContext } from "../trpc.ts";

export interface TExportAuditEventsRequest {
  db: TDb;
  headers: Headers;
  /** User id from a verified session, if any (a bearer token in `headers` wins). */
  sessionUserId?: string | null;
  sessionVersion?: number;
  searchParams: URLSearchParams;
}

const PAGE = 200;
const FILTER_KEYS = Object.keys(ZAuditEventFilter.shape) as (keyof typeof ZAuditEventFilter.shape)[];

function errorResponse(status: number, message: string): Response {
  return Response.json({ error: message }, { status, headers: { "cache-control": "no-store" } });
}

export async function exportAuditEvents(request: TExportAuditEventsRequest): Promise<Response> {
  const ctx = await createTRPCContext({
    db: request.db,
    headers: request.headers,
    sessionUserId: request.sessionUserId,
    sessionVersion: request.sessionVersion,
  });
  const caller = createCaller(ctx);
  const filter = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, request.searchParams.get(key) ?? undefined]),
  );
  const format = request.searchParams.get("format") ?? "csv";
  const page = (cursor?: string) =>
    caller.admin.listAuditEvents({ ...filter, cursor, limit: PAGE, order: "asc" });

  let first: Awaited<ReturnType<typeof page>>;
  try {
    // Who may call is decided before anything about the input, as with the procedures.
    first = await page();
  } catch (error) {
    if (error instanceof TRPCError) return errorResponse(getHTTPStatusCodeFromError(error), error.message);
    throw error;
  }
  if (format !== "csv" && format !== "jsonl") return errorResponse(400, "format: must be csv or jsonl");

  const line = format === "csv" ? csvRow : jsonLine;
  const encoder = new TextEncoder();
  let current: typeof first | undefined = first;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (format === "csv") controller.enqueue(encoder.encode(csvHeader()));
    },
    async pull(controller) {
      if (!current) return controller.close();
      controller.enqueue(encoder.encode(current.items.map(line).join("")));
      current = current.nextCursor ? await page(current.nextCursor) : undefined;
    },
  });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  return new Response(body, {
    headers: {
      "content-type": AUDIT_EXPORT_CONTENT_TYPES[format as TAuditExportFormat],
      "content-disposition": `attachment; filename="stackvend-audit-${stamp}.${format}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
