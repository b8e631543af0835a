import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { createCaller, createTRPCContext } from "@stackvend/api";
import { getRuntime } from "@/server/runtime";
import { getSignedIn } from "@/server/session";

/**
 * Server components call procedures directly (no HTTP hop) with the same
 * context and authorization as the HTTP endpoint. One caller per request, the
 * session's user (a page request's bearer header is not a way in).
 */
export const api = cache(async () => {
  const [{ database, notifications, signer }, signedIn, requestHeaders] = await Promise.all([
    getRuntime(),
    getSignedIn(),
    headers(),
  ]);
  const ctx = await createTRPCContext({
    db: database.prisma,
    headers: new Headers(requestHeaders),
    // The user the session check already loaded for this request, not loaded again.
    caller: signedIn?.caller ?? null,
    notifications,
    signer,
  });
  return createCaller(ctx);
});
