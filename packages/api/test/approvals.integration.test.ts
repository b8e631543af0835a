import { describe, expect, it } from "vitest";
import type { TRole } from "@stackvend/auth";
import { verifyAuditChain, type Prisma } from "@stackvend/db";
import { openAnotherInstance } from "@stackvend/db/testing";
import { expireOverdueRequests } from "../src/services/approvals/expire-requests.ts";
import { S3_BUCKET_TEMPLATE } from "../src/seed/templates/s3-bucket.ts";
import { callerAs } from "../src/testing/callers.ts";
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

type TCallerOf = Awaited<ReturnType<typeof as>>;

async function portfolioId(name: string) {
  return (await db().prisma.portfolio.findUniqueOrThrow({ where: { name } })).id;
}

/** A group of its own for a test, with fresh users in it. */
async function group(roles: TRole[], members: number) {
  const name = unique("group");
  const created = await db().prisma.group.create({ data: { name, roles } });
  const emails: string[] = [];
  for (let i = 0; i < members; i++) {
    const email = `${unique("member")}@example.test`;
    await db().prisma.user.create({
      data: { email, name: email, memberships: { create: { groupId: created.id } } },
    });
    emails.push(email);
  }
  return { id: created.id, name, emails };
}

async function addToGroup(email: string, groupId: string) {
  const user = await db().prisma.user.findUniqueOrThrow({ where: { email } });
  await db().prisma.groupMembership.create({ data: { userId: user.id, groupId } });
}

/** A fresh product in Development with the given approval policy (or none). */
async function productWithPolicy(definition?: Record<string, unknown>) {
  const pid = await portfolioId("Development");
  const admin = await as(ADMIN);
  const slug = unique("bucket");
  const product = await admin.products.create({
    slug,
    name: `Bucket ${slug}`,
    portfolioIds: [pid],
    version: { label: "1.0.0", source: S3_BUCKET_TEMPLATE },
  });
  if (definition !== undefined) {
    await admin.constraints.set({
      portfolioId: pid,
      productId: product.id,
      kind: "APPROVAL_POLICY",
      definition,
    });
  }
  return { portfolioId: pid, productId: product.id, versionId: product.versions[0]!.id };
}

/** A submitted order of the product by a Dev requester. */
async function submitted(
  product: Awaited<ReturnType<typeof productWithPolicy>>,
  requester = DEV,
  values: Record<string, string> = { BucketPurpose: "reports" },
) {
  const dev = await as(requester);
  const draft = await dev.orders.saveDraft({
    portfolioId: product.portfolioId,
    productVersionId: product.versionId,
    stackName: unique("reports"),
    values,
    justification: "Quarterly reports",
  });
  return dev.orders.submit({ id: draft.id, expectedVersion: draft.version });
}

async function digestOf(id: string) {
  return (await db().prisma.request.findUniqueOrThrow({ where: { id } })).renderedDigest!;
}

async function decide(
  caller: TCallerOf,
  id: string,
  decision: "APPROVE" | "REJECT" | "REQUEST_CHANGES" = "APPROVE",
  comment = "",
) {
  return caller.approvals.decide({ id, decision, comment, digest: await digestOf(id) });
}

async function statusOf(id: string) {
  return (await db().prisma.request.findUniqueOrThrow({ where: { id } })).status;
}

describe("submission", () => {
  it("renders the request once and stores the bytes and their sha256; approvers see exactly those bytes", async () => {
    const product = await productWithPolicy();
    const request = await submitted(product);
    const row = await db().prisma.request.findUniqueOrThrow({ where: { id: request.id } });
    expect(row.renderedTemplate).toContain("BucketPurpose");
    expect(row.renderedTemplate).toContain(`REQ-${row.number}`);
    expect(row.renderedFormat).toBe("YAML");
    const { createHash } = await import("node:crypto");
    expect(row.renderedDigest).toBe(createHash("sha256").update(row.renderedTemplate!, "utf8").digest("hex"));
    const view = await (await as(APPROVER)).approvals.get({ id: request.id });
    expect(view.rendered).toEqual({
      source: row.renderedTemplate,
      format: "YAML",
      digest: row.renderedDigest,
    });
    expect(view.canDecide).toBe(true);
    expect(view.stages).toMatchObject([{ stage: 1, required: 1, remaining: 1, state: "current" }]);
  });

  it("the built-in policy is one approval from any approver", async () => {
    const request = await submitted(await productWithPolicy());
    expect(request.waitingOn).toMatchObject({ stage: 1, stageCount: 1, approverGroup: null, remaining: 1 });
    const outcome = await decide(await as(APPROVER), request.id);
    expect(outcome).toMatchObject({ status: "APPROVED", outcome: { kind: "approved" } });
    expect((await (await as(DEV)).requests.get({ id: request.id })).status).toBe("APPROVED");
  });

  it("a portfolio's default policy applies to products without one of their own", async () => {
    const security = await group(["APPROVER"], 1);
    const pid = await portfolioId("Development");
    const saved = await db().prisma.portfolio.findUniqueOrThrow({ where: { id: pid } });
    await (
      await as(ADMIN)
    ).portfolios.setDefaultApprovalPolicy({
      id: pid,
      definition: { stages: [{ name: "Security", approverGroup: security.name, required: 1 }] },
    });
    try {
      const request = await submitted(await productWithPolicy());
      expect(request.waitingOn).toMatchObject({ stageName: "Security", approverGroup: security.name });
      expect(request.policy).toMatchObject({ source: "portfolio" });
      expect((await failure(decide(await as(APPROVER), request.id))).code).toBe("NOT_FOUND");
      expect(await decide(await as(security.emails[0]!), request.id)).toMatchObject({ status: "APPROVED" });
    } finally {
      await db().prisma.portfolio.update({
        where: { id: pid },
        data: { defaultApprovalPolicy: saved.defaultApprovalPolicy ?? undefined },
      });
      await (await as(ADMIN)).portfolios.setDefaultApprovalPolicy({ id: pid, definition: null });
    }
  });
});

describe("policy shapes", () => {
  it("N of M: two approvals from a group of three", async () => {
    const leads = await group(["APPROVER"], 3);
    const request = await submitted(
      await productWithPolicy({ stages: [{ name: "Leads", approverGroup: leads.name, required: 2 }] }),
    );
    expect(await decide(await as(leads.emails[0]!), request.id)).toMatchObject({
      status: "SUBMITTED",
      outcome: { kind: "counted", remaining: 1 },
    });
    expect((await (await as(DEV)).requests.get({ id: request.id })).waitingOn).toMatchObject({
      remaining: 1,
    });
    expect(await decide(await as(leads.emails[1]!), request.id)).toMatchObject({ status: "APPROVED" });
  });

  it("all of a group: every eligible member must approve; the requester in the group is not counted", async () => {
    const team = await group(["APPROVER", "REQUESTER"], 3);
    await db().prisma.portfolioAccess.create({
      data: { portfolioId: await portfolioId("Development"), groupId: team.id },
    });
    const request = await submitted(
      await productWithPolicy({
        stages: [{ name: "Whole team", approverGroup: team.name, required: "ALL" }],
      }),
      team.emails[2]!,
    );
    expect(request.waitingOn).toMatchObject({ remaining: 2 });
    expect(await decide(await as(team.emails[0]!), request.id)).toMatchObject({ status: "SUBMITTED" });
    expect(await decide(await as(team.emails[1]!), request.id)).toMatchObject({ status: "APPROVED" });
  });

  it("two stages in order; the first stage's approver cannot decide the second", async () => {
    const leads = await group(["APPROVER"], 1);
    const security = await group(["APPROVER"], 1);
    await addToGroup(leads.emails[0]!, security.id);
    const request = await submitted(
      await productWithPolicy({
        stages: [
          { name: "Dev leads", approverGroup: leads.name, required: 1 },
          { name: "Security", approverGroup: security.name, required: 1 },
        ],
      }),
    );
    const lead = await as(leads.emails[0]!);
    const securityOfficer = await as(security.emails[0]!);
    // Not yet at the Security stage: absent from the Security queue, and NOT_FOUND.
    expect((await securityOfficer.approvals.queue()).items.map((i) => i.id)).not.toContain(request.id);
    expect((await failure(securityOfficer.approvals.get({ id: request.id }))).code).toBe("NOT_FOUND");
    expect(await decide(lead, request.id)).toMatchObject({ status: "SUBMITTED", stage: 2 });
    // The lead is in Security too, but has decided stage 1 of this request.
    const again = await failure(decide(lead, request.id));
    expect(again).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/at most one stage/) });
    expect((await lead.approvals.queue()).items.map((i) => i.id)).not.toContain(request.id);
    expect((await securityOfficer.approvals.queue()).items.map((i) => i.id)).toContain(request.id);
    expect(await decide(securityOfficer, request.id)).toMatchObject({ status: "APPROVED" });
    const view = await securityOfficer.approvals.get({ id: request.id });
    expect(view.stages.map((s) => [s.name, s.state, s.approvedBy.length])).toEqual([
      ["Dev leads", "done", 1],
      ["Security", "done", 1],
    ]);
  });

  it("auto-approves by kind, records the condition, and audits it", async () => {
    const request = await submitted(
      await productWithPolicy({
        stages: [{ name: "Approval", required: 1 }],
        autoApprove: { kinds: ["PROVISION"] },
      }),
    );
    expect(request.status).toBe("APPROVED");
    expect(request.autoApproval).toMatchObject({ kinds: ["PROVISION"], reason: "kind is PROVISION" });
    const audit = await db().prisma.auditEvent.findFirstOrThrow({
      where: { objectId: request.id, action: "request.auto-approve" },
    });
    expect(audit).toMatchObject({
      actorLabel: "system",
      data: expect.objectContaining({ kinds: ["PROVISION"] }),
    });
    const other = await submitted(
      await productWithPolicy({
        stages: [{ name: "Approval", required: 1 }],
        autoApprove: { kinds: ["UPDATE"] },
      }),
    );
    expect(other.status).toBe("SUBMITTED");
  });

  it("auto-approves only when parameter values are within the listed sets", async () => {
    const product = await productWithPolicy({
      stages: [{ name: "Approval", required: 1 }],
      autoApprove: { parameters: [{ parameter: "BucketPurpose", values: ["reports", "scratch"] }] },
    });
    expect((await submitted(product, DEV, { BucketPurpose: "scratch" })).status).toBe("APPROVED");
    expect((await submitted(product, DEV, { BucketPurpose: "backups" })).status).toBe("SUBMITTED");
  });

  it("auto-approves by estimated cost only when the estimate is complete and under the limit", async () => {
    // The bucket is usage-based: its estimate is complete at $0.00 a month.
    const cheap = await submitted(
      await productWithPolicy({
        stages: [{ name: "Approval", required: 1 }],
        autoApprove: { maxMonthlyCost: 10 },
      }),
    );
    expect(cheap.status).toBe("APPROVED");
    expect(cheap.autoApproval).toMatchObject({ maxMonthlyCost: 10, estimatedMonthlyCost: 0 });
    const prod = await as(PROD);
    const pid = await portfolioId("Production");
    const rds = await db().prisma.productVersion.findFirstOrThrow({
      where: { product: { slug: "rds-postgres" }, status: "ACTIVE" },
      orderBy: { createdAt: "desc" },
    });
    await (
      await as(ADMIN)
    ).constraints.set({
      portfolioId: pid,
      productId: rds.productId,
      kind: "APPROVAL_POLICY",
      definition: { stages: [{ name: "Approval", required: 1 }], autoApprove: { maxMonthlyCost: 1 } },
    });
    const draft = await prod.orders.saveDraft({
      portfolioId: pid,
      productVersionId: rds.id,
      stackName: unique("db"),
      values: { DBSubnetGroupName: "prod-db-subnets", VpcSecurityGroupIds: ["sg-0123456789abcdef0"] },
      tags: { CostCenter: "1001" },
      justification: "Orders service database",
    });
    const expensive = await prod.orders.submit({ id: draft.id, expectedVersion: draft.version });
    expect(expensive.status).toBe("SUBMITTED");
  });

  it("expires a request undecided past its policy's expiry, once, with an audit event", async () => {
    const request = await submitted(
      await productWithPolicy({
        stages: [{ name: "Approval", required: 1 }],
        expireAfterDays: 2,
        remindAfterHours: 4,
      }),
    );
    const row = await db().prisma.request.findUniqueOrThrow({ where: { id: request.id } });
    expect(row.expiresAt!.getTime() - row.submittedAt!.getTime()).toBe(2 * 86_400_000);
    expect(row.remindAt!.getTime() - row.submittedAt!.getTime()).toBe(4 * 3_600_000);
    const later = new Date(row.expiresAt!.getTime() + 1000);
    const [a, b] = await Promise.all([
      expireOverdueRequests(db().prisma, later),
      expireOverdueRequests(db().prisma, later),
    ]);
    expect(a + b).toBeGreaterThanOrEqual(1);
    expect(await statusOf(request.id)).toBe("EXPIRED");
    expect(
      await db().prisma.auditEvent.count({ where: { objectId: request.id, action: "request.expire" } }),
    ).toBe(1);
    expect((await failure(decide(await as(APPROVER), request.id))).appCode).toBe("INVALID_TRANSITION");
  });
});

describe("separation of duties and eligibility", () => {
  it("nobody decides their own request, an admin neither", async () => {
    const both = await group(["REQUESTER", "APPROVER", "ADMIN"], 1);
    const pid = await portfolioId("Development");
    await db().prisma.portfolioAccess.create({ data: { portfolioId: pid, groupId: both.id } });
    const request = await submitted(await productWithPolicy(), both.emails[0]!);
    const own = await failure(decide(await as(both.emails[0]!), request.id));
    expect(own).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/your own request/) });
    expect((await (await as(both.emails[0]!)).approvals.queue()).items.map((i) => i.id)).not.toContain(
      request.id,
    );
  });

  it("an approver outside the stage's group gets NOT_FOUND and does not see it queued; an admin may decide any stage", async () => {
    const security = await group(["APPROVER"], 1);
    const request = await submitted(
      await productWithPolicy({ stages: [{ name: "Security", approverGroup: security.name, required: 1 }] }),
    );
    const outsider = await as(APPROVER);
    expect((await outsider.approvals.queue()).items.map((i) => i.id)).not.toContain(request.id);
    const missing = await failure(outsider.approvals.get({ id: "no-such-request" }));
    expect(await failure(outsider.approvals.get({ id: request.id }))).toEqual(missing);
    expect((await failure(decide(outsider, request.id))).code).toBe("NOT_FOUND");
    const admin = await as(ADMIN);
    expect((await admin.approvals.queue()).items.map((i) => i.id)).toContain(request.id);
    expect(await decide(admin, request.id)).toMatchObject({ status: "APPROVED" });
  });

  it("a decision on a stale digest is refused with STALE, asking to reload", async () => {
    const request = await submitted(await productWithPolicy());
    const stale = await failure(
      (await as(APPROVER)).approvals.decide({ id: request.id, decision: "APPROVE", digest: "0".repeat(64) }),
    );
    expect(stale).toMatchObject({
      code: "CONFLICT",
      appCode: "STALE",
      message: expect.stringMatching(/reload/),
    });
    expect(await statusOf(request.id)).toBe("SUBMITTED");
  });

  it("rejecting or requesting changes needs a comment, named as the field", async () => {
    const request = await submitted(await productWithPolicy());
    const approver = await as(APPROVER);
    for (const decision of ["REJECT", "REQUEST_CHANGES"] as const) {
      const error = await failure(
        approver.approvals.decide({
          id: request.id,
          decision,
          comment: "  ",
          digest: await digestOf(request.id),
        }),
      );
      expect(error.code).toBe("BAD_REQUEST");
      expect(JSON.stringify(error)).toMatch(/comment/);
    }
    expect(await statusOf(request.id)).toBe("SUBMITTED");
  });
});

describe("decisions", () => {
  it("a rejection ends the request at once, with its comment in the history", async () => {
    const leads = await group(["APPROVER"], 2);
    const request = await submitted(
      await productWithPolicy({ stages: [{ name: "Leads", approverGroup: leads.name, required: 2 }] }),
    );
    expect(
      await decide(await as(leads.emails[0]!), request.id, "REJECT", "Use the shared bucket"),
    ).toMatchObject({
      status: "REJECTED",
    });
    const mine = await (await as(DEV)).requests.get({ id: request.id });
    expect(mine.status).toBe("REJECTED");
    expect(mine.history.map((h) => [h.action, h.comment])).toEqual([
      ["request.submit", ""],
      ["request.reject", "Use the shared bucket"],
    ]);
    expect((await failure(decide(await as(leads.emails[1]!), request.id))).appCode).toBe(
      "INVALID_TRANSITION",
    );
  });

  it("changes requested: the requester edits and resubmits, a new digest, earlier approvals superseded, stage 1 again", async () => {
    const leads = await group(["APPROVER"], 2);
    const security = await group(["APPROVER"], 1);
    const request = await submitted(
      await productWithPolicy({
        stages: [
          { name: "Leads", approverGroup: leads.name, required: 1 },
          { name: "Security", approverGroup: security.name, required: 1 },
        ],
      }),
    );
    const firstDigest = await digestOf(request.id);
    await decide(await as(leads.emails[0]!), request.id);
    await decide(await as(security.emails[0]!), request.id, "REQUEST_CHANGES", "Name the purpose 'archive'");
    const dev = await as(DEV);
    const sentBack = await dev.requests.get({ id: request.id });
    expect(sentBack.status).toBe("CHANGES_REQUESTED");
    expect(sentBack.history.at(-1)).toMatchObject({
      action: "request.request-changes",
      comment: "Name the purpose 'archive'",
    });
    const edited = await dev.orders.saveDraft({
      id: request.id,
      expectedVersion: sentBack.version,
      portfolioId: sentBack.portfolio.id,
      productVersionId: sentBack.productVersion.id,
      stackName: sentBack.stackName,
      values: { BucketPurpose: "archive" },
      justification: "Quarterly reports",
    });
    expect(edited.status).toBe("CHANGES_REQUESTED");
    const resubmitted = await dev.orders.submit({ id: request.id, expectedVersion: edited.version });
    expect(resubmitted).toMatchObject({ status: "SUBMITTED", stage: 1, round: 2 });
    expect(await digestOf(request.id)).not.toBe(firstDigest);
    const approvals = await db().prisma.approval.findMany({ where: { requestId: request.id } });
    expect(approvals).toHaveLength(2);
    expect(approvals.every((a) => a.supersededAt !== null && a.round === 1)).toBe(true);
    // The first lead may decide again in the new round, and it counts afresh from stage 1.
    expect(await decide(await as(leads.emails[0]!), request.id)).toMatchObject({ stage: 2 });
    const view = await (await as(security.emails[0]!)).approvals.get({ id: request.id });
    expect(view.history.filter((h) => h.superseded).map((h) => h.action)).toEqual([
      "request.approve",
      "request.request-changes",
    ]);
  });

  it("the requester can cancel before the final decision, not after", async () => {
    const dev = await as(DEV);
    const request = await submitted(await productWithPolicy());
    const cancelled = await dev.requests.cancel({ id: request.id, expectedVersion: request.version });
    expect(cancelled.status).toBe("CANCELLED");
    expect((await (await as(APPROVER)).approvals.queue()).items.map((i) => i.id)).not.toContain(request.id);
    const approved = await submitted(await productWithPolicy());
    await decide(await as(APPROVER), approved.id);
    const late = await failure(
      dev.requests.cancel({ id: approved.id, expectedVersion: approved.version + 1 }),
    );
    expect(late.appCode).toBe("INVALID_TRANSITION");
  });
});

describe("queue", () => {
  it("oldest first, filtered by portfolio and product, in cursor pages, with a count", async () => {
    const reviewers = await group(["APPROVER"], 1);
    const product = await productWithPolicy({
      stages: [{ name: "Review", approverGroup: reviewers.name, required: 1 }],
    });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await submitted(product)).id);
    const reviewer = await as(reviewers.emails[0]!);
    const all = await reviewer.approvals.queue({ productId: product.productId, limit: 25 });
    expect(all.items.map((i) => i.id)).toEqual(ids);
    expect(all.items[0]).toMatchObject({ requester: { email: DEV }, waitingOn: { stageName: "Review" } });
    const first = await reviewer.approvals.queue({ productId: product.productId, limit: 2 });
    const second = await reviewer.approvals.queue({
      productId: product.productId,
      limit: 2,
      cursor: first.nextCursor!,
    });
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(ids.slice(0, 4));
    const elsewhere = await reviewer.approvals.queue({ portfolioId: await portfolioId("Production") });
    expect(elsewhere.items.every((i) => i.portfolio.name === "Production")).toBe(true);
    expect(elsewhere.items.map((i) => i.id)).not.toContain(ids[0]);
    expect((await reviewer.approvals.count()).count).toBeGreaterThanOrEqual(5);
  });

  it("filters offer exactly the portfolios and products with a request waiting on the caller", async () => {
    const reviewers = await group(["APPROVER"], 2);
    const [reviewerEmail, otherEmail] = reviewers.emails as [string, string];
    const others = await group(["APPROVER"], 1);
    const review = (approverGroup: string, required = 1) => ({
      stages: [{ name: "Review", approverGroup, required }],
    });
    const waiting = await productWithPolicy(review(reviewers.name, 2));
    const decidedByMe = await productWithPolicy(review(reviewers.name, 2));
    const ownOnly = await productWithPolicy(review(reviewers.name));
    const elsewhere = await productWithPolicy(review(others.name));
    const expired = await productWithPolicy({ ...review(reviewers.name), expireAfterDays: 1 });
    const decidedByOther = await productWithPolicy(review(reviewers.name, 2));
    await addToGroup(
      reviewerEmail,
      (await db().prisma.group.findUniqueOrThrow({ where: { name: "Dev" } })).id,
    );
    await submitted(waiting);
    const mine = await submitted(decidedByMe);
    await submitted(ownOnly, reviewerEmail);
    await submitted(elsewhere);
    const old = await submitted(expired);
    await db().prisma.request.update({
      where: { id: old.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const theirs = await submitted(decidedByOther);
    const reviewer = await as(reviewerEmail);
    await decide(reviewer, mine.id);
    await decide(await as(otherEmail), theirs.id);
    const { facets } = await reviewer.approvals.queue();
    const products = facets.products.map((p) => p.id);
    expect(products).toEqual(expect.arrayContaining([waiting.productId, decidedByOther.productId]));
    for (const absent of [decidedByMe, ownOnly, elsewhere, expired])
      expect(products).not.toContain(absent.productId);
    expect(facets.portfolios.map((p) => p.name)).toContain("Development");
    // Someone waiting on a different group sees the product only that group decides.
    const outsider = await as(others.emails[0]!);
    const theirFacets = (await outsider.approvals.queue()).facets.products.map((p) => p.id);
    expect(theirFacets).toContain(elsewhere.productId);
    expect(theirFacets).not.toContain(waiting.productId);
  });

  it("the navigation badge counts up to 99 and says there are more, while the home summary stays exact", async () => {
    const reviewers = await group(["APPROVER"], 1);
    const product = await productWithPolicy({
      stages: [{ name: "Review", approverGroup: reviewers.name, required: 1 }],
    });
    const reviewer = await as(reviewers.emails[0]!);
    const {
      id: _id,
      number: _number,
      ...row
    } = await db().prisma.request.findUniqueOrThrow({
      where: { id: (await submitted(product)).id },
    });
    // Requests at stages any approver decides wait on this reviewer too.
    const { count: base, more } = await reviewer.approvals.count();
    expect(more).toBe(false);
    const copies = (n: number) =>
      db().prisma.request.createMany({
        data: Array.from({ length: n }, () => ({
          ...row,
          parameters: row.parameters as Prisma.InputJsonValue,
          tags: row.tags as Prisma.InputJsonValue,
          // Json columns take no plain null; left out, they are null.
          policySnapshot: (row.policySnapshot ?? undefined) as Prisma.InputJsonValue | undefined,
          autoApproval: (row.autoApproval ?? undefined) as Prisma.InputJsonValue | undefined,
          carryOverIssues: (row.carryOverIssues ?? undefined) as Prisma.InputJsonValue | undefined,
        })),
      });
    await copies(99 - base);
    expect(await reviewer.approvals.count()).toEqual({ count: 99, more: false });
    await copies(1);
    expect(await reviewer.approvals.count()).toEqual({ count: 99, more: true });
    expect((await reviewer.me.home()).approver).toEqual({ waiting: 100 });
  });
});

describe("authorization matrix", () => {
  it("anonymous UNAUTHORIZED, requester FORBIDDEN; approvers and admins reach the procedures", async () => {
    const request = await submitted(await productWithPolicy());
    const digest = await digestOf(request.id);
    const calls = [
      (c: TCallerOf) => c.approvals.queue(),
      (c: TCallerOf) => c.approvals.count(),
      (c: TCallerOf) => c.approvals.get({ id: request.id }),
      (c: TCallerOf) => c.approvals.decide({ id: request.id, decision: "REJECT", comment: "no", digest }),
    ];
    for (const call of calls) {
      expect((await failure(call(await as(null)))).code).toBe("UNAUTHORIZED");
      expect((await failure(call(await as(DEV)))).code).toBe("FORBIDDEN");
      expect((await failure(call(await as(DEV2)))).code).toBe("FORBIDDEN");
      expect((await failure(call(await as(PROD)))).code).toBe("FORBIDDEN");
    }
    expect((await (await as(APPROVER)).approvals.get({ id: request.id })).canDecide).toBe(true);
    expect((await (await as(ADMIN)).approvals.get({ id: request.id })).canDecide).toBe(true);
    // Another requester cannot see someone else's request through requests.get either.
    expect((await failure((await as(DEV2)).requests.get({ id: request.id }))).code).toBe("NOT_FOUND");
  });
});

describe("concurrency on real PostgreSQL", () => {
  /**
   * Every member of a fresh group of `members` decides one request at once,
   * alternating between this database client and a second one (a second app
   * instance). `decisionOf(i)` says what member i decides.
   */
  async function race(
    members: number,
    required: number,
    decisionOf: (i: number) => { decision: "APPROVE" | "REJECT"; comment?: string },
  ) {
    const crowd = await group(["APPROVER"], members);
    const request = await submitted(
      await productWithPolicy({ stages: [{ name: "Crowd", approverGroup: crowd.name, required }] }),
    );
    const digest = await digestOf(request.id);
    const other = await openAnotherInstance(db().url);
    try {
      const results = await Promise.allSettled(
        crowd.emails.map(async (email, i) =>
          (await callerAs(i % 2 === 0 ? db().prisma : other.prisma, email)).approvals.decide({
            id: request.id,
            digest,
            ...decisionOf(i),
          }),
        ),
      );
      const row = await db().prisma.request.findUniqueOrThrow({
        where: { id: request.id },
        include: { approvals: true },
      });
      return { results, row };
    } finally {
      await other.close();
    }
  }

  it("50 approvals at once from two instances when one more completes the last stage: one transition, none counted twice", async () => {
    const { results, row } = await race(50, 1, () => ({ decision: "APPROVE" }));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const lost of results.filter((r) => r.status === "rejected")) {
      expect((lost.reason as { cause?: { code?: string } }).cause?.code).toBe("INVALID_TRANSITION");
      expect((lost.reason as Error).message).toMatch(/approved; there is nothing left to decide/);
    }
    expect(row.status).toBe("APPROVED");
    expect(row.approvals).toHaveLength(1);
    expect(
      await db().prisma.auditEvent.count({ where: { objectId: row.id, action: "request.approve" } }),
    ).toBe(1);
    expect(await verifyAuditChain(db().prisma)).toMatchObject({ ok: true });
  });

  it("a reject racing approvals: exactly one final state, and every decision after it refused", async () => {
    const { results, row } = await race(20, 10, (i) =>
      i === 7 ? { decision: "REJECT", comment: "Not this quarter" } : { decision: "APPROVE" },
    );
    expect(["APPROVED", "REJECTED"]).toContain(row.status);
    const approvals = row.approvals.filter((a) => a.decision === "APPROVED").length;
    const rejections = row.approvals.filter((a) => a.decision === "REJECTED").length;
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(row.approvals.length);
    if (row.status === "APPROVED") expect([approvals, rejections]).toEqual([10, 0]);
    else expect(rejections).toBe(1);
    expect(new Set(row.approvals.map((a) => a.approverId)).size).toBe(row.approvals.length);
    expect(await verifyAuditChain(db().prisma)).toMatchObject({ ok: true });
  });
});
