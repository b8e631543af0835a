import { describe, expect, it } from "vitest";
import { navItemsFor } from "./nav-items";

describe("navItemsFor", () => {
  it("shows nothing without roles", () => {
    expect(navItemsFor([])).toEqual([]);
  });

  it("gives each role its own pages", () => {
    expect(navItemsFor(["REQUESTER"]).map((i) => i.href)).toEqual(["/catalog", "/requests", "/products"]);
    expect(navItemsFor(["APPROVER"]).map((i) => i.href)).toEqual(["/approvals"]);
    expect(navItemsFor(["ADMIN"]).map((i) => i.href)).toEqual([
      "/approvals",
      "/admin/portfolios",
      "/admin/products",
      "/admin/provisioned",
      "/admin/tag-options",
      "/admin/users",
      "/admin/sso",
      "/admin/notifications",
      "/admin/audit",
    ]);
  });

  it("shows Approvals once to someone who is both approver and admin", () => {
    expect(navItemsFor(["APPROVER", "ADMIN"]).filter((i) => i.key === "approvals")).toHaveLength(1);
  });

  it("combines roles in a stable order", () => {
    expect(navItemsFor(["ADMIN", "REQUESTER"]).map((i) => i.key)).toEqual([
      "catalog",
      "requests",
      "myProducts",
      "approvals",
      "portfolios",
      "products",
      "provisioned",
      "tagOptions",
      "users",
      "sso",
      "notifications",
      "audit",
    ]);
  });
});
