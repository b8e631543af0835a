import { describe, expect, it } from "vitest";
import { S3_BUCKET_TEMPLATE } from "../src/seed/templates/s3-bucket.ts";
import { ADMIN, APPROVER, DEV, unique, useSeededDatabase } from "../src/testing/integration.ts";

const { db, as } = useSeededDatabase();

/** A fresh Development product whose one stage is decided by a group the demo approver is not in. */
async function productForAnotherGroup() {
  const admin = await as(ADMIN);
  const pid = (await db().prisma.portfolio.findUniqueOrThrow({ where: { name: "Development" } })).id;
  const group = await db().prisma.group.create({ data: { name: unique("security"), roles: ["APPROVER"] } });
  const slug = unique("bucket");
  const product = await admin.products.create({
    slug,
    name: `Bucket ${slug}`,
    portfolioIds: [pid],
    version: { label: "1.0.0", source: S3_BUCKET_TEMPLATE },
  });
  await admin.constraints.set({
    portfolioId: pid,
    productId: product.id,
    kind: "APPROVAL_POLICY",
    definition: { stages: [{ name: "Security", approverGroup: group.name, required: 1 }] },
  });
  return { portfolioId: pid, versionId: product.versions[0]!.id };
}

describe("home summary", () => {
  it("counts for an approver what their queue holds, and a request sent back as open for its requester", async () => {
    const approver = await as(APPROVER);
    const before = (await approver.me.home()).approver!.waiting;
    expect(before).toBe((await approver.approvals.count()).count);
    const product = await productForAnotherGroup();
    const dev = await as(DEV);
    const draft = await dev.orders.saveDraft({
      portfolioId: product.portfolioId,
      productVersionId: product.versionId,
      stackName: unique("reports"),
      values: { BucketPurpose: "reports" },
      justification: "Quarterly reports",
    });
    const openBefore = (await dev.me.home()).requester!.openRequests;
    const submitted = await dev.orders.submit({ id: draft.id, expectedVersion: draft.version });
    // Waiting on another group's stage: not the demo approver's to decide, so not counted for them.
    expect((await approver.me.home()).approver!.waiting).toBe(before);
    expect((await approver.approvals.count()).count).toBe(before);
    const admin = await as(ADMIN);
    await admin.approvals.decide({
      id: submitted.id,
      decision: "REQUEST_CHANGES",
      comment: "Name the purpose",
      digest: (await db().prisma.request.findUniqueOrThrow({ where: { id: submitted.id } })).renderedDigest!,
    });
    expect((await dev.me.home()).requester!.openRequests).toBe(openBefore + 1);
  });
});
