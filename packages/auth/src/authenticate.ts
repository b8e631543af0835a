import { z } from "zod";
import { appendStandaloneAuditEvent, type TDb } from "@stackvend/db";
import { getDummyHash, verifyPassword } from "./password.ts";
import { consumeRateLimit, resetRateLimit } from "./rate-limit.ts";
import { rolesFromGroups, type TRole } from "./roles.ts";

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});

export interface TAuthUser {
  id: string;
  email: string;
  name: string;
  roles: TRole[];
  /** The user's session version now; a session issued with another one is over. */
  sessionVersion: number;
}

export type TAuthenticateResult =
  | { ok: true; user: TAuthUser }
  | { ok: false; reason: "invalid" | "rate-limited"; retryAfterSeconds?: number };

/** Per email and per client address: slows guessing one account and spraying many. */
export const SIGN_IN_LIMITS = {
  perEmail: { limit: 10, windowSeconds: 15 * 60 },
  perIp: { limit: 50, windowSeconds: 15 * 60 },
} as const;

type TSignInFailure = "unknown-email" | "wrong-password" | "disabled" | "rate-limited";

/** Who tried is unknown on a failure: the email typed is the label, never the password. */
function recordFailure(
  db: TDb,
  {
    email,
    accountId,
    reason,
    ip,
  }: { email: string; accountId?: string; reason: TSignInFailure; ip?: string },
) {
  return appendStandaloneAuditEvent(db, {
    actorId: null,
    actorLabel: email,
    action: "auth.sign-in.failed",
    objectType: "User",
    objectId: accountId ?? email,
    data: { email, reason },
    ip,
  });
}

/**
 * Checks an email and password; every attempt on a well-formed email is an
 * audit event (a refused one once per rate-limit window). Malformed input
 * is not recorded: it tried no account, and no limit bounds how often it can
 * be sent.
 */
export async function authenticate(
  db: TDb,
  input: unknown,
  clientIp: string | undefined,
): Promise<TAuthenticateResult> {
  const parsed = ZCredentials.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const checks = [consumeRateLimit(db, `sign-in:email:${email}`, SIGN_IN_LIMITS.perEmail)];
  if (clientIp) checks.push(consumeRateLimit(db, `sign-in:ip:${clientIp}`, SIGN_IN_LIMITS.perIp));
  const limits = await Promise.all(checks);
  const blocked = limits.find((l) => !l.allowed);
  if (blocked) {
    if (limits.some((l) => l.firstRefusal)) {
      await recordFailure(db, { email, reason: "rate-limited", ip: clientIp });
    }
    return { ok: false, reason: "rate-limited", retryAfterSeconds: blocked.retryAfterSeconds };
  }

  const user = await db.user.findUnique({
    where: { email },
    omit: { passwordHash: false },
    include: { memberships: { include: { group: { select: { roles: true } } } } },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await getDummyHash()));
  if (!user || !valid || user.disabledAt) {
    const reason = !user ? "unknown-email" : !valid ? "wrong-password" : "disabled";
    await recordFailure(db, { email, accountId: user?.id, reason, ip: clientIp });
    return { ok: false, reason: "invalid" };
  }

  await resetRateLimit(db, `sign-in:email:${email}`);
  await appendStandaloneAuditEvent(db, {
    actorId: user.id,
    actorLabel: user.email,
    action: "auth.sign-in",
    objectType: "User",
    objectId: user.id,
    data: { method: "password" },
    ip: clientIp,
  });
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      roles: rolesFromGroups(user.memberships.map((m) => m.group)),
      sessionVersion: user.sessionVersion,
    },
  };
}
