/**
 * GET /api/requests/:id/export/:file — one file of an approved request's
 * export, or bundle.zip with all of them. Authorised by the exports.files
 * procedure through a tRPC caller, so the route allows exactly what the
 * procedure allows: anonymous 401, a request outside the caller's reach 404.
 */
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { zipBundle } from "@stackvend/cfn";
import type { TDb } from "@stackvend/db";
import { notFound } from "../errors/app-error.ts";
import { createCaller } from "../root.ts";
import type { TArtifactSigner } from "../services/artifacts/signing-key.ts";
import { BUNDLE_NAME } from "../services/artifacts/load-request-export.ts";
import { createTRPCContext } from "../trpc.ts";

export interface TExportRequestFileRequest {
  db: TDb;
  headers: Headers;
  sessionUserId?: string | null;
  sessionVersion?: number;
  signer?: TArtifactSigner;
  id: string;
  file: string;
  /** The client's address (clientAddress of @stackvend/auth), recorded on the token it used. */
  clientIp?: string;
  /** How a failure is answered; absent, `{ error: message }` with its status. */
  errorResponse?: (error: TRPCError) => Response;
}

const CONTENT_TYPES: [RegExp, string][] = [
  [/\.json$/, "application/json; charset=utf-8"],
  [/\.ya?ml$/, "application/yaml; charset=utf-8"],
  [/\.sh$/, "text/x-shellscript; charset=utf-8"],
  [/\.md$/, "text/markdown; charset=utf-8"],
];

function contentType(name: string): string {
  return CONTENT_TYPES.find(([pattern]) => pattern.test(name))?.[1] ?? "text/plain; charset=utf-8";
}

function plainErrorResponse(error: TRPCError): Response {
  return Response.json(
    { error: error.message },
    { status: getHTTPStatusCodeFromError(error), headers: { "cache-control": "no-store" } },
  );
}

function download(body: BodyInit, type: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "content-type": type,
      "content-disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

export async function exportRequestFile(request: TExportRequestFileRequest): Promise<Response> {
  const ctx = await createTRPCContext({
    db: request.db,
    headers: request.headers,
    sessionUserId: request.sessionUserId,
    sessionVersion: request.sessionVersion,
    signer: request.signer,
    clientIp: request.clientIp,
  });
  const errorResponse = request.errorResponse ?? plainErrorResponse;
  let exported: Awaited<ReturnType<ReturnType<typeof createCaller>["exports"]["files"]>>;
  try {
    exported = await createCaller(ctx).exports.files({ id: request.id });
  } catch (error) {
    if (error instanceof TRPCError) return errorResponse(error);
    throw error;
  }
  if (request.file === BUNDLE_NAME) {
    const zip = zipBundle(exported.files, exported.createdAt);
    return download(
      new Blob([zip as Uint8Array<ArrayBuffer>]),
      "application/zip",
      `${exported.stackName}-${exported.requestNumber}.zip`,
    );
  }
  if (!Object.hasOwn(exported.files, request.file)) {
    const cause = notFound(`${request.file}: export file`);
    return errorResponse(new TRPCError({ code: "NOT_FOUND", message: cause.message, cause }));
  }
  return download(exported.files[request.file]!, contentType(request.file), request.file);
}
