import "server-only";
import { getServerSession, type Session } from "next-auth";
import { getRuntime } from "./runtime.ts";

/** The signed-in user for a server component or route, or null. */
export async function getSession(): Promise<Session | null> {
  const { authOptions } = await getRuntime();
  return getServerSession(authOptions);
}
