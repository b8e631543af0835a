/**
 * Seeds requests in bulk on top of the demo data, as years of use leave them:
 * many requesters (one of them the demo's dev@stackvend.local, about 1 in
 * 97), most requests decided long ago (approved, fulfilled, rejected,
 * cancelled), some drafts, and about 3 in 100 still waiting on the demo's
 * team lead. Each row copies one of the demo's own submitted requests
 * (rendered template, digest, policy snapshot), so the pages show real rows.
 *
 * Deterministic and additive: `addBenchRequests(db, 0, 1000)` then
 * `addBenchRequests(db, 1000, 100000)` gives the same 100,000 as one call.
 * The newest requests are the lowest numbers: a later call adds older history.
 */
import { DEMO_PASSWORD, seedDemo } from "@stackvend/api/seed";
import { hashPassword } from "@stackvend/auth";
import type { TDb } from "@stackvend/db";

export const REQUESTER = "dev@stackvend.local";
export const APPROVER = "approver@stackvend.local";
/** A Dev requester with no requests at all: whose `/requests` is the signed-in shell, the pages' floor. */
export const SHELL_USER = "newcomer@stackvend.local";
const REQUESTERS = 300;

export interface TBenchRequestsBase {
  /** The demo's submitted requests each bench request copies. */
  templates: string[];
  requesterIds: string[];
  requesterId: string;
  approverId: string;
  /** The group deciding the first stage of the waiting requests (the approver's). */
  stageGroupId: string;
}

/** The demo data, a shell user and the bench's requesters (all in the Dev group). */
export async function seedBenchRequestsBase(db: TDb): Promise<TBenchRequestsBase> {
  await seedDemo(db);
  const dev = await db.group.findUniqueOrThrow({ where: { name: "Dev" } });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = [
    { id: "bench-user-newcomer", email: SHELL_USER, name: "Noa Newcomer", passwordHash },
    ...Array.from({ length: REQUESTERS }, (_, i) => ({
      id: `bench-user-${i}`,
      email: `requester-${i}@stackvend.local`,
      name: `Requester ${i}`,
      passwordHash,
    })),
  ];
  await db.user.createMany({ data: users, skipDuplicates: true });
  const newcomer = await db.user.findUniqueOrThrow({ where: { email: SHELL_USER } });
  await db.groupMembership.createMany({
    data: [newcomer.id, ...users.slice(1).map((u) => u.id)].map((userId) => ({ userId, groupId: dev.id })),
    skipDuplicates: true,
  });
  const requester = await db.user.findUniqueOrThrow({ where: { email: REQUESTER } });
  const approver = await db.user.findUniqueOrThrow({ where: { email: APPROVER } });
  // The demo's submitted requests, one per product; the first waits on the approver's group.
  const submitted = await db.request.findMany({
    where: { renderedDigest: { not: null }, kind: "PROVISION" },
    orderBy: { number: "asc" },
    select: { id: true, productId: true, stageGroupId: true, status: true },
  });
  const waiting = submitted.find((r) => r.status === "SUBMITTED" && r.stageGroupId !== null);
  if (!waiting) throw new Error("the demo data has no request waiting on a group");
  // The first submitted request of each product, the waiting one first.
  const templates = [waiting, ...submitted]
    .filter((r, i, all) => all.findIndex((o) => o.productId === r.productId) === i)
    .map((r) => r.id);
  return {
    templates,
    requesterIds: users.slice(1).map((u) => u.id),
    requesterId: requester.id,
    approverId: approver.id,
    stageGroupId: waiting.stageGroupId!,
  };
}

/** Adds bench requests numbered [from, to), with the approver's decisions on those decided. */
export async function addBenchRequests(db: TDb, base: TBenchRequestsBase, from: number, to: number) {
  const BATCH = 20_000;
  for (let start = from; start < to; start += BATCH) {
    const end = Math.min(to, start + BATCH);
    await db.$executeRawUnsafe(
      `
      INSERT INTO "Request" (
        id, kind, status, "requesterId", "portfolioId", "productId", "productVersionId", "stackName",
        parameters, "secretParameters", tags, justification, stage, round, "stageGroupId",
        "policySnapshot", "renderedTemplate", "renderedFormat", "renderedDigest", "stageEnteredAt",
        "submittedAt", "decidedAt", "fulfilledAt", "cancelledAt", "createdAt", "updatedAt")
      SELECT
        'bench-req-' || lpad(g::text, 7, '0'), t.kind, s.status::"RequestStatus",
        CASE WHEN g % 97 = 0 THEN $1 ELSE ($2::text[])[1 + g % array_length($2::text[], 1)] END,
        t."portfolioId", t."productId", t."productVersionId", 'bench-stack-' || g,
        t.parameters, t."secretParameters", t.tags, t.justification, 1, CASE WHEN s.status = 'DRAFT' THEN 0 ELSE 1 END,
        CASE WHEN s.status = 'SUBMITTED' THEN $3 END,
        t."policySnapshot", t."renderedTemplate", t."renderedFormat", t."renderedDigest",
        CASE WHEN s.status = 'SUBMITTED' THEN c.at + interval '1 hour' END,
        CASE WHEN s.status <> 'DRAFT' THEN c.at + interval '1 hour' END,
        CASE WHEN s.status IN ('APPROVED', 'FULFILLED', 'REJECTED') THEN c.at + interval '1 day' END,
        CASE WHEN s.status = 'FULFILLED' THEN c.at + interval '2 days' END,
        CASE WHEN s.status = 'CANCELLED' THEN c.at + interval '3 hours' END,
        c.at, c.at + interval '2 days'
      FROM generate_series($4::int, $5::int - 1) AS g
      CROSS JOIN LATERAL (SELECT now() - g * interval '7 minutes' AS at) AS c
      CROSS JOIN LATERAL (SELECT CASE
        WHEN g % 100 < 3 THEN 'SUBMITTED' WHEN g % 100 < 8 THEN 'DRAFT' WHEN g % 100 < 13 THEN 'REJECTED'
        WHEN g % 100 < 15 THEN 'CANCELLED' WHEN g % 100 < 60 THEN 'FULFILLED' ELSE 'APPROVED' END AS status) AS s
      JOIN "Request" t ON t.id = ($6::text[])[1 + g % array_length($6::text[], 1)]
      ON CONFLICT (id) DO NOTHING`,
      base.requesterId,
      base.requesterIds,
      base.stageGroupId,
      start,
      end,
      base.templates,
    );
    await db.$executeRawUnsafe(
      `
      INSERT INTO "Approval" (id, "requestId", "approverId", round, stage, decision, digest, "createdAt")
      SELECT 'bench-ap-' || r.id, r.id, $1, 1, 1,
        (CASE WHEN r.status = 'REJECTED' THEN 'REJECTED' ELSE 'APPROVED' END)::"Decision",
        r."renderedDigest", r."decidedAt"
      FROM "Request" r
      WHERE r.id >= 'bench-req-' || lpad($2::text, 7, '0') AND r.id < 'bench-req-' || lpad($3::text, 7, '0')
        AND r.status IN ('APPROVED', 'FULFILLED', 'REJECTED')
      ON CONFLICT DO NOTHING`,
      base.approverId,
      start,
      end,
    );
  }
  // What autovacuum does soon after a bulk load: statistics for the planner.
  await db.$executeRawUnsafe("VACUUM ANALYZE");
}

/** What the pages under test have to show, for the results. */
export async function describeRequests(db: TDb, base: TBenchRequestsBase) {
  const [total, mine, waiting] = await Promise.all([
    db.request.count(),
    db.request.count({ where: { requesterId: base.requesterId } }),
    db.request.count({ where: { status: "SUBMITTED", stageGroupId: base.stageGroupId } }),
  ]);
  return { total, mine, waiting };
}
