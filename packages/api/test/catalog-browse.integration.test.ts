import { describe, expect, it } from "vitest";
import { S3_BUCKET_TEMPLATE } from "../src/seed/templates/s3-bucket.ts";
import {
  ADMIN,
  APPROVER,
  DEV,
  failure,
  PROD,
  unique,
  useSeededDatabase,
} from "../src/testing/integration.ts";

const { db, as } = useSeededDatabase();

async function portfolioId(name: string) {
  return (await db().prisma.portfolio.findUniqueOrThrow({ where: { name } })).id;
}

/** A product published by the admin into the given portfolios, uniquely named for this test. */
async function publish(
  portfolios: string[],
  fields: { name?: string; description?: string; tags?: string[] } = {},
) {
  const slug = unique("item");
  const ids = await Promise.all(portfolios.map(portfolioId));
  return (await as(ADMIN)).products.create({
    slug,
    name: fields.name ?? `Item ${slug}`,
    description: fields.description ?? "A test product",
    tags: fields.tags ?? [],
    portfolioIds: ids,
    version: { label: "1.0.0", releaseNotes: "First.", source: S3_BUCKET_TEMPLATE },
  });
}

describe("access", () => {
  it("catalog.search and catalog.getProduct: anonymous UNAUTHORIZED, approver and admin FORBIDDEN", async () => {
    for (const call of [
      (c: Awaited<ReturnType<typeof as>>) => c.catalog.search({}),
      (c: Awaited<ReturnType<typeof as>>) => c.catalog.getProduct({ slug: "s3-bucket" }),
    ]) {
      expect((await failure(call(await as(null)))).code).toBe("UNAUTHORIZED");
      expect((await failure(call(await as(APPROVER)))).code).toBe("FORBIDDEN");
      expect((await failure(call(await as(ADMIN)))).code).toBe("FORBIDDEN");
    }
  });
});

describe("catalog.search", () => {
  it("shows a requester only products in their granted portfolios, with the portfolios they are seen through", async () => {
    const dev = await (await as(DEV)).catalog.search({ limit: 100 });
    const slugs = dev.items.map((p) => p.slug);
    expect(slugs).toEqual(expect.arrayContaining(["ec2-web-server", "s3-bucket"]));
    expect(slugs).not.toContain("rds-postgres");
    expect(dev.items.find((p) => p.slug === "s3-bucket")?.portfolios.map((p) => p.name)).toEqual([
      "Development",
    ]);
    expect(dev.items.find((p) => p.slug === "s3-bucket")?.latestVersion).toMatchObject({ label: "1.0.0" });

    const prod = await (await as(PROD)).catalog.search({ limit: 100 });
    expect(prod.items.map((p) => p.slug)).toContain("rds-postgres");
  });

  it("takes % and _ literally, not as wildcards", async () => {
    const dev = await as(DEV);
    const marker = unique("pct").toLowerCase();
    const literal = await publish(["Development"], { name: `Rollout 100%_${marker}` });
    await publish(["Development"], { name: `Rollout 100x${marker}` });
    const ids = async (query: string) =>
      (await dev.catalog.search({ query, limit: 100 })).items.map((p) => p.id);
    expect(await ids(`100%_${marker}`)).toEqual([literal.id]);
    expect(await ids(`100_${marker}`)).toEqual([]);
    const all = (await dev.catalog.search({ limit: 100 })).total;
    expect((await dev.catalog.search({ query: "%" })).total).toBeLessThan(all);
    expect(await ids(`100\\${marker}`)).toEqual([]);
  });

  it("matches name, description and tags case-insensitively", async () => {
    const dev = await as(DEV);
    const marker = unique("Zephyr").toLowerCase();
    const product = await publish(["Development"], {
      name: `Queue ${marker}`,
      description: `Holds messages for the Nightly-Batch jobs ${marker}`,
      tags: [`tag-${marker}`],
    });
    expect((await dev.catalog.search({ query: marker.toUpperCase() })).items.map((p) => p.id)).toEqual([
      product.id,
    ]);
    expect((await dev.catalog.search({ query: "nightly-batch" })).items.map((p) => p.id)).toContain(
      product.id,
    );
    expect((await dev.catalog.search({ query: `TAG-${marker}` })).items.map((p) => p.id)).toEqual([
      product.id,
    ]);
    expect((await dev.catalog.search({ tag: `tag-${marker}` })).items.map((p) => p.id)).toEqual([product.id]);
    expect((await dev.catalog.search({ query: "apache" })).items.map((p) => p.slug)).toContain(
      "ec2-web-server",
    );
  });

  it("filters by portfolio; a portfolio the caller was not granted yields nothing", async () => {
    const dev = await as(DEV);
    const inDev = await dev.catalog.search({ portfolioId: await portfolioId("Development"), limit: 100 });
    expect(inDev.items.length).toBeGreaterThan(0);
    const inProd = await dev.catalog.search({ portfolioId: await portfolioId("Production"), limit: 100 });
    expect(inProd).toMatchObject({ items: [], total: 0 });
  });

  it("pages with a cursor and reports the total", async () => {
    const marker = unique("pager").toLowerCase();
    for (let i = 0; i < 5; i++) await publish(["Development"], { name: `Pager ${marker} ${i}` });
    const dev = await as(DEV);
    const first = await dev.catalog.search({ query: marker, limit: 2 });
    expect(first.total).toBe(5);
    expect(first.items.map((p) => p.name)).toEqual([`Pager ${marker} 0`, `Pager ${marker} 1`]);
    const second = await dev.catalog.search({ query: marker, limit: 2, cursor: first.nextCursor });
    expect(second.items.map((p) => p.name)).toEqual([`Pager ${marker} 2`, `Pager ${marker} 3`]);
    const third = await dev.catalog.search({ query: marker, limit: 2, cursor: second.nextCursor });
    expect(third.items.map((p) => p.name)).toEqual([`Pager ${marker} 4`]);
    expect(third.nextCursor).toBeUndefined();
  });

  it("hides products with no active version, archived products and archived portfolios", async () => {
    const admin = await as(ADMIN);
    const dev = await as(DEV);
    const marker = unique("hidden").toLowerCase();
    const deprecated = await publish(["Development"], { name: `Old ${marker}` });
    await admin.products.deprecateVersion({ versionId: deprecated.versions[0]!.id });
    const archived = await publish(["Development"], { name: `Gone ${marker}` });
    await db().prisma.product.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    expect((await dev.catalog.search({ query: marker })).items).toEqual([]);

    const shelf = await admin.portfolios.create({ name: unique("Shelf") });
    const devGroup = await db().prisma.group.findUniqueOrThrow({ where: { name: "Dev" } });
    await admin.portfolios.grantAccess({ portfolioId: shelf.id, groupId: devGroup.id });
    const shelved = await publish([], { name: `Shelved ${marker}` });
    await admin.portfolios.addProduct({ portfolioId: shelf.id, productId: shelved.id });
    expect((await dev.catalog.search({ query: marker })).items.map((p) => p.id)).toEqual([shelved.id]);
    await admin.portfolios.archive({ id: shelf.id });
    expect((await dev.catalog.search({ query: marker })).items).toEqual([]);
  });

  it("a Prod requester cannot find a product that is only in Development", async () => {
    const product = await publish(["Development"], { name: unique("DevOnly") });
    expect((await (await as(PROD)).catalog.search({ query: product.name })).items).toEqual([]);
    expect((await (await as(DEV)).catalog.search({ query: product.name })).items).toHaveLength(1);
  });

  it("rejects bad input naming the field and the rule", async () => {
    const error = await failure((await as(DEV)).catalog.search({ limit: 1000 }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/limit must be at most 100/);
    expect((await failure((await as(DEV)).catalog.search({ query: "x".repeat(201) }))).message).toMatch(
      /query/,
    );
    expect((await failure((await as(DEV)).catalog.search({ query: "kafka\nbroker" }))).message).toMatch(
      /query must not contain control/,
    );
  });
});

describe("catalog.getProduct", () => {
  it("returns the product page: versions, parameters, diagram, cost and source of the latest active version", async () => {
    const page = await (await as(DEV)).catalog.getProduct({ slug: "ec2-web-server" });
    expect(page).toMatchObject({
      slug: "ec2-web-server",
      owner: "Compute team",
      tags: ["compute", "ec2", "web"],
      portfolios: [{ name: "Development" }],
    });
    expect(page.versions[0]).toMatchObject({
      label: "1.0.0",
      releaseNotes: "First release.",
      status: "ACTIVE",
    });
    expect(page.versions[0]?.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(page.latestVersion.formModel.fields.map((f) => f.name)).toEqual([
      "InstanceType",
      "LatestAmiId",
      "KeyName",
      "SSHLocation",
    ]);
    expect(page.latestVersion.graph.nodes.map((n) => n.id)).toContain("WebServerInstance");
    expect(page.latestVersion.cost.items.length).toBeGreaterThan(0);
    expect(page.latestVersion.templateSource).toContain("AWS::EC2::Instance");
  });

  it("shows deprecated versions in the list but describes the latest active one", async () => {
    const admin = await as(ADMIN);
    const product = await publish(["Development"]);
    const v2 = await admin.products.addVersion({
      productId: product.id,
      label: "2.0.0",
      releaseNotes: "Second.",
      source: S3_BUCKET_TEMPLATE.replace("Private S3 bucket", "Private S3 bucket, v2"),
    });
    await admin.products.deprecateVersion({ versionId: v2.id });
    const page = await (await as(DEV)).catalog.getProduct({ slug: product.slug });
    expect(page.versions.map((v) => [v.label, v.status])).toEqual([
      ["2.0.0", "DEPRECATED"],
      ["1.0.0", "ACTIVE"],
    ]);
    expect(page.latestVersion.label).toBe("1.0.0");
  });

  it("is NOT_FOUND, with the same message as a missing product, outside the caller's portfolios", async () => {
    const product = await publish(["Development"]);
    const missing = await failure((await as(PROD)).catalog.getProduct({ slug: "no-such-product" }));
    const hidden = await failure((await as(PROD)).catalog.getProduct({ slug: product.slug }));
    expect(hidden).toEqual(missing);
    expect(hidden.code).toBe("NOT_FOUND");
    expect((await failure((await as(DEV)).catalog.getProduct({ slug: "rds-postgres" }))).code).toBe(
      "NOT_FOUND",
    );
    await expect((await as(DEV)).catalog.getProduct({ slug: product.slug })).resolves.toMatchObject({
      id: product.id,
    });
  });
});

describe("catalog.overview", () => {
  it("lists the granted portfolios only, without their products", async () => {
    await publish(["Development"]);
    const overview = await (await as(DEV)).catalog.overview();
    expect(overview.portfolios.map((p) => p.name)).toEqual(["Development"]);
    expect(Object.keys(overview.portfolios[0]!).sort()).toEqual(["description", "id", "name"]);
  });
});
