/** The same search on the embedded database (PGlite with its pg_trgm extension). */
import { afterAll, beforeAll, describe, it } from "vitest";
import { createEmbeddedTestDatabase } from "@stackvend/db/testing";
import { seedDemo } from "../src/seed/seed-demo.ts";
import {
  broadSearchIsCappedAndPagesInOrder,
  narrowSearchPagesExactly,
} from "../src/testing/search-scenarios.ts";

let database: Awaited<ReturnType<typeof createEmbeddedTestDatabase>>;

beforeAll(async () => {
  database = await createEmbeddedTestDatabase();
  await seedDemo(database.prisma);
}, 120_000);
afterAll(async () => {
  await database?.close();
});

describe("catalog search on the embedded database", () => {
  it("caps the total of a broad search and still pages through every match in name order", async () => {
    await broadSearchIsCappedAndPagesInOrder(database.prisma, "broadpgl");
  });

  it("pages a narrow search exactly", async () => {
    await narrowSearchPagesExactly(database.prisma, "narrowpgl");
  });
});
