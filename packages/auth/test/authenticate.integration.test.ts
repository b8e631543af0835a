import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, getTestDatabaseUrl } from "@stackvend/db/testing";
import { authenticate, SIGN_IN_LIMITS } from "../src/authenticate.ts";
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

  it("rate-limits guessing on one account, even with the right password", async () => {
    const email = "ana@example.com";
    await database.prisma.rateLimit.deleteMany();
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail.limit; i++) {
      await authenticate(database.prisma, { email, password: `guess-${i}` }, `10.1.0.${i}`);
    }
    const blocked = await authenticate(database.prisma, { email, password: "s3cret-pass" }, "10.2.0.1");
    expect(blocked).toMatchObject({ ok: false, reason: "rate-limited" });
    expect((blocked as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
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
