import { describe, expect, it } from "vitest";
import { navItemsFor } from "./nav-items";

describe("navItemsFor", () => {
  it("shows nothing without roles", () => {
    expect(navItemsFor([])).toEqual([]);
  });

  it("gives each role its own pages", () => {
    expect(navItemsFor(["REQUESTER"]).map((i) => i.href)).toEqual(["/catalog", "/requests"]);
    expect(navItemsFor(["APPROVER"]).map((i) => i.href)).toEqual(["/approvals"]);
    expect(navItemsFor(["ADMIN"]).map((i) => i.href)).toEqual([
      "/admin/portfolios",
      "/admin/products",
      "/admin/tag-options",
      "/admin/users",
      "/admin/audit",
    ]);
  });

  it("combines roles in a stable order", () => {
    expect(navItemsFor(["ADMIN", "REQUESTER"]).map((i) => i.key)).toEqual([
      "catalog",
      "requests",
      "portfolios",
      "products",
      "tagOptions",
      "users",
      "audit",
    ]);
  });
});
