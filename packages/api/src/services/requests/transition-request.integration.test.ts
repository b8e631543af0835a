import { describe, expect, it } from "vitest";
import { DEV, DEV2, failure, unique, useSeededDatabase } from "../../testing/integration.ts";
import { transitionRequest, type TRequestTransition } from "./transition-request.ts";

const { db, as } = useSeededDatabase();

async function userId(email: string) {
  return (await db().prisma.user.findUniqueOrThrow({ where: { email } })).id;
}

/** A fresh DRAFT of DEV's at version 1. */
async function draft() {
  const portfolio = await db().prisma.portfolio.findUniqueOrThrow({ where: { name: "Development" } });
  const version = await db().prisma.productVersion.findFirstOrThrow({
    where: { product: { slug: "ec2-web-server" }, status: "ACTIVE" },
  });
  return (await as(DEV)).orders.saveDraft({
    portfolioId: portfolio.id,
    productVersionId: version.id,
    stackName: unique("web"),
    values: { KeyName: "dana-laptop" },
    tags: {},
    justification: "",
  });
}

async function attempt(id: string, overrides: Partial<TRequestTransition> = {}) {
  const transition: TRequestTransition = {
    id,
    scope: { requesterId: await userId(DEV) },
    from: ["DRAFT"],
    expectedVersion: 1,
    wrongState: (status) => `cannot leave ${status}`,
    data: { justification: "moved" },
    ...overrides,
  };
  const error = await transitionRequest(db().prisma, transition).then(
    () => undefined,
    (e: { code?: string; message?: string }) => ({ code: e.code, message: e.message }),
  );
  const row = await db().prisma.request.findUnique({ where: { id } });
  return { error, row };
}

describe("transitionRequest", () => {
  it("sets the data and bumps the version when the guard holds", async () => {
    const { id } = await draft();
    const { error, row } = await attempt(id, { expectedStage: 1 });
    expect(error).toBeUndefined();
    expect(row).toMatchObject({ version: 2, justification: "moved", status: "DRAFT" });
  });

  it("is NOT_FOUND outside the scope, whatever else is wrong", async () => {
    const { id } = await draft();
    const other = { requesterId: await userId(DEV2) };
    for (const overrides of [{}, { from: ["SUBMITTED" as const] }, { expectedVersion: 9 }]) {
      const { error, row } = await attempt(id, { scope: other, ...overrides });
      expect(error?.code).toBe("NOT_FOUND");
      expect(row).toMatchObject({ version: 1, justification: "" });
    }
    expect((await attempt("no-such-request")).error?.code).toBe("NOT_FOUND");
  });

  it("is INVALID_TRANSITION for a wrong state even when the version moved too", async () => {
    const { id } = await draft();
    for (const expectedVersion of [1, 9]) {
      const { error, row } = await attempt(id, { from: ["SUBMITTED", "APPROVED"], expectedVersion });
      expect(error).toEqual({ code: "INVALID_TRANSITION", message: "cannot leave DRAFT" });
      expect(row).toMatchObject({ version: 1, justification: "" });
    }
  });

  it("is STALE when only the version or the stage moved", async () => {
    const { id } = await draft();
    const stale = await attempt(id, { expectedVersion: 2, stale: "the draft moved" });
    expect(stale.error).toEqual({ code: "STALE", message: "the draft moved" });
    const stage = await attempt(id, { expectedStage: 2 });
    expect(stage.error?.code).toBe("STALE");
    expect(stage.row).toMatchObject({ version: 1, justification: "" });
  });

  it("lets one of two racing transitions win; the loser is STALE", async () => {
    const { id } = await draft();
    const results = await Promise.all([attempt(id), attempt(id)]);
    expect(results.map((r) => r.error?.code ?? "ok").sort()).toEqual(["STALE", "ok"]);
    expect((await db().prisma.request.findUniqueOrThrow({ where: { id } })).version).toBe(2);
  });
});

describe("request transitions report a lost race in one order", () => {
  it("cancelling a cancelled request with an old version is INVALID_TRANSITION, not STALE", async () => {
    const dev = await as(DEV);
    const { id } = await draft();
    await dev.requests.cancel({ id, expectedVersion: 1 });
    for (const call of [
      () => dev.requests.cancel({ id, expectedVersion: 1 }),
      () => dev.orders.submit({ id, expectedVersion: 1 }),
    ]) {
      expect(await failure(call())).toMatchObject({
        code: "PRECONDITION_FAILED",
        appCode: "INVALID_TRANSITION",
      });
    }
    expect((await failure((await as(DEV2)).requests.cancel({ id, expectedVersion: 2 }))).code).toBe(
      "NOT_FOUND",
    );
  });
});
