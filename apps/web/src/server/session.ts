import "server-only";
import { getServerSession, type Session } from "next-auth";
import { cookies } from "next/headers";
import { cache } from "react";
import { getRuntime } from "./runtime.ts";

/**
 * The signed-in user for a server component or route, or null. Decoding the
 * session token costs a key derivation and a decryption, and a page asks for
 * it from its layout, its page and its tRPC caller: once per request is enough.
 */
export const getSession = cache(async (): Promise<Session | null> => {
  // Reading cookies first makes every caller dynamic, so no page is ever prerendered at build time
  // (which would open the database during `next build`).
  await cookies();
  const { authOptions } = await getRuntime();
  return getServerSession(authOptions);
});
