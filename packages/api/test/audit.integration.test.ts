import { describe, expect, it } from "vitest";
import { appendAuditEvent } from "@stackvend/db";
import { exportAuditEvents } from "../src/http/export-audit-events.ts";
import { ADMIN, APPROVER, DEV, failure, unique, useSeededDatabase } from "../src/testing/integration.ts";

const { db, as } = useSeededDatabase();

const bulkEvent = {
  actorId: null,
  actorLabel: "system",
  action: "test.bulk",
  objectType: "Test",
  objectId: "",
};

/** A few real state changes through the routers, by different people. */
async function someActions() {
  const [admin, dev] = [await as(ADMIN), await as(DEV)];
  const portfolio = await admin.portfolios.create({ name: unique("audited") });
  await admin.portfolios.update({ id: portfolio.id, name: portfolio.name, description: "now described" });
  await admin.tagOptions.create({ key: "CostCenter", value: unique("cc") });
  const token = await dev.tokens.create({ name: "ci", scopes: ["read"] });
  await dev.tokens.revoke({ id: token.id });
  await admin.portfolios.archive({ id: portfolio.id });
  return { portfolio, token };
}

/** The export route as the web app mounts it, for the user with this email (null: anonymous). */
async function exportAs(email: string | null, query: string) {
  const user = email
    ? await db().prisma.user.findUniqueOrThrow({
        where: { email },
        select: { id: true, sessionVersion: true },
      })
    : null;
  return exportAuditEvents({
    db: db().prisma,
    headers: new Headers(),
    sessionUserId: user?.id,
    sessionVersion: user?.sessionVersion,
    searchParams: new URLSearchParams(query),
  });
}

describe("the audit hash chain", () => {
  it("verifies after a series of real actions", async () => {
    await someActions();
    const total = await db().prisma.auditEvent.count();
    expect(total).toBeGreaterThanOrEqual(6);
    const report = await (await as(ADMIN)).admin.verifyAuditChain();
    expect(report).toMatchObject({ ok: true, verified: total, legacy: 0, broken: null });
    expect(report.head?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("names an audit row edited in the database, and is intact again once it is put back", async () => {
    const admin = await as(ADMIN);
    const target = await db().prisma.auditEvent.findFirstOrThrow({
      where: { action: "portfolio.update" },
      orderBy: { sequence: "desc" },
    });
    const original = JSON.stringify(target.data);
    await db().prisma.$executeRaw`
      UPDATE "AuditEvent" SET "data" = jsonb_set("data", '{description}', '"nothing to see"') WHERE "id" = ${target.id}`;
    const report = await admin.admin.verifyAuditChain();
    expect(report).toMatchObject({
      ok: false,
      verified: Number(target.sequence) - 1,
      broken: { kind: "edited", id: target.id.toString(), sequence: target.sequence.toString() },
    });
    await db().prisma.$executeRaw`
      UPDATE "AuditEvent" SET "data" = ${original}::jsonb WHERE "id" = ${target.id}`;
    expect(await admin.admin.verifyAuditChain()).toMatchObject({ ok: true });
  });

  it("reports a deleted audit row at the event after it", async () => {
    const events = await db().prisma.auditEvent.findMany({ orderBy: { sequence: "asc" }, take: 4 });
    const [removed, next] = [events[2]!, events[3]!];
    await db().prisma.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${removed.id}`;
    const report = await (await as(ADMIN)).admin.verifyAuditChain();
    expect(report).toMatchObject({
      ok: false,
      verified: 2,
      broken: {
        kind: "missing",
        id: next.id.toString(),
        missing: { from: removed.sequence.toString(), to: removed.sequence.toString() },
      },
    });
  });
});

describe("access to the audit log", () => {
  const calls: [string, (email: string | null) => Promise<unknown>][] = [
    ["admin.listAuditEvents", async (email) => (await as(email)).admin.listAuditEvents({})],
    ["admin.verifyAuditChain", async (email) => (await as(email)).admin.verifyAuditChain()],
  ];

  it.each(calls)("%s: anonymous 401, requester 403, approver 403, admin allowed", async (_name, call) => {
    expect((await failure(call(null))).code).toBe("UNAUTHORIZED");
    expect((await failure(call(DEV))).code).toBe("FORBIDDEN");
    expect((await failure(call(APPROVER))).code).toBe("FORBIDDEN");
    await expect(call(ADMIN)).resolves.toBeDefined();
  });

  it.each(["csv", "jsonl"])(
    "export as %s: anonymous 401, requester 403, approver 403, admin 200",
    async (format) => {
      expect((await exportAs(null, `format=${format}`)).status).toBe(401);
      expect((await exportAs(DEV, `format=${format}`)).status).toBe(403);
      expect((await exportAs(APPROVER, `format=${format}`)).status).toBe(403);
      const response = await exportAs(ADMIN, `format=${format}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="stackvend-audit-/);
    },
  );

  it("export: an invalid filter or format is 400 for an admin, still 401 for anonymous", async () => {
    expect((await exportAs(ADMIN, "format=xml")).status).toBe(400);
    expect((await exportAs(ADMIN, "format=csv&from=yesterday")).status).toBe(400);
    expect((await exportAs(null, "format=csv&from=yesterday")).status).toBe(401);
  });
});

describe("filtering and exporting the audit log", () => {
  it("filters by actor, action prefix, object and time range, in cursor pages", async () => {
    const admin = await as(ADMIN);
    const { portfolio } = await someActions();
    const byObject = await admin.admin.listAuditEvents({ objectType: "Portfolio", objectId: portfolio.id });
    expect(byObject.items.map((e) => e.action)).toEqual([
      "portfolio.archive",
      "portfolio.update",
      "portfolio.create",
    ]);
    const tokens = await admin.admin.listAuditEvents({ actor: "DEV@stackvend", action: "api-token." });
    expect(new Set(tokens.items.map((e) => e.action))).toEqual(
      new Set(["api-token.create", "api-token.revoke"]),
    );
    expect(tokens.items.every((e) => e.actorLabel === DEV)).toBe(true);

    const first = await admin.admin.listAuditEvents({ objectId: portfolio.id, limit: 2 });
    const second = await admin.admin.listAuditEvents({
      objectId: portfolio.id,
      limit: 2,
      cursor: first.nextCursor,
    });
    expect([...first.items, ...second.items].map((e) => e.action)).toEqual(
      byObject.items.map((e) => e.action),
    );
    expect(second.nextCursor).toBeUndefined();

    const created = byObject.items.at(-1)!.createdAt;
    const day = created.toISOString().slice(0, 10);
    const sameDay = await admin.admin.listAuditEvents({ objectId: portfolio.id, from: day, to: day });
    expect(sameDay.items).toHaveLength(3);
    const later = new Date(byObject.items[0]!.createdAt.getTime() + 1).toISOString();
    expect((await admin.admin.listAuditEvents({ objectId: portfolio.id, from: later })).items).toEqual([]);
    expect(
      (await admin.admin.listAuditEvents({ objectId: portfolio.id, to: created.toISOString() })).items,
    ).toHaveLength(1);
  });

  it("downloads the filtered events as CSV and JSON Lines, oldest first, with their hashes", async () => {
    const { portfolio } = await someActions();
    const jsonl = await (await exportAs(ADMIN, `format=jsonl&objectId=${portfolio.id}`)).text();
    const lines = jsonl
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.action)).toEqual(["portfolio.create", "portfolio.update", "portfolio.archive"]);
    expect(lines[0]).toMatchObject({ objectType: "Portfolio", objectId: portfolio.id, actorLabel: ADMIN });
    expect(lines[1]?.hash).toMatch(/^[0-9a-f]{64}$/);

    const response = await exportAs(ADMIN, `format=csv&objectId=${portfolio.id}`);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const csv = (await response.text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(csv[0]).toBe(
      "id,sequence,createdAt,actorId,actorLabel,action,objectType,objectId,ip,data,prevHash,hash",
    );
    expect(csv.slice(1).map((row) => row.split(",")[5])).toEqual([
      "portfolio.create",
      "portfolio.update",
      "portfolio.archive",
    ]);
  });

  it("exports more than one page", async () => {
    await db().prisma.$transaction(async (tx) => {
      for (let n = 0; n < 230; n++) {
        await appendAuditEvent(tx, { ...bulkEvent, objectId: `bulk-${n}` });
      }
    });
    const total = await db().prisma.auditEvent.count();
    const jsonl = await (await exportAs(ADMIN, "format=jsonl")).text();
    const sequences = jsonl
      .trimEnd()
      .split("\n")
      .map((l) => Number((JSON.parse(l) as { sequence: string }).sequence));
    expect(total).toBeGreaterThan(200);
    expect(sequences).toHaveLength(total);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
  });
});
