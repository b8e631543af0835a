import type { TDb } from "@stackvend/db";

export interface TRateLimitResult {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
  /** The first call refused in this window: worth recording once, not on every retry. */
  firstRefusal: boolean;
}

/**
 * Fixed-window counter in PostgreSQL, so every app instance behind a load
 * balancer shares one budget. One atomic statement: no read-modify-write race.
 */
export async function consumeRateLimit(
  db: TDb,
  key: string,
  { limit, windowSeconds }: { limit: number; windowSeconds: number },
): Promise<TRateLimitResult> {
  const rows = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count")
    VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= now() - make_interval(secs => ${windowSeconds})
                     THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= now() - make_interval(secs => ${windowSeconds})
                           THEN now() ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0];
  if (!row) return { allowed: true, remaining: limit - 1, retryAfterSeconds: 0, firstRefusal: false };
  const count = Number(row.count);
  const elapsed = (Date.now() - new Date(row.windowStart).getTime()) / 1000;
  return {
    allowed: count <= limit,
    remaining: Math.max(0, limit - count),
    retryAfterSeconds: count <= limit ? 0 : Math.max(1, Math.ceil(windowSeconds - elapsed)),
    firstRefusal: count === limit + 1,
  };
}

export async function resetRateLimit(db: TDb, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** Seconds until `key`'s fixed window (see consumeRateLimit) lets through another attempt; 0 when it does now. */
export async function windowWait(
  db: TDb,
  key: string,
  { limit, windowSeconds }: { limit: number; windowSeconds: number },
): Promise<number> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row) return 0;
  const elapsed = (Date.now() - row.windowStart.getTime()) / 1000;
  if (elapsed >= windowSeconds || row.count < limit) return 0;
  return Math.max(1, Math.ceil(windowSeconds - elapsed));
}

export interface TBackoffPolicy {
  /** Failures that cost nothing. */
  free: number;
  /** The wait after the first failure past the free ones; each further failure doubles it. */
  baseSeconds: number;
  maxSeconds: number;
  /** Failures are forgotten after this long without another. */
  forgetSeconds: number;
}

/**
 * Exponential back-off on failures of one key: the row's count is the
 * failures in a row, its window start the last failure. Seconds to wait
 * before the next attempt; 0 when it may go now.
 */
export async function backoffWait(db: TDb, key: string, policy: TBackoffPolicy): Promise<number> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row) return 0;
  const sinceLast = (Date.now() - row.windowStart.getTime()) / 1000;
  if (sinceLast >= policy.forgetSeconds || row.count < policy.free) return 0;
  const wait = Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** (row.count - policy.free));
  return sinceLast >= wait ? 0 : Math.max(1, Math.ceil(wait - sinceLast));
}

/** One more failure in a row on `key` (one atomic statement, shared by every instance). */
export async function recordBackoffFailure(db: TDb, key: string, policy: TBackoffPolicy): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "RateLimit" ("key", "windowStart", "count")
    VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= now() - make_interval(secs => ${policy.forgetSeconds})
                     THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = now()`;
}

/** Remembers that `key` happened (a sign-in from an address), with when it last did. */
export async function remember(db: TDb, key: string): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET "count" = "RateLimit"."count" + 1, "windowStart" = now()`;
}

/** Whether `key` was remembered within the last `withinSeconds`. */
export async function remembered(db: TDb, key: string, withinSeconds: number): Promise<boolean> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  return !!row && Date.now() - row.windowStart.getTime() < withinSeconds * 1000;
}
