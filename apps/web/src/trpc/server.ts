import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { createCaller, createTRPCContext } from "@stackvend/api";
import { getRuntime } from "@/server/runtime";
import { getSession } from "@/server/session";

/**
 * Server components call procedures directly (no HTTP hop) with the same
 * context and authorization as the HTTP endpoint. One caller per request.
 */
export const api = cache(async () => {
  const [{ database, notifications, signer }, session, requestHeaders] = await Promise.all([
    getRuntime(),
    getSession(),
    headers(),
  ]);
  const ctx = await createTRPCContext({
    db: database.prisma,
    headers: new Headers(requestHeaders),
    sessionUserId: session?.user.id,
    sessionVersion: session?.user.sessionVersion,
    notifications,
    signer,
  });
  return createCaller(ctx);
});
