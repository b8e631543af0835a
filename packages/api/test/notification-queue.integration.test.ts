import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAnotherInstance } from "@stackvend/db/testing";
import type { TDatabase } from "@stackvend/db";
import { createNotificationWorker, runUntilIdle } from "../src/services/notifications/worker.ts";
import { useSeededDatabase } from "../src/testing/integration.ts";
import { testSettings } from "../src/testing/notifications.ts";
import {
  abandonedBatchIsResumed,
  commitWakesTheWorker,
  twoWorkersNeverShareAJob,
} from "../src/testing/queue-scenarios.ts";

const { db } = useSeededDatabase();
let other: TDatabase;

beforeAll(async () => {
  other = await openAnotherInstance(db().url);
  // The seed's events first, so each scenario counts only its own jobs.
  await runUntilIdle(createNotificationWorker({ db: db().prisma, settings: testSettings() }), db().prisma);
});
afterAll(async () => {
  await other?.close();
});

describe("the job queue on PostgreSQL", () => {
  it("jobs of a worker killed mid-batch are delivered by another after the lease; none lost", async () => {
    await abandonedBatchIsResumed(db().prisma);
  });

  it("two app instances (two database clients) never deliver one job twice: 100 jobs, 100 deliveries", async () => {
    expect(await twoWorkersNeverShareAJob(db().prisma, other.prisma)).toHaveLength(100);
  });

  it("a commit on one instance wakes the worker listening on another at once; a rollback wakes nobody", async () => {
    await commitWakesTheWorker(db().prisma, other.listen);
  });
});
