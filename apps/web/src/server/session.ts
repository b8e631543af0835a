import "server-only";
import { getServerSession, type Session } from "next-auth";
import { cookies } from "next/headers";
import { cache } from "react";
import { resolveCaller, type TCaller } from "@stackvend/api";
import { noteRequestUser } from "./observability/request-context.ts";
import { getRuntime } from "./runtime.ts";

/**
 * The signed-in user of this request, loaded once: the session (what the
 * layout and page read) and the same user as the page's tRPC caller, from one
 * load. Decoding the session token costs a key derivation and a decryption,
 * and a page asks from its layout, its metadata, its page and its caller.
 */
export const getSignedIn = cache(async (): Promise<{ session: Session; caller: TCaller } | null> => {
  // Reading cookies first makes every caller dynamic, so no page is ever prerendered at build time
  // (which would open the database during `next build`).
  await cookies();
  const { authOptions, database } = await getRuntime();
  const session = await getServerSession(authOptions);
  if (!session) return null;
  // The signed token is not the last word: a user who signed out (a replayed cookie), was
  // disabled or lost a role is what the database says now, like every procedure call.
  const caller = await resolveCaller(database.prisma, {
    sessionUserId: session.user.id,
    sessionVersion: session.user.sessionVersion,
  });
  if (!caller) return null;
  noteRequestUser(caller.id);
  return { session: { ...session, user: { ...session.user, roles: caller.roles } }, caller };
});

/** The signed-in user for a server component or route, or null. */
export async function getSession(): Promise<Session | null> {
  return (await getSignedIn())?.session ?? null;
}
