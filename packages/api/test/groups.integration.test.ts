import { describe, expect, it } from "vitest";
import { ADMIN, useSeededDatabase } from "../src/testing/integration.ts";

const { as } = useSeededDatabase();

describe("groups.list", () => {
  it("lists every group with its roles and member count", async () => {
    const { items } = await (await as(ADMIN)).groups.list();
    expect(items.find((g) => g.name === "Dev")).toMatchObject({ roles: ["REQUESTER"], memberCount: 2 });
    expect(items.find((g) => g.name === "Admins")).toMatchObject({ roles: ["ADMIN"], memberCount: 1 });
  });
});
