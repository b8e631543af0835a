import { describe, expect, it } from "vitest";
import { rolesFromGroups } from "./roles.ts";

describe("rolesFromGroups", () => {
  it("is the ordered union of the groups' roles", () => {
    expect(rolesFromGroups([{ roles: ["ADMIN"] }, { roles: ["REQUESTER", "ADMIN"] }])).toEqual([
      "REQUESTER",
      "ADMIN",
    ]);
    expect(rolesFromGroups([])).toEqual([]);
  });
});
