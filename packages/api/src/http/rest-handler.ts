import type { TRPCError } from "@trpc/server";
import { createOpenApiFetchHandler } from "trpc-to-openapi";
import type { TDb } from "@stackvend/db";
import { restRouter } from "../router/v1/index.ts";
import type { TArtifactSigner } from "../services/artifacts/signing-key.ts";
import type { TRateLimiters } from "../services/limits/rate-limits.ts";
import type { TNotificationSettings } from "../services/notifications/settings.ts";
import { createTRPCContext } from "../trpc.ts";
import { withBoundedBody } from "./bounded-body.ts";
import { exportRequestFile } from "./export-request-file.ts";
import { restApiDocument } from "./openapi-document.ts";
import { restErrorResponse } from "./rest-errors.ts";

export const REST_API_BASE = "/api/v1";

export interface THandleRestRequestOptions {
  req: Request;
  db: TDb;
  notifications?: TNotificationSettings;
  rateLimits?: TRateLimiters;
  signer?: TArtifactSigner;
  /** The client's address, as the server established it; recorded on the token used. */
  clientIp?: string;
  onCaller?: (userId: string | undefined) => void;
  logInternalError?: (path: string, error: unknown) => void;
}

const EXPORT_PATH = /^\/requests\/([^/]+)\/export\/([^/]+)$/;

/**
 * The REST API under /api/v1: bearer tokens only (no session cookie, so no
 * cross-site request can act as a signed-in user), the caller loaded and
 * scopes enforced by the same context and procedure kinds as tRPC, the body
 * bounded while read, rate limits with Retry-After, one JSON error shape, and
 * no answer cached.
 */
export async function handleRestRequest(options: THandleRestRequestOptions): Promise<Response> {
  const { req } = options;
  const path = new URL(req.url).pathname.slice(REST_API_BASE.length).replace(/\/+$/, "");
  if (req.method === "GET" && path === "/openapi.json") {
    return Response.json(restApiDocument(new URL(REST_API_BASE, req.url).toString()));
  }
  const exportMatch = EXPORT_PATH.exec(path);
  if (exportMatch && req.method === "GET") {
    return exportRequestFile({
      db: options.db,
      headers: req.headers,
      signer: options.signer,
      clientIp: options.clientIp,
      id: decodeURIComponent(exportMatch[1]!),
      file: decodeURIComponent(exportMatch[2]!),
      errorResponse: restErrorResponse,
    });
  }
  let failure: TRPCError | undefined;
  const response = await createOpenApiFetchHandler({
    endpoint: REST_API_BASE,
    req: withBoundedBody(req),
    router: restRouter,
    createContext: async () => {
      const ctx = await createTRPCContext({
        db: options.db,
        headers: req.headers,
        notifications: options.notifications,
        rateLimits: options.rateLimits,
        signer: options.signer,
        clientIp: options.clientIp,
      });
      options.onCaller?.(ctx.user?.id);
      return ctx;
    },
    onError: ({ error, path: procedure }: { error: TRPCError; path?: string }) => {
      failure = error;
      if (error.code === "INTERNAL_SERVER_ERROR")
        options.logInternalError?.(procedure ?? path, error.cause ?? error);
    },
  });
  if (failure) return restErrorResponse(failure);
  response.headers.set("cache-control", "no-store");
  return response;
}
