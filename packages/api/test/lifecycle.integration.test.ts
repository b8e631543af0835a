import { describe, expect, it } from "vitest";
import {
  ADMIN,
  APPROVER,
  DEV,
  DEV2,
  failure,
  unique,
  useSeededDatabase,
} from "../src/testing/integration.ts";

const { db, as } = useSeededDatabase();

const V1 = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  QueueName:
    Type: String
    Default: jobs
  Retention:
    Type: Number
    Default: 345600
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Ref QueueName
      MessageRetentionPeriod: !Ref Retention
  Archive:
    Type: AWS::S3::Bucket
    DeletionPolicy: Retain
`;
const V2 = V1.replace("Resources:", "  Visibility:\n    Type: Number\n    Default: 30\nResources:").replace(
  "MessageRetentionPeriod: !Ref Retention",
  "MessageRetentionPeriod: !Ref Retention\n      VisibilityTimeout: !Ref Visibility",
);

const arnOf = (stackName: string) =>
  `arn:aws:cloudformation:eu-west-1:123456789012:stack/${stackName}/6b1e4c30-9f2a-11ef-8f0e-0a1b2c3d4e5f`;

async function product() {
  const admin = await as(ADMIN);
  const portfolioId = (await db().prisma.portfolio.findUniqueOrThrow({ where: { name: "Development" } })).id;
  const slug = unique("lifecycle");
  const created = await admin.products.create({
    slug,
    name: `Queue ${slug}`,
    portfolioIds: [portfolioId],
    version: { label: "1.0.0", source: V1 },
  });
  return { portfolioId, productId: created.id, v1: created.versions[0]!.id };
}

async function approve(id: string) {
  const approver = await as(APPROVER);
  const seen = await approver.approvals.get({ id });
  return approver.approvals.decide({ id, decision: "APPROVE", comment: "", digest: seen.rendered!.digest! });
}

/** Ordered by Dev, approved, and marked deployed: Dev's provisioned product. */
async function provisioned() {
  const p = await product();
  const dev = await as(DEV);
  const stackName = unique("queue");
  const draft = await dev.orders.saveDraft({
    portfolioId: p.portfolioId,
    productVersionId: p.v1,
    stackName,
    values: { QueueName: "orders", Retention: "86400" },
    tags: { team: "shop" },
    justification: "",
  });
  const submitted = await dev.orders.submit({ id: draft.id, expectedVersion: draft.version });
  await approve(submitted.id);
  const approved = await dev.requests.get({ id: submitted.id });
  const done = await dev.requests.markDeployed({
    id: approved.id,
    expectedVersion: approved.version,
    stackArn: arnOf(stackName),
  });
  return { ...p, stackName, request: done, provisionedId: done.provisionedProduct!.id };
}

/** Another stack of the same product, ordered by Dev with a longer retention, approved and deployed. */
async function provisionedOf(p: { portfolioId: string; v1: string }) {
  const dev = await as(DEV);
  const draft = await dev.orders.saveDraft({
    portfolioId: p.portfolioId,
    productVersionId: p.v1,
    stackName: unique("queue"),
    values: { QueueName: "orders", Retention: "172800" },
    tags: {},
    justification: "",
  });
  const submitted = await dev.orders.submit({ id: draft.id, expectedVersion: draft.version });
  await approve(submitted.id);
  const approved = await dev.requests.get({ id: submitted.id });
  const done = await dev.requests.markDeployed({ id: approved.id, expectedVersion: approved.version });
  return { provisionedId: done.provisionedProduct!.id };
}

describe("marking an approved request deployed", () => {
  it("makes it a provisioned product owned by the requester, listed in My products", async () => {
    const { request, stackName, provisionedId: productId } = await provisioned();
    expect(request.status).toBe("FULFILLED");
    expect(request.stackArn).toBe(arnOf(stackName));
    const dev = await as(DEV);
    const mine = await dev.provisioned.listMine();
    const listed = mine.find((p) => p.id === productId)!;
    expect(listed).toMatchObject({
      stackName,
      status: "ACTIVE",
      stackArn: arnOf(stackName),
      productVersion: { label: "1.0.0" },
      outdated: false,
      deprecated: false,
      openRequest: null,
    });
    const detail = await dev.provisioned.get({ id: productId });
    expect(detail.values).toEqual({ QueueName: "orders", Retention: "86400" });
    expect(detail.history.map((r) => [r.kind, r.status])).toEqual([["PROVISION", "FULFILLED"]]);
    expect(detail.deployedFrom).toBe(request.number);
    const events = await db().prisma.auditEvent.findMany({
      where: { objectId: request.id, action: "request.mark-deployed" },
    });
    expect(events).toHaveLength(1);
  });

  it("names the field and the rule for a malformed ARN or one of another stack, and moves nothing", async () => {
    const p = await product();
    const dev = await as(DEV);
    const stackName = unique("queue");
    const draft = await dev.orders.saveDraft({
      portfolioId: p.portfolioId,
      productVersionId: p.v1,
      stackName,
      values: {},
      tags: {},
      justification: "",
    });
    const submitted = await dev.orders.submit({ id: draft.id, expectedVersion: draft.version });
    expect(
      (await failure(dev.requests.markDeployed({ id: submitted.id, expectedVersion: submitted.version })))
        .appCode,
    ).toBe("INVALID_TRANSITION");
    await approve(submitted.id);
    const approved = await dev.requests.get({ id: submitted.id });
    const malformed = await failure(
      dev.requests.markDeployed({ id: approved.id, expectedVersion: approved.version, stackArn: "my-stack" }),
    );
    expect(malformed.appCode).toBe("INVALID_INPUT");
    expect(malformed.fieldErrors["stackArn"]![0]).toMatch(/CloudFormation stack ARN/);
    const other = await failure(
      dev.requests.markDeployed({
        id: approved.id,
        expectedVersion: approved.version,
        stackArn: arnOf("other"),
      }),
    );
    expect(other.fieldErrors["stackArn"]![0]).toContain(`deploys the stack ${stackName}`);
    // Someone else's request does not exist for them.
    const dev2 = await as(DEV2);
    expect(
      (await failure(dev2.requests.markDeployed({ id: approved.id, expectedVersion: approved.version })))
        .code,
    ).toBe("NOT_FOUND");
    expect((await dev.requests.get({ id: approved.id })).status).toBe("APPROVED");
    // Without an ARN it is still deployed; twice is refused.
    const done = await dev.requests.markDeployed({ id: approved.id, expectedVersion: approved.version });
    expect(done.status).toBe("FULFILLED");
    expect(
      (await failure(dev.requests.markDeployed({ id: approved.id, expectedVersion: done.version }))).appCode,
    ).toBe("INVALID_TRANSITION");
  });

  it("keeps provisioned products private to their owner", async () => {
    const { provisionedId: productId } = await provisioned();
    const dev2 = await as(DEV2);
    expect((await failure(dev2.provisioned.get({ id: productId }))).code).toBe("NOT_FOUND");
    expect((await dev2.provisioned.listMine()).some((p) => p.id === productId)).toBe(false);
    expect(
      (await failure(dev2.provisioned.startUpdate({ id: productId, productVersionId: "x".repeat(25) }))).code,
    ).toBe("NOT_FOUND");
    expect((await failure(dev2.provisioned.terminate({ id: productId, justification: "" }))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("updating a provisioned product", () => {
  it("drafts an update on a newer version with the deployed values, one change at a time, and applies it when deployed", async () => {
    const p = await provisioned();
    const admin = await as(ADMIN);
    const added = await admin.products.addVersion({ productId: p.productId, label: "2.0.0", source: V2 });
    const v2 = added.id;
    const dev = await as(DEV);
    expect((await dev.provisioned.get({ id: p.provisionedId })).outdated).toBe(true);

    const draft = await dev.provisioned.startUpdate({ id: p.provisionedId, productVersionId: v2 });
    const update = await dev.requests.get({ id: draft.id });
    expect(update).toMatchObject({ kind: "UPDATE", status: "DRAFT", stackName: p.stackName });
    expect(update.values).toEqual({ QueueName: "orders", Retention: "86400" });
    expect(update.productVersion.label).toBe("2.0.0");
    const second = await failure(dev.provisioned.startUpdate({ id: p.provisionedId, productVersionId: v2 }));
    expect(second.appCode).toBe("CONFLICT");
    expect(second.message).toContain(`REQ-${update.number}`);
    expect(
      (await failure(dev.provisioned.terminate({ id: p.provisionedId, justification: "" }))).appCode,
    ).toBe("CONFLICT");

    const renamed = await failure(
      dev.orders.saveDraft({
        id: update.id,
        expectedVersion: update.version,
        portfolioId: p.portfolioId,
        productVersionId: v2,
        stackName: "another-name",
        values: update.values,
        tags: update.tags,
        justification: "",
      }),
    );
    expect(renamed.fieldErrors["stackName"]![0]).toContain(`keeps the stack name ${p.stackName}`);
    const edited = await dev.orders.saveDraft({
      id: update.id,
      expectedVersion: update.version,
      portfolioId: p.portfolioId,
      productVersionId: v2,
      stackName: p.stackName,
      values: { ...update.values, Visibility: "60" },
      tags: update.tags,
      justification: "Longer visibility",
    });
    const submitted = await dev.orders.submit({ id: edited.id, expectedVersion: edited.version });
    expect(submitted).toMatchObject({ kind: "UPDATE", status: "SUBMITTED" });
    await approve(submitted.id);
    const approved = await dev.requests.get({ id: submitted.id });
    await dev.requests.markDeployed({ id: approved.id, expectedVersion: approved.version });
    const exported = await dev.exports.files({ id: approved.id });
    expect(exported.kind).toBe("UPDATE");
    expect(exported.commands.map((c) => c.kind)).toEqual(
      expect.arrayContaining(["update-stack", "create-change-set", "execute-change-set"]),
    );
    expect(exported.commands.find((c) => c.kind === "update-stack")!.command).toContain(p.stackName);
    const parameters = JSON.parse(exported.files["update-stack-parameters.json"]!) as Record<
      string,
      unknown
    >[];
    expect(parameters).toEqual(
      expect.arrayContaining([
        { ParameterKey: "QueueName", UsePreviousValue: true },
        { ParameterKey: "Retention", UsePreviousValue: true },
        { ParameterKey: "Visibility", ParameterValue: "60" },
      ]),
    );
    const after = await dev.provisioned.get({ id: p.provisionedId });
    expect(after.productVersion.label).toBe("2.0.0");
    expect(after.values).toEqual({ QueueName: "orders", Retention: "86400", Visibility: "60" });
    expect(after.outdated).toBe(false);
    expect(after.openRequest).toBeNull();
    expect(after.deployedFrom).toBe(approved.number);
  });

  it("may stay on a version deprecated since, which takes no new orders", async () => {
    const p = await provisioned();
    const admin = await as(ADMIN);
    await admin.products.deprecateVersion({ versionId: p.v1 });
    const dev = await as(DEV);
    const fresh = await failure(
      dev.orders.saveDraft({
        portfolioId: p.portfolioId,
        productVersionId: p.v1,
        stackName: unique("queue"),
        values: {},
        tags: {},
        justification: "",
      }),
    );
    expect(fresh.fieldErrors["productVersionId"]![0]).toMatch(/deprecated/);
    const standing = await dev.provisioned.get({ id: p.provisionedId });
    expect(standing.deprecated).toBe(true);
    expect(standing.versions.map((v) => v.id)).toContain(p.v1);
    const draft = await dev.provisioned.startUpdate({ id: p.provisionedId, productVersionId: p.v1 });
    const update = await dev.requests.get({ id: draft.id });
    const submitted = await dev.orders.submit({ id: update.id, expectedVersion: update.version });
    expect(submitted.status).toBe("SUBMITTED");
  });
});

describe("the change preview of an update", () => {
  it("shows requester and approver that renaming the queue replaces it, and a retention change as in place", async () => {
    const p = await provisioned();
    const dev = await as(DEV);
    const draft = await dev.provisioned.startUpdate({ id: p.provisionedId, productVersionId: p.v1 });
    const update = await dev.requests.get({ id: draft.id });
    const values = { QueueName: "orders-v2", Retention: "172800" };
    const preview = await dev.orders.preview({
      requestId: update.id,
      portfolioId: p.portfolioId,
      productVersionId: p.v1,
      stackName: p.stackName,
      values,
      tags: update.tags,
    });
    expect(preview.valid).toBe(true);
    const change = preview.change!;
    expect(change.deployedFrom).toBe(p.request.number);
    expect(change.preview.resources.replaced).toEqual([
      expect.objectContaining({ logicalId: "Queue", impact: "replaces", forcedBy: ["QueueName"] }),
    ]);
    expect(change.preview.values).toEqual([
      { name: "QueueName", secret: false, change: "changed", old: "orders", new: "orders-v2" },
      { name: "Retention", secret: false, change: "changed", old: "86400", new: "172800" },
    ]);
    // A plain order has nothing to compare with.
    const fresh = await dev.orders.preview({
      portfolioId: p.portfolioId,
      productVersionId: p.v1,
      stackName: unique("queue"),
      values,
      tags: {},
    });
    expect(fresh.change).toBeNull();

    const saved = await dev.orders.saveDraft({
      id: update.id,
      expectedVersion: update.version,
      portfolioId: p.portfolioId,
      productVersionId: p.v1,
      stackName: p.stackName,
      values,
      tags: update.tags,
      justification: "Rename",
    });
    const submitted = await dev.orders.submit({ id: saved.id, expectedVersion: saved.version });
    const mine = await dev.requests.get({ id: submitted.id });
    expect(mine.change!.preview.resources.replaced.map((r) => r.logicalId)).toEqual(["Queue"]);
    const approver = await as(APPROVER);
    const seen = await approver.approvals.get({ id: submitted.id });
    expect(seen.change!.preview).toEqual(mine.change!.preview);
  });
});

describe("terminating a provisioned product", () => {
  it("submits a TERMINATE request through the policies and ends the product when deployed", async () => {
    const p = await provisioned();
    const dev = await as(DEV);
    const request = await dev.provisioned.terminate({ id: p.provisionedId, justification: "No longer used" });
    expect(request).toMatchObject({ kind: "TERMINATE", status: "SUBMITTED", stackName: p.stackName });
    expect(request.values).toEqual({ QueueName: "orders", Retention: "86400" });
    const approver = await as(APPROVER);
    const seen = await approver.approvals.get({ id: request.id });
    expect(seen.change!.kind).toBe("TERMINATE");
    expect(seen.change!.preview.resources.removed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ logicalId: "Queue" }),
        expect.objectContaining({ logicalId: "Archive", deletionPolicy: "Retain" }),
      ]),
    );
    const editing = await failure(
      dev.orders.saveDraft({
        id: request.id,
        expectedVersion: request.version,
        portfolioId: p.portfolioId,
        productVersionId: p.v1,
        stackName: p.stackName,
        values: {},
        tags: {},
        justification: "",
      }),
    );
    expect(editing.appCode).toBe("INVALID_TRANSITION");
    await approve(request.id);
    const approved = await dev.requests.get({ id: request.id });
    const exported = await dev.exports.get({ id: approved.id });
    expect(exported.commands.map((c) => c.kind)).toEqual(["delete-stack"]);
    expect(exported.retained).toEqual([
      expect.objectContaining({ logicalId: "Archive", deletionPolicy: "Retain" }),
    ]);
    expect(exported.warnings.join(" ")).toContain("Archive");
    await dev.requests.markDeployed({ id: approved.id, expectedVersion: approved.version });
    const ended = await dev.provisioned.get({ id: p.provisionedId });
    expect(ended.status).toBe("TERMINATED");
    expect(ended.terminatedAt).not.toBeNull();
    expect(
      (await dev.provisioned.listMine({ status: "ACTIVE", limit: 200 })).some(
        (x) => x.id === p.provisionedId,
      ),
    ).toBe(false);
    expect(
      (await failure(dev.provisioned.startUpdate({ id: p.provisionedId, productVersionId: p.v1 }))).appCode,
    ).toBe("INVALID_TRANSITION");
  });
});

describe("bulk upgrade by a catalog admin", () => {
  it("drafts updates for the selected products on their owners' behalf, flags refused values and skips busy ones", async () => {
    const first = await provisioned();
    const admin = await as(ADMIN);
    const dev = await as(DEV);
    // Two more stacks of the same product, one with a change under way.
    const second = await provisionedOf(first);
    const busy = await provisionedOf(first);
    await dev.provisioned.startUpdate({ id: busy.provisionedId, productVersionId: first.v1 });
    // 3.0.0 allows at most a day of retention: the first stack's 86400 passes, the second's 172800 does not.
    const v3 = await admin.products.addVersion({
      productId: first.productId,
      label: "3.0.0",
      source: V1.replace("    Default: 345600", "    Default: 3600\n    MaxValue: 86400"),
    });
    const listed = await admin.provisioned.adminList({ productId: first.productId });
    expect(listed.items.map((i) => i.id)).toEqual(
      expect.arrayContaining([first.provisionedId, second.provisionedId, busy.provisionedId]),
    );
    expect(listed.items.every((i) => i.outdated)).toBe(true);
    expect(listed.versions.find((v) => v.label === "1.0.0")!.provisioned).toBe(3);

    const results = await admin.provisioned.bulkUpdate({
      productId: first.productId,
      productVersionId: v3.id,
      ids: [first.provisionedId, second.provisionedId, busy.provisionedId],
    });
    const byId = new Map(results.map((r) => [r.id, r]));
    const clean = byId.get(first.provisionedId)!;
    const flagged = byId.get(second.provisionedId)!;
    expect(clean).toMatchObject({ drafted: true, carryOverIssues: [] });
    expect(flagged).toMatchObject({
      drafted: true,
      carryOverIssues: [expect.objectContaining({ parameter: "Retention", value: "172800" })],
    });
    expect(byId.get(busy.provisionedId)).toMatchObject({
      drafted: false,
      reason: expect.stringContaining("already under way"),
    });

    // The owner finds the drafts in their requests.
    if (!flagged.drafted || !clean.drafted) throw new Error("expected drafts");
    const draft = await dev.requests.get({ id: flagged.requestId });
    expect(draft).toMatchObject({ kind: "UPDATE", status: "DRAFT", productVersion: { label: "3.0.0" } });
    expect(draft.values).toEqual({ QueueName: "orders" });
    expect(draft.carryOverIssues[0]!.rule).toMatch(/86400/);
    expect((await dev.requests.get({ id: clean.requestId })).values).toEqual({
      QueueName: "orders",
      Retention: "86400",
    });
    const events = await db().prisma.auditEvent.findMany({
      where: { objectId: flagged.requestId, action: "request.bulk-update-draft" },
    });
    expect(events).toHaveLength(1);

    // Requesters may not do it, and a deprecated target is refused naming the field.
    expect(
      (
        await failure(
          dev.provisioned.bulkUpdate({
            productId: first.productId,
            productVersionId: v3.id,
            ids: [first.provisionedId],
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    await admin.products.deprecateVersion({ versionId: first.v1 });
    const deprecated = await failure(
      admin.provisioned.bulkUpdate({
        productId: first.productId,
        productVersionId: first.v1,
        ids: [first.provisionedId],
      }),
    );
    expect(deprecated.fieldErrors["productVersionId"]![0]).toMatch(/deprecated/);
  });
});
