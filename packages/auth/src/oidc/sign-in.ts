import { appendAuditEvent, appendStandaloneAuditEvent, type TDb } from "@stackvend/db";
import type { TAuthUser } from "../authenticate.ts";
import { rolesFromGroups } from "../roles.ts";
import { decideAccount, planDirectoryMemberships, type TOidcClaims, type TOidcRefusal } from "./claims.ts";

export type TOidcSignInResult =
  { ok: true; user: TAuthUser; created: boolean; linked: boolean } | { ok: false; reason: TOidcRefusal };

const TRANSACTION = { maxWait: 10_000, timeout: 15_000 } as const;

/**
 * The database side of a sign-in through the provider, after next-auth and
 * openid-client have validated the ID token: finds, links or creates the
 * account, replaces its directory memberships from the mapped groups claim
 * and records the sign-in, all in one transaction. A refusal is recorded too.
 */
export async function signInWithOidc(
  db: TDb,
  claims: TOidcClaims,
  clientIp?: string,
): Promise<TOidcSignInResult> {
  const identity = { issuer: claims.issuer, subject: claims.subject };
  const outcome = await withOneRetryOnRace(() => applySignIn(db, claims, identity, clientIp));
  if (!outcome.ok) {
    const { reason, userId } = outcome.decision;
    await appendStandaloneAuditEvent(db, {
      actorId: null,
      actorLabel: claims.email || `${claims.issuer}#${claims.subject}`,
      action: "auth.sign-in.failed",
      objectType: "User",
      objectId: userId ?? (claims.email || claims.subject),
      data: { method: "oidc", ...identity, email: claims.email, reason },
      ip: clientIp,
    });
    return { ok: false, reason };
  }
  const { user, decision } = outcome;
  return {
    ok: true,
    created: decision.kind === "create",
    linked: decision.kind === "link",
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      roles: rolesFromGroups(user.memberships.map((m) => m.group)),
      sessionVersion: user.sessionVersion,
    },
  };
}

/**
 * Two first sign-ins of one person at once (two tabs) both try to create the
 * identity; the loser's transaction rolls back on the unique index and its
 * retry finds the winner's account.
 */
async function withOneRetryOnRace<T>(attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== "P2002") throw error;
    return attempt();
  }
}

function applySignIn(
  db: TDb,
  claims: TOidcClaims,
  identity: { issuer: string; subject: string },
  clientIp: string | undefined,
) {
  return db.$transaction(async (tx) => {
    const known = await tx.oidcIdentity.findUnique({
      where: { issuer_subject: identity },
      select: { user: { select: { id: true, disabledAt: true } } },
    });
    const byEmail = claims.email
      ? await tx.user.findUnique({ where: { email: claims.email }, select: { id: true, disabledAt: true } })
      : null;
    const decision = decideAccount({ claims, byIdentity: known?.user ?? null, byEmail });
    if (decision.kind === "refuse") return { ok: false as const, decision };

    const userId =
      decision.kind === "create"
        ? (await tx.user.create({ data: { email: claims.email, name: claims.name }, select: { id: true } }))
            .id
        : decision.userId;
    if (decision.kind === "existing") {
      await tx.user.update({ where: { id: userId }, data: { name: claims.name } });
      await tx.oidcIdentity.update({
        where: { issuer_subject: identity },
        data: { lastSignInAt: new Date() },
      });
    } else {
      await tx.oidcIdentity.create({ data: { ...identity, userId } });
    }

    const mappings = await tx.directoryGroupMapping.findMany({
      where: { directoryGroup: { in: claims.groups } },
      select: { groupId: true },
    });
    const current = await tx.groupMembership.findMany({
      where: { userId },
      select: { groupId: true, source: true },
    });
    const plan = planDirectoryMemberships(
      current,
      mappings.map((m) => m.groupId),
    );
    if (plan.remove.length) {
      await tx.groupMembership.deleteMany({
        where: { userId, source: "DIRECTORY", groupId: { in: plan.remove } },
      });
    }
    if (plan.add.length) {
      await tx.groupMembership.createMany({
        data: plan.add.map((groupId) => ({ userId, groupId, source: "DIRECTORY" as const })),
      });
    }
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        id: true,
        email: true,
        name: true,
        sessionVersion: true,
        memberships: { select: { group: { select: { roles: true } } } },
      },
    });
    await appendAuditEvent(tx, {
      actorId: user.id,
      actorLabel: user.email,
      action: "auth.sign-in",
      objectType: "User",
      objectId: user.id,
      data: {
        method: "oidc",
        ...identity,
        account: decision.kind,
        directoryGroups: claims.groups,
        groupsAdded: plan.add,
        groupsRemoved: plan.remove,
      },
      ip: clientIp,
    });
    return { ok: true as const, decision, user };
  }, TRANSACTION);
}
