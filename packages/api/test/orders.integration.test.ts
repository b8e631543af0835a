import { describe, expect, it } from "vitest";
import { S3_BUCKET_TEMPLATE } from "../src/seed/templates/s3-bucket.ts";
import {
  ADMIN,
  APPROVER,
  DEV,
  DEV2,
  failure,
  PROD,
  unique,
  useSeededDatabase,
} from "../src/testing/integration.ts";

const { db, as } = useSeededDatabase();

const SECRET_PASSWORD = "Sup3rSecretValue42xyz";
const SECRET_USERNAME = "hiddenmaster";

async function portfolioId(name: string) {
  return (await db().prisma.portfolio.findUniqueOrThrow({ where: { name } })).id;
}

async function versionOf(slug: string) {
  return db().prisma.productVersion.findFirstOrThrow({
    where: { product: { slug }, status: "ACTIVE" },
    orderBy: { createdAt: "desc" },
  });
}

/** Everything needed to order the seeded EC2 web server from Development. */
async function ec2Order(overrides: { values?: Record<string, string | string[]>; stackName?: string } = {}) {
  return {
    portfolioId: await portfolioId("Development"),
    productVersionId: (await versionOf("ec2-web-server")).id,
    stackName: overrides.stackName ?? unique("web"),
    values: overrides.values ?? { KeyName: "dana-laptop", InstanceType: "t3.small" },
    tags: {},
    justification: "Team sandbox",
  };
}

/** Everything needed to order the seeded RDS database from Production, with both NoEcho values filled in. */
async function rdsOrder() {
  return {
    portfolioId: await portfolioId("Production"),
    productVersionId: (await versionOf("rds-postgres")).id,
    stackName: unique("db"),
    values: {
      DBSubnetGroupName: "prod-db-subnets",
      VpcSecurityGroupIds: ["sg-0123456789abcdef0"],
      DBPassword: SECRET_PASSWORD,
      DBUsername: SECRET_USERNAME,
    },
    tags: { CostCenter: "1001" },
    justification: "Orders service database",
  };
}

/** A fresh product of the admin's in a portfolio, so a test can change its constraints freely. */
async function ownProduct(portfolio: string) {
  const slug = unique("bucket");
  const product = await (
    await as(ADMIN)
  ).products.create({
    slug,
    name: `Bucket ${slug}`,
    portfolioIds: [await portfolioId(portfolio)],
    version: { label: "1.0.0", source: S3_BUCKET_TEMPLATE },
  });
  return { product, versionId: product.versions[0]!.id, portfolioId: await portfolioId(portfolio) };
}

describe("access", () => {
  it("orders.* and requests.get/cancel: anonymous UNAUTHORIZED, approver and admin FORBIDDEN", async () => {
    const order = await ec2Order();
    const calls = [
      (c: Awaited<ReturnType<typeof as>>) =>
        c.orders.getForm({ productSlug: "ec2-web-server", portfolioId: order.portfolioId }),
      (c: Awaited<ReturnType<typeof as>>) => c.orders.preview(order),
      (c: Awaited<ReturnType<typeof as>>) => c.orders.saveDraft(order),
      (c: Awaited<ReturnType<typeof as>>) => c.orders.submit({ id: "x", expectedVersion: 1 }),
      (c: Awaited<ReturnType<typeof as>>) => c.requests.get({ id: "x" }),
      (c: Awaited<ReturnType<typeof as>>) => c.requests.cancel({ id: "x", expectedVersion: 1 }),
    ];
    for (const call of calls) {
      expect((await failure(call(await as(null)))).code).toBe("UNAUTHORIZED");
      expect((await failure(call(await as(APPROVER)))).code).toBe("FORBIDDEN");
      expect((await failure(call(await as(ADMIN)))).code).toBe("FORBIDDEN");
    }
  });

  it("a Prod requester gets NOT_FOUND for a Development-only product by slug, search and orders.getForm", async () => {
    const { product, versionId } = await ownProduct("Development");
    const prod = await as(PROD);
    const missing = await failure(prod.catalog.getProduct({ slug: "no-such-product" }));
    expect(await failure(prod.catalog.getProduct({ slug: product.slug }))).toEqual(missing);
    expect((await prod.catalog.search({ query: product.name })).items).toEqual([]);
    for (const portfolio of ["Development", "Production"]) {
      const form = await failure(
        prod.orders.getForm({ productSlug: product.slug, portfolioId: await portfolioId(portfolio) }),
      );
      expect(form).toMatchObject({ code: "NOT_FOUND", message: missing.message });
      const preview = await failure(
        prod.orders.preview({
          portfolioId: await portfolioId(portfolio),
          productVersionId: versionId,
          stackName: "x",
          values: {},
        }),
      );
      expect(preview).toMatchObject({ code: "NOT_FOUND", message: missing.message });
      const draft = await failure(
        prod.orders.saveDraft({ portfolioId: await portfolioId(portfolio), productVersionId: versionId }),
      );
      expect(draft.code).toBe("NOT_FOUND");
    }
  });
});

describe("orders.getForm", () => {
  it("applies the Dev t3.* constraint to InstanceType and states the stack name rule", async () => {
    const form = await (
      await as(DEV)
    ).orders.getForm({ productSlug: "ec2-web-server", portfolioId: await portfolioId("Development") });
    const instanceType = form.formModel.fields.find((f) => f.name === "InstanceType");
    expect(instanceType?.options).toEqual(["t3.micro", "t3.small", "t3.medium"]);
    expect(form.formModel.groups.map((g) => g.label)).toEqual(["Instance", "Access"]);
    expect(form.stackName).toMatchObject({ pattern: "^[a-zA-Z][-a-zA-Z0-9]*$", maxLength: 128 });
    expect(form.requiredTags).toEqual([]);
    expect(form.approval).toEqual({
      source: "product",
      policy: { stages: [{ name: "Team leads", approverGroup: "Approvers", required: 1 }] },
    });
    expect(form.version).toMatchObject({ label: "1.0.0", status: "ACTIVE" });
    expect(form.versions.map((v) => v.label)).toEqual(["1.0.0"]);
  });

  it("in Production: all instance types, required tags with their allowed values, two approvals", async () => {
    const form = await (
      await as(PROD)
    ).orders.getForm({ productSlug: "ec2-web-server", portfolioId: await portfolioId("Production") });
    expect(form.formModel.fields.find((f) => f.name === "InstanceType")?.options).toContain("m5.large");
    expect(form.requiredTags).toEqual([
      {
        key: "CostCenter",
        values: [
          { value: "1001", description: "Platform" },
          { value: "1002", description: "Product engineering" },
        ],
      },
    ]);
    expect(form.approval).toEqual({
      source: "product",
      policy: {
        stages: [
          { name: "Team leads", approverGroup: "Approvers", required: 1 },
          { name: "Security", approverGroup: "Security", required: 1 },
        ],
        expireAfterDays: 14,
        remindAfterHours: 24,
      },
    });
  });

  it("marks NoEcho parameters as secret and gives them no default", async () => {
    const form = await (
      await as(PROD)
    ).orders.getForm({ productSlug: "rds-postgres", portfolioId: await portfolioId("Production") });
    expect(form.secretParameters.sort()).toEqual(["DBPassword", "DBUsername"]);
    const password = form.formModel.fields.find((f) => f.name === "DBPassword");
    expect(password).toMatchObject({ secret: true });
    expect(password?.default).toBeUndefined();
  });

  it("refuses a deprecated version naming versionId, and a version of another product", async () => {
    const admin = await as(ADMIN);
    const { product, versionId, portfolioId: pid } = await ownProduct("Development");
    const dev = await as(DEV);
    const other = await versionOf("ec2-web-server");
    const foreign = await failure(
      dev.orders.getForm({ productSlug: product.slug, portfolioId: pid, versionId: other.id }),
    );
    expect(foreign).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { versionId: [expect.any(String)] } });
    const v2 = await admin.products.addVersion({
      productId: product.id,
      label: "2.0.0",
      source: S3_BUCKET_TEMPLATE.replace("Private S3 bucket", "Private S3 bucket v2"),
    });
    await admin.products.deprecateVersion({ versionId });
    const deprecated = await failure(
      dev.orders.getForm({ productSlug: product.slug, portfolioId: pid, versionId }),
    );
    expect(deprecated).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { versionId: [expect.stringMatching(/deprecated/)] },
    });
    const latest = await dev.orders.getForm({ productSlug: product.slug, portfolioId: pid });
    expect(latest.version.id).toBe(v2.id);
  });
});

describe("orders.preview", () => {
  it("renders YAML with provenance and no findings for valid values", async () => {
    const order = await ec2Order();
    const preview = await (await as(DEV)).orders.preview(order);
    expect(preview.valid).toBe(true);
    expect(preview.fieldErrors).toEqual({});
    const version = await versionOf("ec2-web-server");
    expect(preview.rendered?.yaml).toContain(version.digest);
    expect(preview.rendered?.yaml).toContain("ec2-web-server");
    expect(preview.rendered?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(preview.cost?.currency).toBe("USD");
  });

  it("rejects m5.large under the Dev t3.* constraint with a message naming InstanceType", async () => {
    const order = await ec2Order({ values: { KeyName: "k", InstanceType: "m5.large" } });
    const preview = await (await as(DEV)).orders.preview(order);
    expect(preview.valid).toBe(false);
    expect(preview.rendered).toBeNull();
    expect(preview.fieldErrors["values.InstanceType"]?.[0]).toMatch(/InstanceType/);
  });

  it("reports a missing required value, a bad stack name and missing required tags", async () => {
    const order = await rdsOrder();
    const preview = await (
      await as(PROD)
    ).orders.preview({ ...order, stackName: "1-bad_name", values: { DBSubnetGroupName: "x" }, tags: {} });
    expect(preview.valid).toBe(false);
    expect(preview.fieldErrors["values.VpcSecurityGroupIds"]?.[0]).toMatch(/VpcSecurityGroupIds.*Required/);
    expect(preview.fieldErrors.stackName?.[0]).toMatch(/start with a letter/);
    expect(preview.fieldErrors["tags.CostCenter"]?.[0]).toMatch(/CostCenter.*required/);
    const wrongTag = await (await as(PROD)).orders.preview({ ...order, tags: { CostCenter: "9999" } });
    expect(wrongTag.fieldErrors["tags.CostCenter"]?.[0]).toMatch(/one of 1001, 1002/);
  });

  it("checks TEMPLATE_RULES constraints and never renders a NoEcho value", async () => {
    const order = await rdsOrder();
    const prod = await as(PROD);
    const ok = await prod.orders.preview(order);
    expect(ok.valid).toBe(true);
    expect(ok.rendered?.yaml).not.toContain(SECRET_PASSWORD);
    expect(ok.rendered?.yaml).not.toContain(SECRET_USERNAME);

    const { portfolioId: pid, product, versionId } = await ownProduct("Development");
    await (
      await as(ADMIN)
    ).constraints.set({
      portfolioId: pid,
      productId: product.id,
      kind: "TEMPLATE_RULES",
      definition: {
        rules: {
          KeepVersions: {
            Assertions: [
              {
                Assert: { "Fn::Equals": [{ Ref: "Versioning" }, "Enabled"] },
                AssertDescription: "Development buckets keep versions",
              },
            ],
          },
        },
      },
    });
    const preview = await (
      await as(DEV)
    ).orders.preview({
      portfolioId: pid,
      productVersionId: versionId,
      stackName: "bucket",
      values: { BucketPurpose: "reports", Versioning: "Suspended" },
    });
    expect(preview.valid).toBe(false);
    expect(preview.fieldErrors["values.Versioning"]?.[0]).toMatch(/Development buckets keep versions/);
  });
});

describe("orders.saveDraft", () => {
  it("creates a draft with partial values, then updates it under optimistic locking, audited", async () => {
    const dev = await as(DEV);
    const order = await ec2Order({ values: { InstanceType: "t3.micro" }, stackName: "" });
    const draft = await dev.orders.saveDraft(order);
    expect(draft).toMatchObject({
      status: "DRAFT",
      version: 1,
      values: { InstanceType: "t3.micro" },
      stackName: "",
    });
    const updated = await dev.orders.saveDraft({
      ...order,
      id: draft.id,
      expectedVersion: 1,
      stackName: "web-1",
      values: { InstanceType: "t3.small", KeyName: "k" },
    });
    expect(updated).toMatchObject({
      version: 2,
      stackName: "web-1",
      values: { InstanceType: "t3.small", KeyName: "k" },
    });
    const stale = await failure(dev.orders.saveDraft({ ...order, id: draft.id, expectedVersion: 1 }));
    expect(stale).toMatchObject({ code: "CONFLICT", appCode: "STALE" });
    const noVersion = await failure(dev.orders.saveDraft({ ...order, id: draft.id }));
    expect(noVersion.fieldErrors.expectedVersion).toBeDefined();
    const actions = await db().prisma.auditEvent.findMany({
      where: { objectId: draft.id },
      orderBy: { id: "asc" },
      select: { action: true, actorLabel: true },
    });
    expect(actions).toEqual([
      { action: "request.create-draft", actorLabel: DEV },
      { action: "request.update-draft", actorLabel: DEV },
    ]);
  });

  it("refuses a present value of the wrong shape, naming the parameter and the rule", async () => {
    const dev = await as(DEV);
    const wrong = await failure(
      dev.orders.saveDraft(await ec2Order({ values: { InstanceType: "m5.large" } })),
    );
    expect(wrong).toMatchObject({ code: "BAD_REQUEST", appCode: "INVALID_INPUT" });
    expect(wrong.fieldErrors["values.InstanceType"]?.[0]).toMatch(/InstanceType.*AllowedValues/);
    const unknown = await failure(dev.orders.saveDraft(await ec2Order({ values: { Nope: "x" } })));
    expect(unknown.fieldErrors["values.Nope"]?.[0]).toMatch(/UnknownParameter/);
    const badName = await failure(dev.orders.saveDraft(await ec2Order({ stackName: "has space" })));
    expect(badName.fieldErrors.stackName?.[0]).toMatch(/letters, digits and hyphens/);
    const longJustification = await failure(
      dev.orders.saveDraft({ ...(await ec2Order()), justification: "x".repeat(2001) }),
    );
    expect(longJustification.message).toMatch(/justification must be at most 2000/);
  });

  it("another requester cannot update someone else's draft (NOT_FOUND)", async () => {
    const order = await ec2Order();
    const draft = await (await as(DEV)).orders.saveDraft(order);
    const other = await failure(
      (await as(DEV2)).orders.saveDraft({ ...order, id: draft.id, expectedVersion: 1 }),
    );
    expect(other.code).toBe("NOT_FOUND");
  });

  it("drops NoEcho values: never in the request row, the audit log or the response", async () => {
    const prod = await as(PROD);
    const draft = await prod.orders.saveDraft(await rdsOrder());
    expect(draft.secretParameters.sort()).toEqual(["DBPassword", "DBUsername"]);
    expect(draft.values).toEqual({
      DBSubnetGroupName: "prod-db-subnets",
      VpcSecurityGroupIds: ["sg-0123456789abcdef0"],
    });
    expect(JSON.stringify(draft)).not.toContain(SECRET_PASSWORD);
    const submitted = await prod.orders.submit({ id: draft.id, expectedVersion: draft.version });
    expect(JSON.stringify(submitted)).not.toContain(SECRET_PASSWORD);
    expect(JSON.stringify(await prod.requests.get({ id: draft.id }))).not.toContain(SECRET_PASSWORD);

    const rows = await db().prisma.$queryRaw<{ row: string }[]>`
      SELECT row_to_json(r)::text AS row FROM "Request" r WHERE r.id = ${draft.id}`;
    expect(rows[0]?.row).toContain("prod-db-subnets");
    expect(rows[0]?.row).not.toContain(SECRET_PASSWORD);
    expect(rows[0]?.row).not.toContain(SECRET_USERNAME);
    const audit = await db().prisma.$queryRaw<{ row: string }[]>`
      SELECT row_to_json(a)::text AS row FROM "AuditEvent" a WHERE a."objectId" = ${draft.id}`;
    expect(audit.length).toBeGreaterThanOrEqual(2);
    const everything = await db().prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "AuditEvent" a
      WHERE a.data::text LIKE ${`%${SECRET_PASSWORD}%`} OR a.data::text LIKE ${`%${SECRET_USERNAME}%`}`;
    expect(Number(everything[0]?.n)).toBe(0);
    const requests = await db().prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Request" r WHERE row_to_json(r)::text LIKE ${`%${SECRET_PASSWORD}%`}`;
    expect(Number(requests[0]?.n)).toBe(0);
  });

  it("still checks the shape of a NoEcho value it is about to drop", async () => {
    const order = await rdsOrder();
    const error = await failure(
      (await as(PROD)).orders.saveDraft({ ...order, values: { ...order.values, DBPassword: "short" } }),
    );
    expect(error.fieldErrors["values.DBPassword"]?.[0]).toMatch(/DBPassword/);
    expect(error.message).not.toContain("short");
  });
});

describe("NoEcho values in error messages", () => {
  it("never echo a secret value back, even when the template gives no ConstraintDescription", async () => {
    const source = S3_BUCKET_TEMPLATE.replace(
      "\nParameters:\n",
      '\nParameters:\n  ApiKey:\n    Type: String\n    NoEcho: true\n    AllowedPattern: "^[A-Z]{8}$"\n',
    );
    const slug = unique("keyed");
    const product = await (
      await as(ADMIN)
    ).products.create({
      slug,
      name: slug,
      portfolioIds: [await portfolioId("Development")],
      version: { label: "1", source },
    });
    const error = await failure(
      (await as(DEV)).orders.saveDraft({
        portfolioId: await portfolioId("Development"),
        productVersionId: product.versions[0]!.id,
        values: { ApiKey: "leaky-secret-value" },
      }),
    );
    expect(error.fieldErrors["values.ApiKey"]?.[0]).toMatch(/ApiKey.*AllowedPattern/);
    expect(JSON.stringify(error)).not.toContain("leaky-secret-value");
  });
});

describe("orders.submit", () => {
  it("moves a complete draft to SUBMITTED in one guarded update, audited with the approval policy", async () => {
    const prod = await as(PROD);
    const draft = await prod.orders.saveDraft(await rdsOrder());
    const submitted = await prod.orders.submit({ id: draft.id, expectedVersion: 1 });
    expect(submitted).toMatchObject({
      status: "SUBMITTED",
      version: 2,
      submittedAt: expect.any(Date),
      waitingOn: {
        stage: 1,
        stageCount: 2,
        stageName: "Team leads",
        approverGroup: "Approvers",
        remaining: 1,
      },
    });
    const audit = await db().prisma.auditEvent.findFirstOrThrow({
      where: { objectId: draft.id, action: "request.submit" },
    });
    expect(audit.data).toMatchObject({
      approvalPolicy: {
        source: "product",
        stages: [{ approverGroupName: "Approvers" }, { approverGroupName: "Security" }],
      },
    });
    const row = await db().prisma.request.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.policySnapshot).toMatchObject({
      source: "product",
      stages: [
        { name: "Team leads", approverGroupName: "Approvers", required: 1 },
        { name: "Security", approverGroupName: "Security", required: 1 },
      ],
      expireAfterDays: 14,
      launchRoleArn: null,
    });
    const again = await failure(prod.orders.submit({ id: draft.id, expectedVersion: 2 }));
    expect(again).toMatchObject({ code: "PRECONDITION_FAILED", appCode: "INVALID_TRANSITION" });
  });

  it("an unconditional auto-approve policy approves at submission and records why, as the system", async () => {
    const { portfolioId: pid, product, versionId } = await ownProduct("Development");
    await (
      await as(ADMIN)
    ).constraints.set({
      portfolioId: pid,
      productId: product.id,
      kind: "APPROVAL_POLICY",
      definition: { stages: [{ name: "Approval", required: 1 }], autoApprove: {} },
    });
    const dev = await as(DEV);
    const draft = await dev.orders.saveDraft({
      portfolioId: pid,
      productVersionId: versionId,
      stackName: "reports",
      values: { BucketPurpose: "reports" },
    });
    const submitted = await dev.orders.submit({ id: draft.id, expectedVersion: 1 });
    expect(submitted).toMatchObject({
      status: "APPROVED",
      decidedAt: expect.any(Date),
      waitingOn: null,
      autoApproval: { reason: "every request is auto-approved" },
    });
    const audit = await db().prisma.auditEvent.findFirstOrThrow({
      where: { objectId: draft.id, action: "request.auto-approve" },
    });
    expect(audit).toMatchObject({ actorLabel: "system" });
  });

  it("validates the stored draft in full: required values, stack name, required tags", async () => {
    const prod = await as(PROD);
    const order = await rdsOrder();
    const draft = await prod.orders.saveDraft({ ...order, stackName: "", values: {}, tags: {} });
    const error = await failure(prod.orders.submit({ id: draft.id, expectedVersion: 1 }));
    expect(error).toMatchObject({ code: "BAD_REQUEST", appCode: "INVALID_INPUT" });
    expect(Object.keys(error.fieldErrors).sort()).toEqual([
      "stackName",
      "tags.CostCenter",
      "values.DBSubnetGroupName",
      "values.VpcSecurityGroupIds",
    ]);
    expect((await prod.requests.get({ id: draft.id })).status).toBe("DRAFT");
  });

  it("uses the constraints in force at submit, not those of when the draft was saved", async () => {
    const { portfolioId: pid, product, versionId } = await ownProduct("Development");
    const dev = await as(DEV);
    const draft = await dev.orders.saveDraft({
      portfolioId: pid,
      productVersionId: versionId,
      stackName: "reports",
      values: { BucketPurpose: "reports", Versioning: "Suspended" },
    });
    await (
      await as(ADMIN)
    ).constraints.set({
      portfolioId: pid,
      productId: product.id,
      kind: "PARAMETER_VALUES",
      definition: { parameters: [{ parameter: "Versioning", allowedValues: ["Enabled"] }] },
    });
    const error = await failure(dev.orders.submit({ id: draft.id, expectedVersion: 1 }));
    expect(error.fieldErrors["values.Versioning"]?.[0]).toMatch(/Versioning/);
  });

  it("refuses a draft whose version was deprecated meanwhile, naming productVersionId", async () => {
    const { portfolioId: pid, versionId } = await ownProduct("Development");
    const dev = await as(DEV);
    const draft = await dev.orders.saveDraft({
      portfolioId: pid,
      productVersionId: versionId,
      stackName: "reports",
      values: { BucketPurpose: "reports" },
    });
    await (await as(ADMIN)).products.deprecateVersion({ versionId });
    const error = await failure(dev.orders.submit({ id: draft.id, expectedVersion: 1 }));
    expect(error).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { productVersionId: [expect.stringMatching(/deprecated/)] },
    });
  });

  it("a stale expectedVersion is STALE; someone else's draft is NOT_FOUND", async () => {
    const dev = await as(DEV);
    const draft = await dev.orders.saveDraft(await ec2Order());
    expect(await failure(dev.orders.submit({ id: draft.id, expectedVersion: 7 }))).toMatchObject({
      code: "CONFLICT",
      appCode: "STALE",
    });
    expect((await failure((await as(DEV2)).orders.submit({ id: draft.id, expectedVersion: 1 }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await failure(dev.orders.submit({ id: "nope", expectedVersion: 1 }))).code).toBe("NOT_FOUND");
  });

  it("only one of two concurrent submits of the same draft wins", async () => {
    const dev = await as(DEV);
    const draft = await dev.orders.saveDraft(await ec2Order());
    const results = await Promise.allSettled([
      dev.orders.submit({ id: draft.id, expectedVersion: 1 }),
      dev.orders.submit({ id: draft.id, expectedVersion: 1 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      await db().prisma.auditEvent.count({ where: { objectId: draft.id, action: "request.submit" } }),
    ).toBe(1);
  });
});

describe("requests", () => {
  it("get returns own requests with values and whom they wait on; others get NOT_FOUND", async () => {
    const dev = await as(DEV);
    const draft = await dev.orders.saveDraft(await ec2Order());
    const detail = await dev.requests.get({ id: draft.id });
    expect(detail).toMatchObject({
      status: "DRAFT",
      product: { slug: "ec2-web-server" },
      portfolio: { name: "Development" },
      productVersion: { label: "1.0.0" },
      values: { KeyName: "dana-laptop", InstanceType: "t3.small" },
      waitingOn: null,
    });
    const submitted = await dev.orders.submit({ id: draft.id, expectedVersion: 1 });
    expect(submitted.waitingOn).toMatchObject({
      stageName: "Team leads",
      approverGroup: "Approvers",
      remaining: 1,
    });
    expect((await failure((await as(DEV2)).requests.get({ id: draft.id }))).code).toBe("NOT_FOUND");
    expect((await failure((await as(PROD)).requests.get({ id: draft.id }))).code).toBe("NOT_FOUND");
  });

  it("cancel works for drafts and submitted requests, once, under optimistic locking", async () => {
    const dev = await as(DEV);
    const draft = await dev.orders.saveDraft(await ec2Order());
    await expect(dev.requests.cancel({ id: draft.id, expectedVersion: 1 })).resolves.toMatchObject({
      status: "CANCELLED",
      version: 2,
    });
    const cancelled = await db().prisma.request.findUniqueOrThrow({ where: { id: draft.id } });
    expect(cancelled.cancelledAt).toBeInstanceOf(Date);
    expect(await failure(dev.requests.cancel({ id: draft.id, expectedVersion: 2 }))).toMatchObject({
      code: "PRECONDITION_FAILED",
    });

    const other = await dev.orders.saveDraft(await ec2Order());
    await dev.orders.submit({ id: other.id, expectedVersion: 1 });
    expect(await failure(dev.requests.cancel({ id: other.id, expectedVersion: 1 }))).toMatchObject({
      code: "CONFLICT",
      appCode: "STALE",
    });
    expect((await failure((await as(DEV2)).requests.cancel({ id: other.id, expectedVersion: 2 }))).code).toBe(
      "NOT_FOUND",
    );
    await expect(dev.requests.cancel({ id: other.id, expectedVersion: 2 })).resolves.toMatchObject({
      status: "CANCELLED",
    });
    expect(
      await db().prisma.auditEvent.count({ where: { objectId: other.id, action: "request.cancel" } }),
    ).toBe(1);
  });

  it("listMine keeps its fields and adds whom each submitted request waits on", async () => {
    const prod = await as(PROD);
    const draft = await prod.orders.saveDraft(await rdsOrder());
    await prod.orders.submit({ id: draft.id, expectedVersion: 1 });
    const pending = await prod.orders.saveDraft({ ...(await rdsOrder()), values: {} });
    const { items } = await prod.requests.listMine();
    const submitted = items.find((i) => i.id === draft.id);
    expect(submitted).toMatchObject({
      number: expect.any(Number),
      kind: "PROVISION",
      status: "SUBMITTED",
      product: { name: "PostgreSQL database", slug: "rds-postgres" },
      productVersion: { label: "1.0.0" },
      portfolio: { name: "Production" },
      waitingOn: {
        stage: 1,
        stageCount: 2,
        stageName: "Team leads",
        approverGroup: "Approvers",
        remaining: 1,
      },
    });
    expect(items.find((i) => i.id === pending.id)?.waitingOn).toBeNull();
    expect(JSON.stringify(items)).not.toContain(SECRET_PASSWORD);
    expect((await (await as(DEV2)).requests.listMine()).items.map((i) => i.id)).not.toContain(draft.id);
  });
});
