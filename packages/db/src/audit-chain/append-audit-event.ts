import type { Prisma } from "../generated/prisma/client.ts";
import type { TDb } from "../client.ts";
import { toJsonValue } from "./canonical-json.ts";
import { hashAuditEvent } from "./event-hash.ts";

/**
 * Key of the transaction-level advisory lock every audit writer takes, on
 * PostgreSQL and PGlite alike. Distinct from the migration locks
 * (7362011904, and 72707369 in Prisma's engine).
 */
export const AUDIT_CHAIN_LOCK_KEY = 7_362_011_905n;

export interface TAuditEventRecord {
  actorId: string | null;
  /** Email or "system", as it is now: kept even if the user's email changes later. */
  actorLabel: string;
  action: string;
  objectType: string;
  objectId: string;
  /** Already free of secrets; stored and hashed as JSON (dates become ISO strings). */
  data?: Record<string, unknown>;
  ip?: string | null;
}

/** An interactive transaction's client (`db.$transaction(async (tx) => …)`). */
export type TAuditClient = Pick<TDb, "auditEvent" | "$executeRawUnsafe" | "$queryRaw">;

export interface TAppendedAuditEvent {
  id: bigint;
  sequence: bigint;
  hash: string;
}

/**
 * Appends one event to the chain inside the caller's transaction, so the
 * event commits or rolls back with the change it records. Must be given a
 * transaction's client: Prisma gives no reliable way to tell one from the
 * root client, and on the root client the lock would end with its statement.
 * Misused anyway, two writers would pick the same sequence and the unique
 * index would refuse the second one: the chain fails loudly, it never forks.
 *
 * The advisory lock is held until that transaction ends, so between reading
 * the last event and committing the next one no other writer, in this
 * process or another instance, can append: the chain stays linear.
 * PostgreSQL releases it only after the commit is visible, so the next
 * holder's read (READ COMMITTED, the default here) sees that event. A caller
 * in REPEATABLE READ with an older snapshot would read a stale head and be
 * refused by the unique sequence. PGlite runs one transaction at a time; the
 * same statements are correct there, the lock is simply never contended.
 * Make the audit write the last statement of a transaction: it holds the
 * lock until commit.
 */
export function appendAuditEvent(tx: TAuditClient, event: TAuditEventRecord): Promise<TAppendedAuditEvent> {
  return appendLocked(tx, event);
}

/**
 * Waits allowed for a pooled connection and for the whole transaction: more
 * than Prisma's defaults (2 s, 5 s), because under load it queues behind
 * every other audit writer for the lock.
 */
const STANDALONE_TRANSACTION = { maxWait: 10_000, timeout: 15_000 } as const;

/** For an event that records no other change (sign-in, sign-out): opens a transaction of its own. */
export function appendStandaloneAuditEvent(
  db: Pick<TDb, "$transaction">,
  event: TAuditEventRecord,
): Promise<TAppendedAuditEvent> {
  return db.$transaction((tx) => appendLocked(tx, event), STANDALONE_TRANSACTION);
}

async function appendLocked(tx: TAuditClient, event: TAuditEventRecord): Promise<TAppendedAuditEvent> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY})`);
  // A separate statement from the lock on purpose: under READ COMMITTED each statement takes a
  // fresh snapshot, and only one taken after the lock is granted sees the previous holder's commit.
  // The time comes from the database too, so every instance writes on one clock.
  const [head] = await tx.$queryRaw<{ sequence: bigint | null; hash: string | null; now: Date }[]>`
    SELECT last."sequence", last."hash", date_trunc('milliseconds', clock_timestamp()) AS "now"
    FROM (SELECT 1) AS one
    LEFT JOIN LATERAL (
      SELECT "sequence", "hash" FROM "AuditEvent" ORDER BY "sequence" DESC LIMIT 1
    ) AS last ON true`;
  const fields = {
    sequence: (head?.sequence === null || head?.sequence === undefined ? 0n : BigInt(head.sequence)) + 1n,
    actorId: event.actorId,
    actorLabel: event.actorLabel,
    action: event.action,
    objectType: event.objectType,
    objectId: event.objectId,
    data: toJsonValue(event.data ?? {}),
    ip: event.ip ?? null,
    createdAt: new Date(head?.now ?? Date.now()),
    // After events from before the chain (hash null), the chain starts afresh.
    prevHash: head?.hash ?? null,
  };
  const hash = hashAuditEvent(fields);
  const row = await tx.auditEvent.create({
    data: { ...fields, data: fields.data as Prisma.InputJsonValue, hash },
    select: { id: true },
  });
  return { id: row.id, sequence: fields.sequence, hash };
}
