import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getServerSession } from "next-auth";
import { appRouter, createTRPCContext } from "@stackvend/api";
import { noteRequestUser } from "@/server/observability/request-context";
import { getRuntime } from "@/server/runtime";

async function handler(req: Request) {
  const { database, authOptions, notifications, signer } = await getRuntime();
  const hasBearer = req.headers.get("authorization")?.toLowerCase().startsWith("bearer ");
  // A token caller is who the token says; the cookie is only consulted without one.
  const session = hasBearer ? null : await getServerSession(authOptions);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => {
      const ctx = await createTRPCContext({
        db: database.prisma,
        headers: req.headers,
        sessionUserId: session?.user.id,
        sessionVersion: session?.user.sessionVersion,
        notifications,
        signer,
      });
      noteRequestUser(ctx.user?.id);
      return ctx;
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`[stackvend] tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
