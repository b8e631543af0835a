import { getServerSession } from "next-auth";
import { handleTrpcRequest } from "@stackvend/api";
import { clientAddress } from "@stackvend/auth";
import { crossOriginRefusal } from "@/lib/security-headers";
import { noteRequestUser } from "@/server/observability/request-context";
import { getRuntime } from "@/server/runtime";

// Procedure paths skip the proxy (see its matcher), so this route checks the Origin itself.
async function handler(req: Request) {
  const refused = crossOriginRefusal(req);
  if (refused) return refused;
  const { database, authOptions, notifications, rateLimits, signer, trustedProxies } = await getRuntime();
  const hasBearer = req.headers.get("authorization")?.toLowerCase().startsWith("bearer ");
  // A token caller is who the token says; the cookie is only consulted without one.
  const session = hasBearer ? null : await getServerSession(authOptions);
  return handleTrpcRequest({
    req,
    db: database.prisma,
    sessionUserId: session?.user.id,
    sessionVersion: session?.user.sessionVersion,
    notifications,
    rateLimits,
    signer,
    clientIp: clientAddress(req.headers, trustedProxies),
    onCaller: noteRequestUser,
    logInternalError: (path, error) => console.error(`[stackvend] tRPC ${path} failed:`, error),
  });
}

export { handler as GET, handler as POST };
