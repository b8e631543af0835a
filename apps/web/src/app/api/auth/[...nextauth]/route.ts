import NextAuth from "next-auth";
import { getRuntime } from "@/server/runtime";

type TRouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, context: TRouteContext) {
  const { authOptions } = await getRuntime();
  return NextAuth(req as never, { params: await context.params } as never, authOptions);
}

export { handler as GET, handler as POST };
