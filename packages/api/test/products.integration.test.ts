import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { S3_BUCKET_TEMPLATE } from "../src/seed/templates/s3-bucket.ts";
import {
  BROKEN_TEMPLATE,
  catalogAdminFixtures,
  S3_V2_TEMPLATE,
  UNPARSEABLE_TEMPLATE,
} from "../src/testing/catalog-admin.ts";
import { ADMIN, failure, unique, useSeededDatabase } from "../src/testing/integration.ts";

const database = useSeededDatabase();
const { db, as } = database;
const { ids, createProduct } = catalogAdminFixtures(database);

describe("products.previewTemplate", () => {
  it("returns format, digest, findings, form model, graph and cost, and writes nothing", async () => {
    const before = await Promise.all([db().prisma.productVersion.count(), db().prisma.auditEvent.count()]);
    const preview = await (await as(ADMIN)).products.previewTemplate({ source: S3_BUCKET_TEMPLATE });
    expect(preview.format).toBe("YAML");
    expect(preview.digest).toBe(createHash("sha256").update(S3_BUCKET_TEMPLATE, "utf8").digest("hex"));
    expect(preview.errorCount).toBe(0);
    expect(preview.publishable).toBe(true);
    expect(preview.formModel?.fields.map((f) => f.name)).toEqual([
      "BucketPurpose",
      "Versioning",
      "NoncurrentVersionExpirationDays",
    ]);
    expect(preview.graph?.nodes.map((n) => n.id)).toContain("Bucket");
    expect(preview.cost).toMatchObject({ currency: "USD" });
    expect(await Promise.all([db().prisma.productVersion.count(), db().prisma.auditEvent.count()])).toEqual(
      before,
    );
  });

  it("reports a parse error as a finding with line:col, not as a server error", async () => {
    const preview = await (await as(ADMIN)).products.previewTemplate({ source: UNPARSEABLE_TEMPLATE });
    expect(preview.publishable).toBe(false);
    expect(preview.formModel).toBeNull();
    expect(preview.findings[0]).toMatchObject({
      severity: "error",
      line: expect.any(Number),
      column: expect.any(Number),
    });
  });

  it("reports validation errors with their position", async () => {
    const preview = await (await as(ADMIN)).products.previewTemplate({ source: BROKEN_TEMPLATE });
    expect(preview.errorCount).toBeGreaterThan(0);
    const finding = preview.findings.find((f) => f.message.includes("AWS::S3::Buckett"));
    expect(finding).toMatchObject({ severity: "error", line: 4 });
  });

  it("refuses a source over 1 MB, naming the field and the rule", async () => {
    const big = `# ${"x".repeat(1_048_576)}\n${S3_BUCKET_TEMPLATE}`;
    const error = await failure((await as(ADMIN)).products.previewTemplate({ source: big }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/source/);
    expect(error.message).toMatch(/1 MB/);
    const empty = await failure((await as(ADMIN)).products.previewTemplate({ source: "" }));
    expect(empty.message).toMatch(/source: a template is required/);
  });
});

describe("products.create", () => {
  it("creates the product with its first version in the given portfolios, audited without the source", async () => {
    const { developmentId } = await ids();
    const product = await createProduct([developmentId]);
    expect(product).toMatchObject({
      tags: ["storage", "test"],
      versionCount: 1,
      portfolios: [{ id: developmentId, name: "Development" }],
    });
    expect(product.versions[0]).toMatchObject({ label: "1.0.0", status: "ACTIVE", templateFormat: "YAML" });
    const stored = await db().prisma.productVersion.findFirstOrThrow({
      where: { productId: product.id },
    });
    expect(stored.templateSource).toBe(S3_BUCKET_TEMPLATE);
    expect(stored.digest).toBe(createHash("sha256").update(S3_BUCKET_TEMPLATE, "utf8").digest("hex"));
    const detail = await (await as(ADMIN)).products.get({ productId: product.id });
    expect(detail.latestActiveVersion?.formModel.fields).toHaveLength(3);
    const audit = await db().prisma.auditEvent.findFirstOrThrow({
      where: { action: "product.create", objectId: product.id },
    });
    expect(JSON.stringify(audit.data)).not.toContain("AWS::S3::Bucket");
    expect(audit.data).toMatchObject({
      slug: product.slug,
      version: { label: "1.0.0", digest: stored.digest },
    });
  });

  it("derives the same form model shape for seeded and uploaded versions", async () => {
    const seeded = await db().prisma.product.findUniqueOrThrow({ where: { slug: "rds-postgres" } });
    const detail = await (await as(ADMIN)).products.get({ productId: seeded.id });
    const model = detail.latestActiveVersion?.formModel;
    expect(model?.fields.find((f) => f.name === "DBPassword")).toMatchObject({ secret: true });
  });

  it("refuses a template with errors: INVALID_TEMPLATE with the findings under source, nothing written", async () => {
    const admin = await as(ADMIN);
    const slug = unique("broken");
    const error = await failure(
      admin.products.create({ slug, name: "Broken", version: { label: "1", source: BROKEN_TEMPLATE } }),
    );
    expect(error.code).toBe("UNPROCESSABLE_CONTENT");
    expect(error.fieldErrors.source?.[0]).toMatch(/^4:\d+ .*AWS::S3::Buckett/);
    expect(error.message).toMatch(/source/);
    expect(await db().prisma.product.count({ where: { slug } })).toBe(0);
    const unparseable = await failure(
      admin.products.create({ slug, name: "Broken", version: { label: "1", source: UNPARSEABLE_TEMPLATE } }),
    );
    expect(unparseable.code).toBe("UNPROCESSABLE_CONTENT");
  });

  it("refuses a duplicate slug with CONFLICT naming slug, and bad fields with their rule", async () => {
    const admin = await as(ADMIN);
    const dup = await failure(
      admin.products.create({
        slug: "s3-bucket",
        name: "Again",
        version: { label: "1", source: S3_BUCKET_TEMPLATE },
      }),
    );
    expect(dup).toMatchObject({ code: "CONFLICT", fieldErrors: { slug: [expect.any(String)] } });
    const badSlug = await failure(
      admin.products.create({
        slug: "Bad Slug",
        name: "x",
        version: { label: "1", source: S3_BUCKET_TEMPLATE },
      }),
    );
    expect(badSlug.code).toBe("BAD_REQUEST");
    expect(badSlug.message).toMatch(/slug is 2-63 lowercase/);
    const badUrl = await failure(
      admin.products.create({
        slug: unique("u"),
        name: "x",
        supportUrl: "ftp://example.com",
        version: { label: "1", source: S3_BUCKET_TEMPLATE },
      }),
    );
    expect(badUrl.message).toMatch(/supportUrl must be an http\(s\) URL/);
    const badPortfolio = await failure(
      admin.products.create({
        slug: unique("p"),
        name: "x",
        portfolioIds: ["nope"],
        version: { label: "1", source: S3_BUCKET_TEMPLATE },
      }),
    );
    expect(badPortfolio).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { portfolioIds: [expect.any(String)] },
    });
  });
});

describe("product versions", () => {
  it("addVersion publishes a new immutable version; a reused label is CONFLICT naming label", async () => {
    const admin = await as(ADMIN);
    const product = await createProduct();
    const v2 = await admin.products.addVersion({
      productId: product.id,
      label: "2.0.0",
      releaseNotes: "Adds a team.",
      source: S3_V2_TEMPLATE,
    });
    expect(v2).toMatchObject({ label: "2.0.0", status: "ACTIVE", releaseNotes: "Adds a team." });
    const dup = await failure(
      admin.products.addVersion({ productId: product.id, label: "2.0.0", source: S3_BUCKET_TEMPLATE }),
    );
    expect(dup).toMatchObject({ code: "CONFLICT", fieldErrors: { label: [expect.stringMatching(/label/)] } });
    const broken = await failure(
      admin.products.addVersion({ productId: product.id, label: "3", source: BROKEN_TEMPLATE }),
    );
    expect(broken.code).toBe("UNPROCESSABLE_CONTENT");
    const unknown = await failure(
      admin.products.addVersion({ productId: "nope", label: "1", source: S3_BUCKET_TEMPLATE }),
    );
    expect(unknown.code).toBe("NOT_FOUND");
    const badLabel = await failure(
      admin.products.addVersion({ productId: product.id, label: "a b", source: S3_BUCKET_TEMPLATE }),
    );
    expect(badLabel.message).toMatch(/label may contain/);
    const detail = await admin.products.get({ productId: product.id });
    expect(detail.versionCount).toBe(2);
    expect(detail.latestActiveVersion?.label).toBe("2.0.0");
    expect(detail.latestActiveVersion?.formModel.fields.find((f) => f.name === "Team")?.options).toEqual([
      "platform",
      "data",
    ]);
    expect((await failure(admin.products.get({ productId: "nope" }))).code).toBe("NOT_FOUND");
  });

  it("deprecateVersion and reactivateVersion are guarded transitions, audited", async () => {
    const admin = await as(ADMIN);
    const product = await createProduct();
    const versionId = product.versions[0]!.id;
    await expect(admin.products.deprecateVersion({ versionId })).resolves.toMatchObject({
      status: "DEPRECATED",
      deprecatedAt: expect.any(Date),
    });
    expect((await failure(admin.products.deprecateVersion({ versionId }))).code).toBe("PRECONDITION_FAILED");
    await expect(admin.products.reactivateVersion({ versionId })).resolves.toMatchObject({
      status: "ACTIVE",
      deprecatedAt: null,
    });
    expect((await failure(admin.products.reactivateVersion({ versionId }))).code).toBe("PRECONDITION_FAILED");
    expect((await failure(admin.products.deprecateVersion({ versionId: "nope" }))).code).toBe("NOT_FOUND");
    const actions = await db().prisma.auditEvent.findMany({
      where: { objectId: versionId },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["product.deprecate-version", "product.reactivate-version"]);
  });
});

describe("products.update and products.list", () => {
  it("update changes metadata only, audited", async () => {
    const admin = await as(ADMIN);
    const product = await createProduct();
    const updated = await admin.products.update({
      productId: product.id,
      name: "Renamed",
      tags: ["Archive"],
      supportUrl: "https://wiki.example.com/s3",
    });
    expect(updated).toMatchObject({
      name: "Renamed",
      tags: ["archive"],
      supportUrl: "https://wiki.example.com/s3",
    });
    expect(updated.versions[0]?.digest).toBe(product.versions[0]?.digest);
    expect((await failure(admin.products.update({ productId: "nope", name: "x" }))).code).toBe("NOT_FOUND");
    expect((await failure(admin.products.update({ productId: product.id, name: "" }))).message).toMatch(
      /name is required/,
    );
    expect(
      await db().prisma.auditEvent.count({ where: { action: "product.update", objectId: product.id } }),
    ).toBe(1);
  });

  it("list shows every product with its version count and portfolios, and pages", async () => {
    const admin = await as(ADMIN);
    const { items } = await admin.products.list({ query: "s3-bucket" });
    expect(items[0]).toMatchObject({ slug: "s3-bucket", versionCount: 1 });
    expect(items[0]?.portfolios.map((p) => p.name)).toEqual(["Development", "Production"]);
    const first = await admin.products.list({ limit: 2 });
    expect(first.nextCursor).toBeDefined();
    const second = await admin.products.list({ limit: 2, cursor: first.nextCursor });
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
  });
});
