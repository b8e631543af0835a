import { getServerSession } from "next-auth";
import { handleTrpcRequest } from "@stackvend/api";
import { getRuntime } from "@/server/runtime";

async function handler(req: Request) {
  const { database, authOptions, notifications, rateLimits } = await getRuntime();
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
    logInternalError: (path, error) => console.error(`[stackvend] tRPC ${path} failed:`, error),
  });
}

export { handler as GET, handler as POST };
