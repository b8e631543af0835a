import { z } from "zod";
import type { TDb } from "@stackvend/db";
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
}

export type TAuthenticateResult =
  | { ok: true; user: TAuthUser }
  | { ok: false; reason: "invalid" | "rate-limited"; retryAfterSeconds?: number };

/** Per email and per client address: slows guessing one account and spraying many. */
export const SIGN_IN_LIMITS = {
  perEmail: { limit: 10, windowSeconds: 15 * 60 },
  perIp: { limit: 50, windowSeconds: 15 * 60 },
} as const;

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
  if (blocked) return { ok: false, reason: "rate-limited", retryAfterSeconds: blocked.retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { email },
    omit: { passwordHash: false },
    include: { memberships: { include: { group: { select: { roles: true } } } } },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await getDummyHash()));
  if (!user || !valid || user.disabledAt) return { ok: false, reason: "invalid" };

  await resetRateLimit(db, `sign-in:email:${email}`);
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      roles: rolesFromGroups(user.memberships.map((m) => m.group)),
    },
  };
}
