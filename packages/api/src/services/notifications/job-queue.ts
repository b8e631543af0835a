import type { Job, TDb } from "@stackvend/db";

/**
 * The PostgreSQL-backed queue (the Job table). A claim is one statement:
 * due jobs, and jobs whose lease ran out (their worker stopped), are locked
 * with FOR UPDATE SKIP LOCKED and leased to the claiming worker, so workers of
 * any number of instances never hold the same job at once and never wait on
 * each other. Every finish is guarded by the lease (`lockedBy`), so a worker
 * that lost its lease cannot overwrite the result of the one that took over.
 */

export interface TBackoff {
  baseMs: number;
  maxMs: number;
}

/** The channel a commit that queued jobs notifies; workers LISTEN on it and start delivering at once. */
export const JOBS_CHANNEL = "stackvend_jobs";

/**
 * Inside the transaction that queues or requeues jobs: PostgreSQL (and the
 * embedded database) send the notification at commit and drop it on rollback,
 * so a worker is woken only for jobs it can see. The poll stays the fallback.
 */
export async function announceJobs(tx: Pick<TDb, "$executeRaw">): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${JOBS_CHANNEL}, '')`;
}

export const DEFAULT_BACKOFF: TBackoff = { baseMs: 30_000, maxMs: 6 * 3_600_000 };

/** Exponential with jitter: half of base·2^(attempt−1) plus a random share of the other half, capped. */
export function backoffDelay(attempt: number, backoff: TBackoff, random: () => number = Math.random): number {
  const exponential = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random());
}

export interface TClaimOptions {
  workerId: string;
  now: Date;
  leaseMs: number;
  batch: number;
}

export async function claimJobs(db: TDb, { workerId, now, leaseMs, batch }: TClaimOptions): Promise<Job[]> {
  // Prisma keeps DateTime as UTC in `timestamp without time zone`: compare and store in UTC
  // whatever the session's time zone.
  const at = now.toISOString();
  const leaseCutoff = new Date(now.getTime() - leaseMs).toISOString();
  const claimed = await db.$queryRaw<{ id: bigint }[]>`
    WITH due AS (
      SELECT "id" FROM "Job"
      WHERE ("status" = 'PENDING' AND "runAt" <= (${at}::timestamptz AT TIME ZONE 'UTC'))
         OR ("status" = 'RUNNING' AND "lockedAt" < (${leaseCutoff}::timestamptz AT TIME ZONE 'UTC'))
      ORDER BY "runAt", "id"
      LIMIT ${batch}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "Job" AS j
    SET "status" = 'RUNNING', "lockedAt" = (${at}::timestamptz AT TIME ZONE 'UTC'), "lockedBy" = ${workerId},
        "attempts" = j."attempts" + 1, "updatedAt" = (${at}::timestamptz AT TIME ZONE 'UTC')
    FROM due WHERE j."id" = due."id"
    RETURNING j."id"`;
  if (claimed.length === 0) return [];
  return db.job.findMany({
    where: { id: { in: claimed.map((c) => c.id) }, lockedBy: workerId },
    orderBy: { id: "asc" },
  });
}

/** The guard of every finish: still ours, still running. */
export function leased(job: Pick<Job, "id">, workerId: string) {
  return { id: job.id, status: "RUNNING" as const, lockedBy: workerId };
}

export async function completeJob(
  db: Pick<TDb, "job">,
  job: Pick<Job, "id">,
  workerId: string,
  now: Date,
  responseStatus: number | null = null,
  note: string | null = null,
): Promise<boolean> {
  const { count } = await db.job.updateMany({
    where: leased(job, workerId),
    data: {
      status: "SUCCEEDED",
      completedAt: now,
      lockedAt: null,
      lockedBy: null,
      responseStatus,
      lastError: note,
    },
  });
  return count === 1;
}

/** Back to PENDING after a delay while attempts remain; FAILED with the last error after the last one. */
export async function failJob(
  db: Pick<TDb, "job">,
  job: Pick<Job, "id" | "attempts" | "maxAttempts">,
  workerId: string,
  now: Date,
  failure: { error: string; responseStatus?: number | null },
  backoff: TBackoff,
  random?: () => number,
): Promise<boolean> {
  const final = job.attempts >= job.maxAttempts;
  const { count } = await db.job.updateMany({
    where: leased(job, workerId),
    data: {
      status: final ? "FAILED" : "PENDING",
      runAt: final ? undefined : new Date(now.getTime() + backoffDelay(job.attempts, backoff, random)),
      completedAt: final ? now : null,
      lockedAt: null,
      lockedBy: null,
      lastError: failure.error.slice(0, 2000),
      responseStatus: failure.responseStatus ?? null,
    },
  });
  return count === 1;
}
