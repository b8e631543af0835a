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
