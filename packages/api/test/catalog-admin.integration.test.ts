import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { S3_BUCKET_TEMPLATE } from "../src/seed/templates/s3-bucket.ts";
import { ADMIN, APPROVER, DEV, failure, unique, useSeededDatabase } from "../src/testing/integration.ts";

const { db, as } = useSeededDatabase();

const BROKEN_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Bucket:
    Type: AWS::S3::Buckett
`;

const UNPARSEABLE_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Bucket: [unclosed
`;

/** The seeded S3 template with one more parameter, so versions differ. */
const S3_V2_TEMPLATE = S3_BUCKET_TEMPLATE.replace(
  "\nParameters:\n",
  "\nParameters:\n  Team:\n    Type: String\n    Default: platform\n    AllowedValues: [platform, data]\n",
);

async function ids() {
  const prisma = db().prisma;
  const [dev, prodGroup, development, production] = await Promise.all([
    prisma.group.findUniqueOrThrow({ where: { name: "Dev" } }),
    prisma.group.findUniqueOrThrow({ where: { name: "Prod" } }),
    prisma.portfolio.findUniqueOrThrow({ where: { name: "Development" } }),
    prisma.portfolio.findUniqueOrThrow({ where: { name: "Production" } }),
  ]);
  return {
    devGroupId: dev.id,
    prodGroupId: prodGroup.id,
    developmentId: development.id,
    productionId: production.id,
  };
}

async function createProduct(portfolioIds: string[] = [], source = S3_BUCKET_TEMPLATE) {
  const slug = unique("prod");
  const admin = await as(ADMIN);
  return admin.products.create({
    slug,
    name: `Product ${slug}`,
    description: "Test product",
    owner: "Test team",
    tags: ["Storage", "test"],
    portfolioIds,
    version: { label: "1.0.0", releaseNotes: "First.", source },
  });
}

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

describe("portfolios", () => {
  it("create, list, get, update, archive and unarchive, each audited", async () => {
    const admin = await as(ADMIN);
    const name = unique("Sandbox");
    const created = await admin.portfolios.create({
      name,
      description: "For experiments",
      owner: "Platform",
    });
    expect(created).toMatchObject({
      name,
      description: "For experiments",
      owner: "Platform",
      archivedAt: null,
    });

    expect((await admin.portfolios.list()).items.map((p) => p.name)).toContain(name);
    const detail = await admin.portfolios.get({ id: created.id });
    expect(detail).toMatchObject({ id: created.id, access: [], products: [], constraintCount: 0 });

    const renamed = await admin.portfolios.update({ id: created.id, name: `${name}-2`, owner: "Ops" });
    expect(renamed).toMatchObject({ name: `${name}-2`, owner: "Ops", description: "For experiments" });

    await admin.portfolios.archive({ id: created.id });
    expect((await admin.portfolios.list()).items.map((p) => p.id)).not.toContain(created.id);
    expect((await admin.portfolios.list({ includeArchived: true })).items.map((p) => p.id)).toContain(
      created.id,
    );
    expect((await failure(admin.portfolios.archive({ id: created.id }))).code).toBe("PRECONDITION_FAILED");
    const back = await admin.portfolios.unarchive({ id: created.id });
    expect(back.archivedAt).toBeNull();

    const actions = await db().prisma.auditEvent.findMany({
      where: { objectType: "Portfolio", objectId: created.id },
      orderBy: { id: "asc" },
      select: { action: true, actorLabel: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "portfolio.create",
      "portfolio.update",
      "portfolio.archive",
      "portfolio.unarchive",
    ]);
    expect(actions.every((a) => a.actorLabel === ADMIN)).toBe(true);
  });

  it("rejects a duplicate name with CONFLICT naming name, and an empty name with the rule", async () => {
    const admin = await as(ADMIN);
    const dup = await failure(admin.portfolios.create({ name: "Development" }));
    expect(dup).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { name: [expect.stringMatching(/already exists/)] },
    });
    const empty = await failure(admin.portfolios.create({ name: "  " }));
    expect(empty.code).toBe("BAD_REQUEST");
    expect(empty.message).toMatch(/Name is required/);
    const long = await failure(admin.portfolios.create({ name: "x".repeat(101) }));
    expect(long.message).toMatch(/at most 100/);
  });

  it("get/update/archive of an unknown portfolio is NOT_FOUND", async () => {
    const admin = await as(ADMIN);
    expect((await failure(admin.portfolios.get({ id: "nope" }))).code).toBe("NOT_FOUND");
    expect((await failure(admin.portfolios.update({ id: "nope", name: "x" }))).code).toBe("NOT_FOUND");
    expect((await failure(admin.portfolios.archive({ id: "nope" }))).code).toBe("NOT_FOUND");
  });

  it("grantAccess to a group shows the portfolio to its members; revokeAccess hides it again", async () => {
    const admin = await as(ADMIN);
    const { devGroupId } = await ids();
    const portfolio = await admin.portfolios.create({ name: unique("Shared") });
    const product = await createProduct([portfolio.id]);
    const dev = await as(DEV);
    expect((await dev.catalog.search({ query: product.name })).items).toHaveLength(0);

    const grant = await admin.portfolios.grantAccess({ portfolioId: portfolio.id, groupId: devGroupId });
    expect(grant.group).toMatchObject({ id: devGroupId, name: "Dev" });
    const again = await admin.portfolios.grantAccess({ portfolioId: portfolio.id, groupId: devGroupId });
    expect(again.id).toBe(grant.id);
    expect((await dev.catalog.search({ query: product.name })).items.map((p) => p.slug)).toEqual([
      product.slug,
    ]);

    await admin.portfolios.revokeAccess({ portfolioId: portfolio.id, groupId: devGroupId });
    expect((await dev.catalog.search({ query: product.name })).items).toHaveLength(0);
    expect(
      (await failure(admin.portfolios.revokeAccess({ portfolioId: portfolio.id, groupId: devGroupId }))).code,
    ).toBe("NOT_FOUND");
    const audit = await db().prisma.auditEvent.count({
      where: {
        objectId: portfolio.id,
        action: { in: ["portfolio.grant-access", "portfolio.revoke-access"] },
      },
    });
    expect(audit).toBe(2);
  });

  it("concurrent grants of the same group end with one grant", async () => {
    const admin = await as(ADMIN);
    const { prodGroupId } = await ids();
    const portfolio = await admin.portfolios.create({ name: unique("Race") });
    const grants = await Promise.all(
      [1, 2, 3].map(() => admin.portfolios.grantAccess({ portfolioId: portfolio.id, groupId: prodGroupId })),
    );
    expect(new Set(grants.map((g) => g.id)).size).toBe(1);
    expect(await db().prisma.portfolioAccess.count({ where: { portfolioId: portfolio.id } })).toBe(1);
  });

  it("grantAccess to a single user reaches only that user", async () => {
    const admin = await as(ADMIN);
    const portfolio = await admin.portfolios.create({ name: unique("Personal") });
    const product = await createProduct([portfolio.id]);
    const user = await db().prisma.user.findUniqueOrThrow({ where: { email: "dev2@stackvend.local" } });
    await admin.portfolios.grantAccess({ portfolioId: portfolio.id, userId: user.id });
    expect((await (await as("dev2@stackvend.local")).catalog.search({ query: product.name })).total).toBe(1);
    expect((await (await as(DEV)).catalog.search({ query: product.name })).total).toBe(0);
  });

  it("grantAccess needs exactly one grantee that exists", async () => {
    const admin = await as(ADMIN);
    const { developmentId, devGroupId } = await ids();
    const both = await failure(
      admin.portfolios.grantAccess({ portfolioId: developmentId, groupId: devGroupId, userId: "u" } as never),
    );
    expect(both.code).toBe("BAD_REQUEST");
    expect(both.message).toMatch(/groupId or userId/);
    expect(
      (await failure(admin.portfolios.grantAccess({ portfolioId: developmentId, groupId: "nope" }))).code,
    ).toBe("NOT_FOUND");
    expect(
      (await failure(admin.portfolios.grantAccess({ portfolioId: "nope", groupId: devGroupId }))).code,
    ).toBe("NOT_FOUND");
  });

  it("addProduct and removeProduct put a product in and out of a portfolio", async () => {
    const admin = await as(ADMIN);
    const portfolio = await admin.portfolios.create({ name: unique("Bundle") });
    const product = await createProduct();
    await expect(
      admin.portfolios.addProduct({ portfolioId: portfolio.id, productId: product.id }),
    ).resolves.toMatchObject({
      added: true,
    });
    await expect(
      admin.portfolios.addProduct({ portfolioId: portfolio.id, productId: product.id }),
    ).resolves.toMatchObject({
      added: false,
    });
    expect((await admin.portfolios.get({ id: portfolio.id })).products.map((p) => p.id)).toEqual([
      product.id,
    ]);
    await admin.portfolios.removeProduct({ portfolioId: portfolio.id, productId: product.id });
    expect((await admin.portfolios.get({ id: portfolio.id })).products).toEqual([]);
    expect(
      (await failure(admin.portfolios.removeProduct({ portfolioId: portfolio.id, productId: product.id })))
        .code,
    ).toBe("NOT_FOUND");
    expect(
      (await failure(admin.portfolios.addProduct({ portfolioId: portfolio.id, productId: "nope" }))).code,
    ).toBe("NOT_FOUND");
  });
});

describe("groups.list", () => {
  it("lists every group with its roles and member count", async () => {
    const { items } = await (await as(ADMIN)).groups.list();
    expect(items.find((g) => g.name === "Dev")).toMatchObject({ roles: ["REQUESTER"], memberCount: 2 });
    expect(items.find((g) => g.name === "Admins")).toMatchObject({ roles: ["ADMIN"], memberCount: 1 });
  });
});

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
    expect((stored.formModel as { fields: unknown[] }).fields).toHaveLength(3);
    const audit = await db().prisma.auditEvent.findFirstOrThrow({
      where: { action: "product.create", objectId: product.id },
    });
    expect(JSON.stringify(audit.data)).not.toContain("AWS::S3::Bucket");
    expect(audit.data).toMatchObject({
      slug: product.slug,
      version: { label: "1.0.0", digest: stored.digest },
    });
  });

  it("stores the same form model shape for seeded and uploaded versions", async () => {
    const seeded = await db().prisma.productVersion.findFirstOrThrow({
      where: { product: { slug: "rds-postgres" } },
    });
    const model = seeded.formModel as { fields?: { name: string; secret: boolean }[] };
    expect(model.fields?.find((f) => f.name === "DBPassword")).toMatchObject({ secret: true });
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

describe("tagOptions", () => {
  it("create, list, update; a duplicate key/value is CONFLICT naming value", async () => {
    const admin = await as(ADMIN);
    const key = unique("Team");
    const option = await admin.tagOptions.create({ key, value: "platform", description: "Platform" });
    expect(option).toMatchObject({ key, value: "platform", active: true });
    const dup = await failure(admin.tagOptions.create({ key, value: "platform" }));
    expect(dup).toMatchObject({ code: "CONFLICT", fieldErrors: { value: [expect.any(String)] } });
    const reserved = await failure(admin.tagOptions.create({ key: "aws:team", value: "x" }));
    expect(reserved.message).toMatch(/reserved/);
    await admin.tagOptions.update({ id: option.id, active: false, description: "Retired" });
    expect((await admin.tagOptions.list({ key })).items).toEqual([]);
    expect((await admin.tagOptions.list({ key, includeInactive: true })).items[0]).toMatchObject({
      active: false,
      description: "Retired",
    });
    expect((await failure(admin.tagOptions.update({ id: "nope", active: true }))).code).toBe("NOT_FOUND");
    expect(await db().prisma.auditEvent.count({ where: { objectId: option.id } })).toBe(2);
  });
});

describe("constraints", () => {
  async function pair() {
    const { developmentId } = await ids();
    const product = await createProduct([developmentId], S3_V2_TEMPLATE);
    return { portfolioId: developmentId, productId: product.id };
  }

  it("PARAMETER_VALUES narrows a parameter; setting again replaces it; list and remove", async () => {
    const admin = await as(ADMIN);
    const p = await pair();
    const set = await admin.constraints.set({
      ...p,
      kind: "PARAMETER_VALUES",
      definition: { parameters: [{ parameter: "Team", allowedValues: ["platform"] }] },
      description: "Platform only",
    });
    expect(set).toMatchObject({ kind: "PARAMETER_VALUES", description: "Platform only" });
    await admin.constraints.set({
      ...p,
      kind: "PARAMETER_VALUES",
      definition: { parameters: [{ parameter: "BucketPurpose", allowedPattern: "^team-.*$" }] },
    });
    const { items } = await admin.constraints.list(p);
    expect(items).toHaveLength(1);
    expect(items[0]?.definition).toEqual({
      parameters: [{ parameter: "BucketPurpose", allowedPattern: "^team-.*$" }],
    });
    await admin.constraints.remove({ id: items[0]!.id });
    expect((await admin.constraints.list(p)).items).toEqual([]);
    expect((await failure(admin.constraints.remove({ id: items[0]!.id }))).code).toBe("NOT_FOUND");
    const actions = await db().prisma.auditEvent.findMany({
      where: { objectId: set.id },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "constraint.create",
      "constraint.update",
      "constraint.remove",
    ]);
  });

  it("PARAMETER_VALUES: the parameter must exist and values may only narrow the template's AllowedValues", async () => {
    const admin = await as(ADMIN);
    const p = await pair();
    const missing = await failure(
      admin.constraints.set({
        ...p,
        kind: "PARAMETER_VALUES",
        definition: { parameters: [{ parameter: "Nope", allowedValues: ["a"] }] },
      }),
    );
    expect(missing).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: {
        "definition.parameters.0.parameter": [expect.stringMatching(/Nope is not a parameter/)],
      },
    });
    const widened = await failure(
      admin.constraints.set({
        ...p,
        kind: "PARAMETER_VALUES",
        definition: { parameters: [{ parameter: "Team", allowedValues: ["platform", "marketing"] }] },
      }),
    );
    expect(widened.fieldErrors["definition.parameters.0.allowedValues"]?.[0]).toMatch(
      /marketing.*only narrow/,
    );
    const emptied = await failure(
      admin.constraints.set({
        ...p,
        kind: "PARAMETER_VALUES",
        definition: { parameters: [{ parameter: "BucketPurpose", allowedValues: ["NOT VALID"] }] },
      }),
    );
    expect(emptied.fieldErrors["definition.parameters.0.allowedValues"]?.[0]).toMatch(/leaves no value/);
    const shape = await failure(
      admin.constraints.set({
        ...p,
        kind: "PARAMETER_VALUES",
        definition: { parameters: [{ parameter: "Team" }] },
      }),
    );
    expect(shape.fieldErrors["definition.parameters.0.allowedValues"]?.[0]).toMatch(
      /allowedValues or allowedPattern/,
    );
    const badPattern = await failure(
      admin.constraints.set({
        ...p,
        kind: "PARAMETER_VALUES",
        definition: { parameters: [{ parameter: "Team", allowedPattern: "([" }] },
      }),
    );
    expect(badPattern.fieldErrors["definition.parameters.0.allowedPattern"]?.[0]).toMatch(
      /regular expression/,
    );
  });

  it("TEMPLATE_RULES accepts CloudFormation Rules and refuses malformed ones", async () => {
    const admin = await as(ADMIN);
    const p = await pair();
    const rules = {
      TeamRule: {
        Assertions: [
          {
            Assert: { "Fn::Equals": [{ Ref: "Team" }, "platform"] },
            AssertDescription: "Only the platform team",
          },
        ],
      },
    };
    await expect(
      admin.constraints.set({ ...p, kind: "TEMPLATE_RULES", definition: { rules } }),
    ).resolves.toMatchObject({
      kind: "TEMPLATE_RULES",
    });
    const noAssertions = await failure(
      admin.constraints.set({
        ...p,
        kind: "TEMPLATE_RULES",
        definition: { rules: { Broken: { RuleCondition: true } } },
      }),
    );
    expect(Object.keys(noAssertions.fieldErrors)[0]).toMatch(/^definition\.rules\.Broken\.Assertions/);
    const badFunction = await failure(
      admin.constraints.set({
        ...p,
        kind: "TEMPLATE_RULES",
        definition: { rules: { Odd: { Assertions: [{ Assert: { "Fn::Nope": [] } }] } } },
      }),
    );
    expect(badFunction.fieldErrors["definition.rules.Odd"]?.[0]).toMatch(/Odd/);
  });

  it("REQUIRED_TAGS keys must exist in the TagOption library", async () => {
    const admin = await as(ADMIN);
    const p = await pair();
    await expect(
      admin.constraints.set({
        ...p,
        kind: "REQUIRED_TAGS",
        definition: { keys: ["CostCenter", "Environment"] },
      }),
    ).resolves.toMatchObject({ kind: "REQUIRED_TAGS" });
    const unknown = await failure(
      admin.constraints.set({ ...p, kind: "REQUIRED_TAGS", definition: { keys: ["Nope"] } }),
    );
    expect(unknown.fieldErrors["definition.keys.0"]?.[0]).toMatch(/TagOption library/);
    const empty = await failure(
      admin.constraints.set({ ...p, kind: "REQUIRED_TAGS", definition: { keys: [] } }),
    );
    expect(empty.fieldErrors["definition.keys"]?.[0]).toMatch(/at least one/);
  });

  it("APPROVAL_POLICY: 1 to 5 approvals from an existing group", async () => {
    const admin = await as(ADMIN);
    const p = await pair();
    await expect(
      admin.constraints.set({
        ...p,
        kind: "APPROVAL_POLICY",
        definition: { approvalsRequired: 2, approverGroup: "Approvers", separationOfDuties: true },
      }),
    ).resolves.toMatchObject({ kind: "APPROVAL_POLICY" });
    const tooMany = await failure(
      admin.constraints.set({
        ...p,
        kind: "APPROVAL_POLICY",
        definition: { approvalsRequired: 6, separationOfDuties: true },
      }),
    );
    expect(tooMany.fieldErrors["definition.approvalsRequired"]?.[0]).toMatch(/at most 5/);
    const noGroup = await failure(
      admin.constraints.set({
        ...p,
        kind: "APPROVAL_POLICY",
        definition: { approvalsRequired: 1, approverGroup: "Nobody", separationOfDuties: false },
      }),
    );
    expect(noGroup.fieldErrors["definition.approverGroup"]?.[0]).toMatch(/no group named Nobody/);
    const missing = await failure(
      admin.constraints.set({ ...p, kind: "APPROVAL_POLICY", definition: { approvalsRequired: 1 } }),
    );
    expect(Object.keys(missing.fieldErrors)).toContain("definition.separationOfDuties");
  });

  it("LAUNCH_ROLE must be an IAM role ARN", async () => {
    const admin = await as(ADMIN);
    const p = await pair();
    await expect(
      admin.constraints.set({
        ...p,
        kind: "LAUNCH_ROLE",
        definition: { roleArn: "arn:aws:iam::123456789012:role/service/StackvendLaunch" },
      }),
    ).resolves.toMatchObject({ kind: "LAUNCH_ROLE" });
    const bad = await failure(
      admin.constraints.set({
        ...p,
        kind: "LAUNCH_ROLE",
        definition: { roleArn: "arn:aws:iam::123:user/bob" },
      }),
    );
    expect(bad.fieldErrors["definition.roleArn"]?.[0]).toMatch(/IAM role ARN/);
  });

  it("the product must be in the portfolio", async () => {
    const admin = await as(ADMIN);
    const { productionId } = await ids();
    const product = await createProduct();
    const error = await failure(
      admin.constraints.set({
        portfolioId: productionId,
        productId: product.id,
        kind: "LAUNCH_ROLE",
        definition: { roleArn: "arn:aws:iam::123456789012:role/x" },
      }),
    );
    expect(error).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { productId: [expect.stringMatching(/not in this portfolio/)] },
    });
    const unknown = await failure(
      admin.constraints.set({
        portfolioId: "nope",
        productId: product.id,
        kind: "LAUNCH_ROLE",
        definition: { roleArn: "x" },
      }),
    );
    expect(unknown.code).toBe("NOT_FOUND");
  });
});
