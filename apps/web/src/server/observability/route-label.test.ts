import { describe, expect, it } from "vitest";
import { routeLabel } from "./route-label.ts";

describe("routeLabel", () => {
  it("keeps a route's shape and drops its ids, slugs and query", () => {
    expect(routeLabel("/requests/cmx66pzsg0003oy7dizz3g7so")).toBe("/requests/[id]");
    expect(routeLabel("/catalog/s3-bucket/order?draft=1")).toBe("/catalog/[slug]/order");
    expect(
      routeLabel(
        "/admin/portfolios/cmx66pzsg0003oy7dizz3g7so/products/cmx66pzuf0008oy7dahr2h5eu/constraints",
      ),
    ).toBe("/admin/portfolios/[id]/products/[id]/constraints");
    expect(routeLabel("/admin/products/new")).toBe("/admin/products/new");
    expect(routeLabel("/api/trpc/catalog.search,orders.preview?batch=1")).toBe("/api/trpc/[procedures]");
    expect(routeLabel("/")).toBe("/");
  });

  it("folds static assets and unknown paths into one label each, so series stay bounded", () => {
    expect(routeLabel("/_next/static/chunks/app-123.js")).toBe("/_next/static/*");
    expect(routeLabel("/wp-admin/setup.php")).toBe("other");
    expect(routeLabel("/.env")).toBe("other");
  });
});
