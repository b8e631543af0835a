/**
 * The REST API's one error shape, `{ error: { code, message, field, issues } }`,
 * with the HTTP status from the error table. Every failure of /api/v1 —
 * authentication, scope, reach, validation, limits — goes through here.
 */
import { TRPCError } from "@trpc/server";
import { z, ZodError } from "zod";
import { APP_ERROR_TABLE, AppError, appCodeOfTrpcCode, type TAppErrorCode } from "../errors/app-error.ts";

export const ZApiErrorBody = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(APP_ERROR_TABLE) as [TAppErrorCode, ...TAppErrorCode[]]),
      message: z.string(),
      field: z.string().optional().meta({ description: "The first field at fault, as a dotted path" }),
      issues: z
        .array(z.object({ field: z.string(), message: z.string() }))
        .optional()
        .meta({ description: "Every field at fault and the rule it broke" }),
    }),
  })
  .meta({ id: "ApiError", description: "Every /api/v1 failure; the HTTP status follows from code" });

export type TApiErrorBody = z.infer<typeof ZApiErrorBody>;
type TIssue = { field: string; message: string };

/** The domain code, message, issues and wait of a failed call, whatever raised it. */
function describe(error: unknown): {
  code: TAppErrorCode;
  message: string;
  issues: TIssue[];
  retryAfter?: number;
} {
  const cause = error instanceof TRPCError ? error.cause : error;
  if (cause instanceof AppError) {
    const issues = Object.entries(cause.fieldErrors ?? {}).flatMap(([field, messages]) =>
      messages.map((message) => ({ field, message })),
    );
    return { code: cause.code, message: cause.message, issues, retryAfter: cause.retryAfterSeconds };
  }
  const internal = error instanceof TRPCError && error.code === "INTERNAL_SERVER_ERROR";
  if (cause instanceof ZodError && !internal) {
    const issues = cause.issues.map((issue) => ({
      field: issue.path.join(".") || "input",
      message: issue.message,
    }));
    const message =
      error instanceof TRPCError ? error.message : issues.map((i) => `${i.field}: ${i.message}`).join("; ");
    return { code: "INVALID_INPUT", message, issues };
  }
  if (!(error instanceof TRPCError))
    return { code: "INTERNAL", message: "Internal server error", issues: [] };
  const code = appCodeOfTrpcCode(error.code);
  if (code === "INTERNAL") return { code, message: "Internal server error", issues: [] };
  if (error.code === "PARSE_ERROR")
    return { code, message: "The request body is not valid JSON", issues: [] };
  return { code, message: error.message, issues: [] };
}

/** The JSON answer to a failed REST call: its status from the table, never cached, Retry-After when rate-limited. */
export function restErrorResponse(error: unknown): Response {
  const { code, message, issues, retryAfter } = describe(error);
  const body: TApiErrorBody = {
    error: { code, message, ...(issues[0] ? { field: issues[0].field, issues } : {}) },
  };
  const headers = new Headers({ "cache-control": "no-store" });
  if (retryAfter) headers.set("retry-after", String(retryAfter));
  return Response.json(body, { status: APP_ERROR_TABLE[code].http, headers });
}
