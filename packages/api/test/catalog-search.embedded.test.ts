/** The same search on the embedded database (PGlite with its pg_trgm extension). */
import { describe, it } from "vitest";
import {
  broadSearchIsCappedAndPagesInOrder,
  narrowSearchPagesExactly,
  visibilityRuleAgreesInSqlAndPrisma,
} from "../src/testing/search-scenarios.ts";
import { useSeededEmbeddedDatabase } from "../src/testing/integration.ts";

const embeddedDb = useSeededEmbeddedDatabase();

describe("catalog search on the embedded database", () => {
  it("caps the total of a broad search and still pages through every match in name order", async () => {
    await broadSearchIsCappedAndPagesInOrder(embeddedDb(), "broadpgl");
  });

  it("pages a narrow search exactly", async () => {
    await narrowSearchPagesExactly(embeddedDb(), "narrowpgl");
  });

  it("holds the SQL and Prisma forms of the visibility rule to the same products", async () => {
    await visibilityRuleAgreesInSqlAndPrisma(embeddedDb(), "visiblepgl");
  });
});
