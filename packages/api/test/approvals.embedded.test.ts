/**
 * The approval race on the embedded database (PGlite), which serialises
 * transactions in-process instead of with row locks across connections.
 */
import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "@stackvend/db";
import { callerAs } from "../src/testing/callers.ts";
import { useSeededEmbeddedDatabase } from "../src/testing/integration.ts";

const embeddedDb = useSeededEmbeddedDatabase();

describe("approvals on the embedded database", () => {
  it("20 approvals at once when one completes the stage: one transition, none counted twice", async () => {
    const db = embeddedDb();
    const group = await db.group.create({ data: { name: "Embedded crowd", roles: ["APPROVER"] } });
    const emails = Array.from({ length: 20 }, (_, i) => `crowd-${i}@example.test`);
    for (const email of emails) {
      await db.user.create({ data: { email, name: email, memberships: { create: { groupId: group.id } } } });
    }
    const admin = await callerAs(db, "admin@stackvend.local");
    const development = await db.portfolio.findUniqueOrThrow({ where: { name: "Development" } });
    const product = await db.product.findUniqueOrThrow({ where: { slug: "ec2-web-server" } });
    await admin.constraints.set({
      portfolioId: development.id,
      productId: product.id,
      kind: "APPROVAL_POLICY",
      definition: { stages: [{ name: "Crowd", approverGroup: group.name, required: 1 }] },
    });
    const dev = await callerAs(db, "dev@stackvend.local");
    const version = await db.productVersion.findFirstOrThrow({ where: { productId: product.id } });
    const draft = await dev.orders.saveDraft({
      portfolioId: development.id,
      productVersionId: version.id,
      stackName: "embedded-race",
      values: { KeyName: "dana-laptop", InstanceType: "t3.micro" },
    });
    const submitted = await dev.orders.submit({ id: draft.id, expectedVersion: draft.version });
    const { renderedDigest } = await db.request.findUniqueOrThrow({ where: { id: submitted.id } });
    const results = await Promise.allSettled(
      emails.map(async (email) =>
        (await callerAs(db, email)).approvals.decide({
          id: submitted.id,
          decision: "APPROVE",
          digest: renderedDigest!,
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const lost of results.filter((r) => r.status === "rejected")) {
      expect((lost.reason as { cause?: { code?: string } }).cause?.code).toBe("INVALID_TRANSITION");
    }
    expect((await db.request.findUniqueOrThrow({ where: { id: submitted.id } })).status).toBe("APPROVED");
    expect(await db.approval.count({ where: { requestId: submitted.id } })).toBe(1);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("counts all members of a group for an all-members stage", async () => {
    const db = embeddedDb();
    const admin = await callerAs(db, "admin@stackvend.local");
    const development = await db.portfolio.findUniqueOrThrow({ where: { name: "Development" } });
    const product = await db.product.findUniqueOrThrow({ where: { slug: "ec2-web-server" } });
    await admin.constraints.set({
      portfolioId: development.id,
      productId: product.id,
      kind: "APPROVAL_POLICY",
      definition: { stages: [{ name: "Everyone", approverGroup: "Approvers", required: "ALL" }] },
    });
    const dev = await callerAs(db, "dev@stackvend.local");
    const version = await db.productVersion.findFirstOrThrow({ where: { productId: product.id } });
    const draft = await dev.orders.saveDraft({
      portfolioId: development.id,
      productVersionId: version.id,
      stackName: "embedded-all",
      values: { KeyName: "dana-laptop", InstanceType: "t3.micro" },
    });
    const submitted = await dev.orders.submit({ id: draft.id, expectedVersion: draft.version });
    expect(submitted.waitingOn).toMatchObject({ remaining: 2 });
    const { renderedDigest } = await db.request.findUniqueOrThrow({ where: { id: submitted.id } });
    for (const [email, status] of [
      ["approver@stackvend.local", "SUBMITTED"],
      ["approver2@stackvend.local", "APPROVED"],
    ] as const) {
      const decided = await (
        await callerAs(db, email)
      ).approvals.decide({
        id: submitted.id,
        decision: "APPROVE",
        digest: renderedDigest!,
      });
      expect(decided.status).toBe(status);
    }
  });

  it("the queue's filters are the portfolios and products of exactly the requests waiting on each approver", async () => {
    const db = embeddedDb();
    for (const email of ["approver@stackvend.local", "approver2@stackvend.local", "admin@stackvend.local"]) {
      const approver = await callerAs(db, email);
      const portfolios = new Set<string>();
      const products = new Set<string>();
      let cursor: string | undefined;
      do {
        const page = await approver.approvals.queue({ limit: 100, cursor });
        for (const item of page.items) {
          portfolios.add(item.portfolio.name);
          products.add(item.product.name);
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const { facets } = await approver.approvals.queue();
      expect(facets.portfolios.map((p) => p.name).sort()).toEqual([...portfolios].sort());
      expect(facets.products.map((p) => p.name).sort()).toEqual([...products].sort());
      expect(facets.products.length).toBeGreaterThan(0);
    }
  });
});
