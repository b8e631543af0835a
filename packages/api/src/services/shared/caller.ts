import {
  hashApiToken,
  looksLikeApiToken,
  rolesFromGroups,
  ZApiTokenScope,
  type TApiTokenScope,
  type TRole,
} from "@stackvend/auth";
import type { TDb } from "@stackvend/db";

/** Who is calling, loaded from the database on every call so a disabled user or a revoked role takes effect at once. */
export interface TCaller {
  id: string;
  email: string;
  name: string;
  roles: TRole[];
  groupIds: string[];
  via: "session" | "token";
  /** What an API token may do; a session may do everything its roles allow. */
  scopes: readonly TApiTokenScope[] | "all";
}

const callerSelect = {
  id: true,
  email: true,
  name: true,
  disabledAt: true,
  memberships: { select: { groupId: true, group: { select: { roles: true } } } },
} as const;

/** API tokens win over a session cookie: a script's identity is what its token says. */
export async function resolveCaller(
  db: TDb,
  {
    bearerToken,
    sessionUserId,
    sessionVersion,
    clientIp,
  }: { bearerToken?: string; sessionUserId?: string; sessionVersion?: number; clientIp?: string },
): Promise<TCaller | null> {
  if (bearerToken) {
    if (!looksLikeApiToken(bearerToken)) return null;
    const token = await db.apiToken.findUnique({
      where: { tokenHash: hashApiToken(bearerToken) },
      select: {
        id: true,
        revokedAt: true,
        expiresAt: true,
        lastUsedAt: true,
        lastUsedAddress: true,
        scopes: true,
        user: { select: callerSelect },
      },
    });
    if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= new Date())) return null;
    // Recording every use would turn every read into a write; once a minute, or from a new address, is enough to show activity.
    const address = clientIp ?? token.lastUsedAddress;
    if (
      !token.lastUsedAt ||
      Date.now() - token.lastUsedAt.getTime() > 60_000 ||
      address !== token.lastUsedAddress
    ) {
      await db.apiToken.update({
        where: { id: token.id },
        data: { lastUsedAt: new Date(), lastUsedAddress: address },
      });
    }
    const scopes = token.scopes.flatMap((scope) => {
      const parsed = ZApiTokenScope.safeParse(scope);
      return parsed.success ? [parsed.data] : [];
    });
    return toCaller(token.user, "token", scopes);
  }
  if (!sessionUserId) return null;
  const user = await db.user.findUnique({
    where: { id: sessionUserId },
    select: { ...callerSelect, sessionVersion: true },
  });
  // A session issued before the user signed out (a replayed cookie) is over.
  if (!user || user.sessionVersion !== sessionVersion) return null;
  return toCaller(user, "session", "all");
}

/** A user as the catalog sees them (roles, groups), for work done on their behalf; null when disabled or gone. */
export async function callerForUser(db: TDb, userId: string): Promise<TCaller | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: callerSelect });
  return user ? toCaller(user, "session", "all") : null;
}

function toCaller(
  user: {
    id: string;
    email: string;
    name: string;
    disabledAt: Date | null;
    memberships: { groupId: string; group: { roles: TRole[] } }[];
  },
  via: TCaller["via"],
  scopes: TCaller["scopes"],
): TCaller | null {
  if (user.disabledAt) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: rolesFromGroups(user.memberships.map((m) => m.group)),
    groupIds: user.memberships.map((m) => m.groupId),
    via,
    scopes,
  };
}
