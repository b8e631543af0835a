import { describe, it } from "vitest";
import { useSeededDatabase } from "../src/testing/integration.ts";
import {
  broadSearchIsCappedAndPagesInOrder,
  narrowSearchPagesExactly,
  visibilityRuleAgreesInSqlAndPrisma,
} from "../src/testing/search-scenarios.ts";

const { db } = useSeededDatabase();

describe("catalog search on PostgreSQL", () => {
  it("caps the total of a broad search and still pages through every match in name order", async () => {
    await broadSearchIsCappedAndPagesInOrder(db().prisma, "broadpg");
  });

  it("pages a narrow search exactly", async () => {
    await narrowSearchPagesExactly(db().prisma, "narrowpg");
  });

  it("holds the SQL and Prisma forms of the visibility rule to the same products", async () => {
    await visibilityRuleAgreesInSqlAndPrisma(db().prisma, "visiblepg");
  });
});
