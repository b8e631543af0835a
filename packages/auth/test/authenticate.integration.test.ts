import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@stackvend/db";
import { createTestDatabase, getTestDatabaseUrl } from "@stackvend/db/testing";
import { authenticate, SIGN_IN_LIMITS } from "../src/authenticate.ts";
import { createAuthOptions } from "../src/options.ts";
import { hashPassword } from "../src/password.ts";

type TTestDb = Awaited<ReturnType<typeof createTestDatabase>>;
let database: TTestDb;

beforeAll(async () => {
  database = await createTestDatabase(getTestDatabaseUrl());
  const group = await database.prisma.group.create({ data: { name: "Approvers", roles: ["APPROVER"] } });
  await database.prisma.user.create({
    data: {
      email: "ana@example.com",
      name: "Ana",
      passwordHash: await hashPassword("s3cret-pass"),
      memberships: { create: { groupId: group.id } },
    },
  });
});
afterAll(async () => {
  await database?.drop();
});

/** Audit rows as text, to prove no password reaches them in any column. */
async function auditRowsSince(sequence: bigint) {
  return database.prisma.$queryRaw<{ action: string; row: string }[]>`
    SELECT a."action", row_to_json(a)::text AS row FROM "AuditEvent" a
    WHERE a."sequence" > ${sequence} ORDER BY a."sequence"`;
}

async function lastSequence(): Promise<bigint> {
  const last = await database.prisma.auditEvent.findFirst({ orderBy: { sequence: "desc" } });
  return last?.sequence ?? 0n;
}

describe("sign-in and sign-out audit events", () => {
  it("records a successful sign-in with the user as actor and the client address", async () => {
    const before = await lastSequence();
    await authenticate(database.prisma, { email: "Ana@example.com", password: "s3cret-pass" }, "10.9.0.1");
    const ana = await database.prisma.user.findUniqueOrThrow({ where: { email: "ana@example.com" } });
    const events = await database.prisma.auditEvent.findMany({ where: { sequence: { gt: before } } });
    expect(events).toMatchObject([
      {
        action: "auth.sign-in",
        actorId: ana.id,
        actorLabel: "ana@example.com",
        objectType: "User",
        objectId: ana.id,
        ip: "10.9.0.1",
        data: { method: "password" },
      },
    ]);
  });

  it("records failures with the email tried and why, never the password", async () => {
    const before = await lastSequence();
    const ana = await database.prisma.user.findUniqueOrThrow({ where: { email: "ana@example.com" } });
    await authenticate(database.prisma, { email: "ana@example.com", password: "wrong-Pa55word" }, "10.9.0.2");
    await authenticate(
      database.prisma,
      { email: "nobody@example.com", password: "wrong-Pa55word" },
      "10.9.0.2",
    );
    await authenticate(database.prisma, { email: "not-an-email", password: "wrong-Pa55word" }, "10.9.0.2");
    const events = await database.prisma.auditEvent.findMany({
      where: { sequence: { gt: before } },
      orderBy: { sequence: "asc" },
    });
    expect(events).toMatchObject([
      {
        action: "auth.sign-in.failed",
        actorId: null,
        actorLabel: "ana@example.com",
        objectId: ana.id,
        data: { email: "ana@example.com", reason: "wrong-password" },
        ip: "10.9.0.2",
      },
      {
        action: "auth.sign-in.failed",
        actorLabel: "nobody@example.com",
        objectId: "nobody@example.com",
        data: { email: "nobody@example.com", reason: "unknown-email" },
      },
    ]);
    for (const { row } of await auditRowsSince(before)) expect(row).not.toContain("wrong-Pa55word");
  });

  it("records a sign-out from the session token", async () => {
    const before = await lastSequence();
    const ana = await database.prisma.user.findUniqueOrThrow({ where: { email: "ana@example.com" } });
    const options = createAuthOptions({ db: database.prisma, secret: "x".repeat(32) });
    await options.events?.signOut?.({ token: { sub: ana.id, email: ana.email }, session: null as never });
    const events = await database.prisma.auditEvent.findMany({ where: { sequence: { gt: before } } });
    expect(events).toMatchObject([
      { action: "auth.sign-out", actorId: ana.id, actorLabel: "ana@example.com", objectId: ana.id },
    ]);
  });

  it("keeps the events in one verifiable chain", async () => {
    expect(await verifyAuditChain(database.prisma)).toMatchObject({ ok: true, legacy: 0 });
  });
});

describe("authenticate", () => {
  it("accepts the right password, case-insensitively on the email, with roles from groups", async () => {
    const result = await authenticate(
      database.prisma,
      { email: " Ana@Example.com", password: "s3cret-pass" },
      "10.0.0.1",
    );
    expect(result).toMatchObject({ ok: true, user: { email: "ana@example.com", roles: ["APPROVER"] } });
  });

  it("rejects a wrong password and an unknown email the same way", async () => {
    const wrong = await authenticate(
      database.prisma,
      { email: "ana@example.com", password: "nope" },
      "10.0.0.2",
    );
    const unknown = await authenticate(
      database.prisma,
      { email: "who@example.com", password: "nope" },
      "10.0.0.2",
    );
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
  });

  it("rejects malformed input without throwing", async () => {
    await expect(authenticate(database.prisma, { email: "not-an-email" }, undefined)).resolves.toEqual({
      ok: false,
      reason: "invalid",
    });
    await expect(authenticate(database.prisma, null, undefined)).resolves.toMatchObject({ ok: false });
  });

  it("backs off a guesser on one account from one address, doubling the wait, even with the right password", async () => {
    const email = "ana@example.com";
    const ok = { email, password: "s3cret-pass" };
    await database.prisma.rateLimit.deleteMany();
    for (let i = 0; i < SIGN_IN_LIMITS.pair.free; i++) {
      expect(
        await authenticate(database.prisma, { email, password: `guess-${i}` }, "10.1.0.1"),
      ).toMatchObject({
        ok: false,
        reason: "invalid",
      });
    }
    const before = await lastSequence();
    const blocked = await authenticate(database.prisma, ok, "10.1.0.1");
    expect(blocked).toMatchObject({ ok: false, reason: "rate-limited", retryAfterSeconds: 1 });
    await authenticate(database.prisma, ok, "10.1.0.1");
    // Recorded once, not once per refused retry.
    expect(
      await database.prisma.auditEvent.findMany({
        where: { sequence: { gt: before } },
        select: { action: true, data: true },
      }),
    ).toEqual([{ action: "auth.sign-in.failed", data: { email, reason: "rate-limited" } }]);
    // The real user elsewhere is not locked out by the guesser.
    expect(await authenticate(database.prisma, ok, "10.7.0.1")).toMatchObject({ ok: true });
    // Once the wait has passed, one more failure doubles it.
    const pair = `sign-in:pair:${email}|10.1.0.1`;
    await database.prisma.rateLimit.update({
      where: { key: pair },
      data: { windowStart: new Date(Date.now() - 2_000) },
    });
    expect(await authenticate(database.prisma, { email, password: "guess-x" }, "10.1.0.1")).toMatchObject({
      reason: "invalid",
    });
    expect(await authenticate(database.prisma, ok, "10.1.0.1")).toMatchObject({ retryAfterSeconds: 2 });
  });

  it("holds guessing spread over many addresses, but never the owner at an address they signed in from", async () => {
    const email = "ana@example.com";
    const ok = { email, password: "s3cret-pass" };
    await database.prisma.rateLimit.deleteMany();
    expect(await authenticate(database.prisma, ok, "10.5.0.1")).toMatchObject({ ok: true });
    for (let i = 0; i < SIGN_IN_LIMITS.account.limit; i++) {
      await authenticate(database.prisma, { email, password: `spread-${i}` }, `10.2.${i >> 8}.${i & 255}`);
    }
    expect(await authenticate(database.prisma, ok, "10.3.0.1")).toMatchObject({
      ok: false,
      reason: "rate-limited",
    });
    expect(await authenticate(database.prisma, ok, "10.5.0.1")).toMatchObject({ ok: true });
  });

  it("holds an address spraying many accounts, except for accounts that signed in from it before", async () => {
    const ok = { email: "ana@example.com", password: "s3cret-pass" };
    await database.prisma.rateLimit.deleteMany();
    expect(await authenticate(database.prisma, ok, "192.0.2.10")).toMatchObject({ ok: true });
    // An office NAT after a spraying run: the address's window is full.
    await database.prisma.rateLimit.create({
      data: {
        key: "sign-in:address:192.0.2.10",
        count: SIGN_IN_LIMITS.address.limit,
        windowStart: new Date(),
      },
    });
    expect(
      await authenticate(database.prisma, { email: "someone@example.com", password: "x" }, "192.0.2.10"),
    ).toMatchObject({ ok: false, reason: "rate-limited" });
    expect(await authenticate(database.prisma, ok, "192.0.2.10")).toMatchObject({ ok: true });
  });

  it("refuses disabled users", async () => {
    await database.prisma.rateLimit.deleteMany();
    await database.prisma.user.update({
      where: { email: "ana@example.com" },
      data: { disabledAt: new Date() },
    });
    const result = await authenticate(
      database.prisma,
      { email: "ana@example.com", password: "s3cret-pass" },
      undefined,
    );
    expect(result).toEqual({ ok: false, reason: "invalid" });
  });
});
