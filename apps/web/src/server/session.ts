import "server-only";
import { getServerSession, type Session } from "next-auth";
import { cookies } from "next/headers";
import { cache } from "react";
import { rolesFromGroups } from "@stackvend/auth";
import { noteRequestUser } from "./observability/request-context.ts";
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
  const { authOptions, database } = await getRuntime();
  const session = await getServerSession(authOptions);
  if (!session) return null;
  // The signed token is not the last word: a user who signed out (a replayed cookie), was
  // disabled or lost a role is what the database says now, like every procedure call.
  const user = await database.prisma.user.findUnique({
    where: { id: session.user.id },
    select: {
      disabledAt: true,
      sessionVersion: true,
      memberships: { select: { group: { select: { roles: true } } } },
    },
  });
  if (!user || user.disabledAt || user.sessionVersion !== session.user.sessionVersion) return null;
  noteRequestUser(session.user.id);
  return {
    ...session,
    user: { ...session.user, roles: rolesFromGroups(user.memberships.map((m) => m.group)) },
  };
});
