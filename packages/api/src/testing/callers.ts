import type { TDb } from "@stackvend/db";
import { createCaller } from "../root.ts";
import { createTRPCContext, type TCreateContextOptions } from "../trpc.ts";

/** A tRPC caller as the given user would reach it through a session; null email means anonymous. */
export async function callerAs(
  db: TDb,
  email: string | null,
  headers: Record<string, string> = {},
  notifications?: TCreateContextOptions["notifications"],
) {
  const user = email
    ? await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } })
    : null;
  const ctx = await createTRPCContext({
    db,
    headers: new Headers(headers),
    sessionUserId: user?.id,
    sessionVersion: user?.sessionVersion,
    notifications,
  });
  return createCaller(ctx);
}

/** A caller authenticated only by an API token in the Authorization header. */
export async function callerWithToken(db: TDb, token: string) {
  const ctx = await createTRPCContext({ db, headers: new Headers({ authorization: `Bearer ${token}` }) });
  return createCaller(ctx);
}
