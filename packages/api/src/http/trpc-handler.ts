import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { TDb } from "@stackvend/db";
import { AppError } from "../errors/app-error.ts";
import { appRouter } from "../root.ts";
import type { TArtifactSigner } from "../services/artifacts/signing-key.ts";
import type { TRateLimiters } from "../services/limits/rate-limits.ts";
import type { TNotificationSettings } from "../services/notifications/settings.ts";
import { createTRPCContext } from "../trpc.ts";
import { withBoundedBody } from "./bounded-body.ts";

export interface THandleTrpcRequestOptions {
  req: Request;
  db: TDb;
  /** From a verified session; the route leaves them out when the request carries a bearer token. */
  sessionUserId?: string | null;
  sessionVersion?: number;
  notifications?: TNotificationSettings;
  rateLimits?: TRateLimiters;
  signer?: TArtifactSigner;
  /** The client's address, as the server established it. */
  clientIp?: string;
  /** Told who the caller turned out to be (for the request's log line). */
  onCaller?: (userId: string | undefined) => void;
  /** Where server errors are reported; the caller only ever sees "Internal server error". */
  logInternalError?: (path: string, error: unknown) => void;
}

/**
 * tRPC over HTTP with its limits: the body is bounded while it is read, a
 * batch is bounded before any call runs, a rate-limited answer says when to
 * retry, and no answer is cached.
 */
export function handleTrpcRequest(options: THandleTrpcRequestOptions): Promise<Response> {
  const { req, logInternalError } = options;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: withBoundedBody(req),
    router: appRouter,
    createContext: async ({ info }) => {
      const ctx = await createTRPCContext({
        db: options.db,
        headers: req.headers,
        sessionUserId: options.sessionUserId,
        sessionVersion: options.sessionVersion,
        notifications: options.notifications,
        rateLimits: options.rateLimits,
        signer: options.signer,
        clientIp: options.clientIp,
        batchSize: info.calls.length,
      });
      options.onCaller?.(ctx.user?.id);
      return ctx;
    },
    responseMeta({ errors }) {
      // Every answer is for one caller: no shared or browser cache may keep it.
      const headers = new Headers({ "cache-control": "no-store" });
      const waits = errors.map((error) =>
        error.cause instanceof AppError ? (error.cause.retryAfterSeconds ?? 0) : 0,
      );
      const wait = Math.max(0, ...waits);
      if (wait > 0) headers.set("retry-after", String(wait));
      return { headers };
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") logInternalError?.(path ?? "?", error.cause ?? error);
    },
  });
}
