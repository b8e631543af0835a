import "server-only";
import { getServerSession, type Session } from "next-auth";
import { cookies } from "next/headers";
import { getRuntime } from "./runtime.ts";

/** The signed-in user for a server component or route, or null. */
export async function getSession(): Promise<Session | null> {
  // Reading cookies first makes every caller dynamic, so no page is ever prerendered at build time
  // (which would open the database during `next build`).
  await cookies();
  const { authOptions } = await getRuntime();
  return getServerSession(authOptions);
}
