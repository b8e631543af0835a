/** The same claim logic on the embedded database (PGlite: one connection, transactions serialised in-process). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmbeddedTestDatabase } from "@stackvend/db/testing";
import { seedDemo } from "../src/seed/seed-demo.ts";
import { createNotificationWorker, runUntilIdle } from "../src/services/notifications/worker.ts";
import { startWebhookReceiver, testSettings } from "../src/testing/notifications.ts";
import {
  abandonedBatchIsResumed,
  commitWakesTheWorker,
  twoWorkersNeverShareAJob,
} from "../src/testing/queue-scenarios.ts";

let database: Awaited<ReturnType<typeof createEmbeddedTestDatabase>>;

beforeAll(async () => {
  database = await createEmbeddedTestDatabase();
}, 120_000);
afterAll(async () => {
  await database?.close();
});

describe("the job queue on the embedded database", () => {
  it("resumes a killed worker's batch after the lease", async () => {
    await abandonedBatchIsResumed(database.prisma);
  });

  it("two workers in one process never deliver one job twice", async () => {
    await twoWorkersNeverShareAJob(database.prisma, database.prisma, 50);
  });
});

describe("notifications on the embedded database", () => {
  it("the demo's submits reach the inboxes and fan out to a webhook, signed", async () => {
    const db = database.prisma;
    await seedDemo(db);
    const receiver = await startWebhookReceiver();
    try {
      const endpoint = await db.webhookEndpoint.create({
        data: { name: "embedded", url: receiver.url, secret: "s", events: ["request.submitted"] },
      });
      receiver.setSecret("s");
      const worker = createNotificationWorker({
        db,
        settings: testSettings(),
        backoff: { baseMs: 5, maxMs: 20 },
      });
      await runUntilIdle(worker, db);
      expect(receiver.received.length).toBeGreaterThan(0);
      expect(receiver.received.every((r) => r.signatureValid)).toBe(true);
      expect(await db.job.count({ where: { endpointId: endpoint.id, status: "SUCCEEDED" } })).toBe(
        receiver.received.length,
      );
      const approver = await db.user.findUniqueOrThrow({ where: { email: "approver@stackvend.local" } });
      expect(await db.notification.count({ where: { userId: approver.id } })).toBeGreaterThan(0);
    } finally {
      await receiver.close();
    }
  });

  it("a committed submit wakes the listening worker at once; a rolled-back one does not", async () => {
    await commitWakesTheWorker(database.prisma, database.listen);
  });
});
