import { handleRestRequest } from "@stackvend/api";
import { clientAddress } from "@stackvend/auth";
import { noteRequestUser } from "@/server/observability/request-context";
import { getRuntime } from "@/server/runtime";

export const dynamic = "force-dynamic";

/**
 * The REST API (packages/api/src/http/rest-handler.ts) and its document at
 * /api/v1/openapi.json. Bearer tokens only: the session cookie is never read
 * here, so a cross-site page cannot act through it.
 */
async function handler(req: Request) {
  const { database, notifications, rateLimits, signer, trustedProxies } = await getRuntime();
  return handleRestRequest({
    req,
    db: database.prisma,
    notifications,
    rateLimits,
    signer,
    clientIp: clientAddress(req.headers, trustedProxies),
    onCaller: noteRequestUser,
    logInternalError: (path, error) => console.error(`[stackvend] REST ${path} failed:`, error),
  });
}

export { handler as GET, handler as POST };
