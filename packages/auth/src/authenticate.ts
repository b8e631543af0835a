import { z } from "zod";
import { appendStandaloneAuditEvent, type TDb } from "@stackvend/db";
import { getDummyHash, verifyPassword } from "./password.ts";
import {
  backoffWait,
  consumeRateLimit,
  recordBackoffFailure,
  remember,
  remembered,
  resetRateLimit,
  windowWait,
} from "./rate-limit.ts";
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

/**
 * Sign-in limits that slow guessing without handing anyone a way to lock
 * others out:
 * - one account from one address: 5 failures free, then a wait that doubles
 *   with each further failure (1 s, 2 s, 4 s, … up to 15 minutes), forgotten
 *   after a day without failures;
 * - one account from addresses it never signed in from: at most 50 failures
 *   in 15 minutes (guessing spread over many addresses);
 * - one address against accounts it never signed in to: at most 200 failures
 *   in 15 minutes (spraying many accounts).
 * An address an account signed in from in the last 90 days is held only by
 * the first rule, so failures elsewhere (or a noisy office NAT) never block
 * its owner. Addresses are the connection's peer or, behind trusted proxies,
 * the client they name (see clientAddress).
 */
export const SIGN_IN_LIMITS = {
  pair: { free: 5, baseSeconds: 1, maxSeconds: 15 * 60, forgetSeconds: 24 * 60 * 60 },
  account: { limit: 50, windowSeconds: 15 * 60 },
  address: { limit: 200, windowSeconds: 15 * 60 },
  knownForSeconds: 90 * 24 * 60 * 60,
} as const;

const keys = (email: string, address: string | undefined) => ({
  pair: `sign-in:pair:${email}|${address ?? "unknown"}`,
  known: address ? `sign-in:known:${email}|${address}` : undefined,
  account: `sign-in:account:${email}`,
  address: address ? `sign-in:address:${address}` : undefined,
  refused: `sign-in:refused:${email}|${address ?? "unknown"}`,
});

/** Seconds the attempt must wait under SIGN_IN_LIMITS; 0 when it may go now. */
async function signInWait(db: TDb, k: ReturnType<typeof keys>): Promise<number> {
  const known = k.known ? await remembered(db, k.known, SIGN_IN_LIMITS.knownForSeconds) : false;
  const waits = await Promise.all([
    backoffWait(db, k.pair, SIGN_IN_LIMITS.pair),
    known ? 0 : windowWait(db, k.account, SIGN_IN_LIMITS.account),
    known || !k.address ? 0 : windowWait(db, k.address, SIGN_IN_LIMITS.address),
  ]);
  return Math.max(...waits);
}

async function countFailure(db: TDb, k: ReturnType<typeof keys>): Promise<void> {
  await recordBackoffFailure(db, k.pair, SIGN_IN_LIMITS.pair);
  await consumeRateLimit(db, k.account, SIGN_IN_LIMITS.account);
  if (k.address) await consumeRateLimit(db, k.address, SIGN_IN_LIMITS.address);
}

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

  const k = keys(email, clientIp);
  const wait = await signInWait(db, k);
  if (wait > 0) {
    // Recorded once per quarter hour of refusals, not once per refused retry.
    const refusal = await consumeRateLimit(db, k.refused, { limit: 1, windowSeconds: 15 * 60 });
    if (refusal.allowed) await recordFailure(db, { email, reason: "rate-limited", ip: clientIp });
    return { ok: false, reason: "rate-limited", retryAfterSeconds: wait };
  }

  const user = await db.user.findUnique({
    where: { email },
    omit: { passwordHash: false },
    include: { memberships: { include: { group: { select: { roles: true } } } } },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await getDummyHash()));
  if (!user || !valid || user.disabledAt) {
    const reason = !user ? "unknown-email" : !valid ? "wrong-password" : "disabled";
    await countFailure(db, k);
    await recordFailure(db, { email, accountId: user?.id, reason, ip: clientIp });
    return { ok: false, reason: "invalid" };
  }

  await resetRateLimit(db, k.pair);
  if (k.known) await remember(db, k.known);
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
