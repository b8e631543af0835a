/** The same claim logic on the embedded database (PGlite: one connection, transactions serialised in-process). */
import { afterAll, beforeAll, describe, it } from "vitest";
import { createEmbeddedTestDatabase } from "@stackvend/db/testing";
import { abandonedBatchIsResumed, twoWorkersNeverShareAJob } from "../src/testing/queue-scenarios.ts";

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
