import { expect } from "vitest";
import type { TDatabase, TDb } from "@stackvend/db";
import { claimJobs, JOBS_CHANNEL } from "../services/notifications/job-queue.ts";
import { notifyRequestEvent } from "../services/notifications/notify-request-event.ts";
import { createNotificationWorker, runUntilIdle } from "../services/notifications/worker.ts";
import { queueWebhookJobs, startWebhookReceiver, testSettings } from "./notifications.ts";

/**
 * Queue scenarios run against PostgreSQL and the embedded database alike:
 * the claim is the same SQL on both.
 */

async function endpointFor(db: TDb, url: string) {
  return db.webhookEndpoint.create({ data: { name: "scenario", url, secret: "scenario-secret" } });
}

function deliveriesById(received: { headers: Record<string, unknown> }[]) {
  const counts = new Map<string, number>();
  for (const r of received) {
    const id = String(r.headers["stackvend-delivery"]);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** A worker claims a batch and stops (killed); after the lease another delivers every job: none lost. */
export async function abandonedBatchIsResumed(db: TDb) {
  const receiver = await startWebhookReceiver();
  receiver.setSecret("scenario-secret");
  try {
    const endpoint = await endpointFor(db, receiver.url);
    await queueWebhookJobs(db, endpoint.id, 20);
    const leaseMs = 60_000;
    const claimed = await claimJobs(db, { workerId: "killed", now: new Date(), leaseMs, batch: 10 });
    expect(claimed).toHaveLength(10);
    // The survivor's clock is injected, so the lease runs out when the test says.
    let skew = 0;
    const survivor = createNotificationWorker({
      db,
      settings: testSettings(),
      workerId: "survivor",
      leaseMs,
      backoff: { baseMs: 5, maxMs: 20 },
      now: () => new Date(Date.now() + skew),
    });
    // Before the lease ends only the unclaimed half is delivered.
    while ((await survivor.runOnce()) > 0);
    expect(receiver.received).toHaveLength(10);
    skew = leaseMs + 1_000;
    while ((await survivor.runOnce()) > 0);
    const counts = deliveriesById(receiver.received);
    expect(counts.size).toBe(20);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(receiver.received.every((r) => r.signatureValid)).toBe(true);
    const jobs = await db.job.findMany({ where: { endpointId: endpoint.id } });
    expect(jobs.every((j) => j.status === "SUCCEEDED" && j.lockedBy === null)).toBe(true);
    // The abandoned ones count the attempt the killed worker took.
    expect(jobs.filter((j) => claimed.some((c) => c.id === j.id)).every((j) => j.attempts === 2)).toBe(true);
  } finally {
    // Gone with its receiver, so later events are not sent to a closed port.
    await db.webhookEndpoint.deleteMany({ where: { url: receiver.url } });
    await receiver.close();
  }
}

/** Two workers (on one client or two) take 100 jobs at once: each delivered exactly once. */
export async function twoWorkersNeverShareAJob(first: TDb, second: TDb, jobs = 100) {
  const receiver = await startWebhookReceiver(() => 200, 3);
  receiver.setSecret("scenario-secret");
  try {
    const endpoint = await endpointFor(first, receiver.url);
    await queueWebhookJobs(first, endpoint.id, jobs);
    const options = {
      settings: testSettings(),
      leaseMs: 60_000,
      batch: 5,
      backoff: { baseMs: 5, maxMs: 20 },
    };
    const a = createNotificationWorker({ ...options, db: first, workerId: "a" });
    const b = createNotificationWorker({ ...options, db: second, workerId: "b" });
    await Promise.all([runUntilIdle(a, first), runUntilIdle(b, second)]);
    const counts = deliveriesById(receiver.received);
    expect(counts.size).toBe(jobs);
    expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
    const rows = await first.job.findMany({ where: { endpointId: endpoint.id } });
    expect(rows.every((j) => j.status === "SUCCEEDED" && j.attempts === 1)).toBe(true);
    return rows;
  } finally {
    await first.webhookEndpoint.deleteMany({ where: { url: receiver.url } });
    await receiver.close();
  }
}

/**
 * A worker that would poll only every ten minutes delivers a committed
 * submit's notification at once, woken by the commit's NOTIFY (which `listen`
 * may receive on another instance); a rolled-back one wakes nobody.
 */
export async function commitWakesTheWorker(db: TDb, listen: TDatabase["listen"]) {
  const receiver = await startWebhookReceiver();
  receiver.setSecret("scenario-secret");
  let wakes = 0;
  const worker = createNotificationWorker({
    db,
    settings: testSettings(),
    pollMs: 600_000,
    subscribe: (wake) =>
      listen(JOBS_CHANNEL, () => {
        wakes++;
        wake();
      }),
  });
  try {
    const request = await db.request.findFirstOrThrow({ where: { status: "SUBMITTED" } });
    // Earlier jobs first, so that only this scenario's notifications remain.
    await runUntilIdle(worker, db);
    const endpoint = await endpointFor(db, receiver.url);
    worker.start();
    await waitFor(
      async () => (await db.job.count({ where: { status: { in: ["PENDING", "RUNNING"] } } })) === 0,
    );

    const rolledBack = await db
      .$transaction(async (t) => {
        await notifyRequestEvent(t, { requestId: request.id, type: "request.submitted" });
        throw new Error("the change failed");
      })
      .catch((error: Error) => error.message);
    expect(rolledBack).toBe("the change failed");
    await new Promise((r) => setTimeout(r, 300));
    expect(wakes).toBe(0);
    expect(receiver.received).toHaveLength(0);

    const started = Date.now();
    await db.$transaction((t) => notifyRequestEvent(t, { requestId: request.id, type: "request.submitted" }));
    await waitFor(() => receiver.received.length === 1);
    expect(Date.now() - started).toBeLessThan(5_000);
    // One wake for the submit's job, one for the webhook job its fan-out queued.
    expect(wakes).toBe(2);
    expect(receiver.received[0]!.signatureValid).toBe(true);
    await waitFor(
      async () => (await db.job.count({ where: { endpointId: endpoint.id, status: "SUCCEEDED" } })) === 1,
    );
  } finally {
    await worker.stop();
    await db.webhookEndpoint.deleteMany({ where: { url: receiver.url } });
    await receiver.close();
  }
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`waitFor: not true after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
