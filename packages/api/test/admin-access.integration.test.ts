import { describe, expect, it } from "vitest";
import { S3_BUCKET_TEMPLATE } from "../src/seed/templates/s3-bucket.ts";
import { APPROVER, DEV, failure, unique, useSeededDatabase } from "../src/testing/integration.ts";

const { as } = useSeededDatabase();

describe("access to admin procedures", () => {
  const calls: [string, (c: Awaited<ReturnType<typeof as>>) => Promise<unknown>][] = [
    ["portfolios.list", (c) => c.portfolios.list()],
    ["portfolios.create", (c) => c.portfolios.create({ name: unique("p") })],
    ["portfolios.grantAccess", (c) => c.portfolios.grantAccess({ portfolioId: "x", groupId: "y" })],
    ["groups.list", (c) => c.groups.list()],
    ["products.list", (c) => c.products.list()],
    ["products.previewTemplate", (c) => c.products.previewTemplate({ source: S3_BUCKET_TEMPLATE })],
    ["products.deprecateVersion", (c) => c.products.deprecateVersion({ versionId: "x" })],
    ["tagOptions.list", (c) => c.tagOptions.list()],
    ["tagOptions.create", (c) => c.tagOptions.create({ key: "K", value: "v" })],
    ["constraints.list", (c) => c.constraints.list({ portfolioId: "x" })],
    ["constraints.remove", (c) => c.constraints.remove({ id: "x" })],
  ];

  it.each(calls)("%s: anonymous UNAUTHORIZED, requester and approver FORBIDDEN", async (_name, call) => {
    expect((await failure(call(await as(null)))).code).toBe("UNAUTHORIZED");
    expect((await failure(call(await as(DEV)))).code).toBe("FORBIDDEN");
    expect((await failure(call(await as(APPROVER)))).code).toBe("FORBIDDEN");
  });
});
