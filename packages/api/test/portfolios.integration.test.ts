import { describe, expect, it } from "vitest";
import { catalogAdminFixtures } from "../src/testing/catalog-admin.ts";
import { ADMIN, DEV, failure, unique, useSeededDatabase } from "../src/testing/integration.ts";

const database = useSeededDatabase();
const { db, as } = database;
const { ids, createProduct } = catalogAdminFixtures(database);

describe("portfolios", () => {
  it("create, list, get, update, archive and unarchive, each audited", async () => {
    const admin = await as(ADMIN);
    const name = unique("Sandbox");
    const created = await admin.portfolios.create({
      name,
      description: "For experiments",
      owner: "Platform",
    });
    expect(created).toMatchObject({
      name,
      description: "For experiments",
      owner: "Platform",
      archivedAt: null,
    });

    expect((await admin.portfolios.list()).items.map((p) => p.name)).toContain(name);
    const detail = await admin.portfolios.get({ id: created.id });
    expect(detail).toMatchObject({ id: created.id, access: [], products: [], constraintCount: 0 });

    const renamed = await admin.portfolios.update({ id: created.id, name: `${name}-2`, owner: "Ops" });
    expect(renamed).toMatchObject({ name: `${name}-2`, owner: "Ops", description: "For experiments" });

    await admin.portfolios.archive({ id: created.id });
    expect((await admin.portfolios.list()).items.map((p) => p.id)).not.toContain(created.id);
    expect((await admin.portfolios.list({ includeArchived: true })).items.map((p) => p.id)).toContain(
      created.id,
    );
    expect((await failure(admin.portfolios.archive({ id: created.id }))).code).toBe("PRECONDITION_FAILED");
    const back = await admin.portfolios.unarchive({ id: created.id });
    expect(back.archivedAt).toBeNull();

    const actions = await db().prisma.auditEvent.findMany({
      where: { objectType: "Portfolio", objectId: created.id },
      orderBy: { id: "asc" },
      select: { action: true, actorLabel: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "portfolio.create",
      "portfolio.update",
      "portfolio.archive",
      "portfolio.unarchive",
    ]);
    expect(actions.every((a) => a.actorLabel === ADMIN)).toBe(true);
  });

  it("rejects a duplicate name with CONFLICT naming name, and an empty name with the rule", async () => {
    const admin = await as(ADMIN);
    const dup = await failure(admin.portfolios.create({ name: "Development" }));
    expect(dup).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { name: [expect.stringMatching(/already exists/)] },
    });
    const empty = await failure(admin.portfolios.create({ name: "  " }));
    expect(empty.code).toBe("BAD_REQUEST");
    expect(empty.message).toMatch(/Name is required/);
    const long = await failure(admin.portfolios.create({ name: "x".repeat(101) }));
    expect(long.message).toMatch(/at most 100/);
  });

  it("get/update/archive of an unknown portfolio is NOT_FOUND", async () => {
    const admin = await as(ADMIN);
    expect((await failure(admin.portfolios.get({ id: "nope" }))).code).toBe("NOT_FOUND");
    expect((await failure(admin.portfolios.update({ id: "nope", name: "x" }))).code).toBe("NOT_FOUND");
    expect((await failure(admin.portfolios.archive({ id: "nope" }))).code).toBe("NOT_FOUND");
  });

  it("grantAccess to a group shows the portfolio to its members; revokeAccess hides it again", async () => {
    const admin = await as(ADMIN);
    const { devGroupId } = await ids();
    const portfolio = await admin.portfolios.create({ name: unique("Shared") });
    const product = await createProduct([portfolio.id]);
    const dev = await as(DEV);
    expect((await dev.catalog.search({ query: product.name })).items).toHaveLength(0);

    const grant = await admin.portfolios.grantAccess({ portfolioId: portfolio.id, groupId: devGroupId });
    expect(grant.group).toMatchObject({ id: devGroupId, name: "Dev" });
    const again = await admin.portfolios.grantAccess({ portfolioId: portfolio.id, groupId: devGroupId });
    expect(again.id).toBe(grant.id);
    expect((await dev.catalog.search({ query: product.name })).items.map((p) => p.slug)).toEqual([
      product.slug,
    ]);

    await admin.portfolios.revokeAccess({ portfolioId: portfolio.id, groupId: devGroupId });
    expect((await dev.catalog.search({ query: product.name })).items).toHaveLength(0);
    expect(
      (await failure(admin.portfolios.revokeAccess({ portfolioId: portfolio.id, groupId: devGroupId }))).code,
    ).toBe("NOT_FOUND");
    const audit = await db().prisma.auditEvent.count({
      where: {
        objectId: portfolio.id,
        action: { in: ["portfolio.grant-access", "portfolio.revoke-access"] },
      },
    });
    expect(audit).toBe(2);
  });

  it("concurrent grants of the same group end with one grant", async () => {
    const admin = await as(ADMIN);
    const { prodGroupId } = await ids();
    const portfolio = await admin.portfolios.create({ name: unique("Race") });
    const grants = await Promise.all(
      [1, 2, 3].map(() => admin.portfolios.grantAccess({ portfolioId: portfolio.id, groupId: prodGroupId })),
    );
    expect(new Set(grants.map((g) => g.id)).size).toBe(1);
    expect(await db().prisma.portfolioAccess.count({ where: { portfolioId: portfolio.id } })).toBe(1);
  });

  it("grantAccess to a single user reaches only that user", async () => {
    const admin = await as(ADMIN);
    const portfolio = await admin.portfolios.create({ name: unique("Personal") });
    const product = await createProduct([portfolio.id]);
    const user = await db().prisma.user.findUniqueOrThrow({ where: { email: "dev2@stackvend.local" } });
    await admin.portfolios.grantAccess({ portfolioId: portfolio.id, userId: user.id });
    expect((await (await as("dev2@stackvend.local")).catalog.search({ query: product.name })).total).toBe(1);
    expect((await (await as(DEV)).catalog.search({ query: product.name })).total).toBe(0);
  });

  it("grantAccess needs exactly one grantee that exists", async () => {
    const admin = await as(ADMIN);
    const { developmentId, devGroupId } = await ids();
    const both = await failure(
      admin.portfolios.grantAccess({ portfolioId: developmentId, groupId: devGroupId, userId: "u" } as never),
    );
    expect(both.code).toBe("BAD_REQUEST");
    expect(both.message).toMatch(/groupId or userId/);
    expect(
      (await failure(admin.portfolios.grantAccess({ portfolioId: developmentId, groupId: "nope" }))).code,
    ).toBe("NOT_FOUND");
    expect(
      (await failure(admin.portfolios.grantAccess({ portfolioId: "nope", groupId: devGroupId }))).code,
    ).toBe("NOT_FOUND");
  });

  it("addProduct and removeProduct put a product in and out of a portfolio", async () => {
    const admin = await as(ADMIN);
    const portfolio = await admin.portfolios.create({ name: unique("Bundle") });
    const product = await createProduct();
    await expect(
      admin.portfolios.addProduct({ portfolioId: portfolio.id, productId: product.id }),
    ).resolves.toMatchObject({
      added: true,
    });
    await expect(
      admin.portfolios.addProduct({ portfolioId: portfolio.id, productId: product.id }),
    ).resolves.toMatchObject({
      added: false,
    });
    expect((await admin.portfolios.get({ id: portfolio.id })).products.map((p) => p.id)).toEqual([
      product.id,
    ]);
    await admin.portfolios.removeProduct({ portfolioId: portfolio.id, productId: product.id });
    expect((await admin.portfolios.get({ id: portfolio.id })).products).toEqual([]);
    expect(
      (await failure(admin.portfolios.removeProduct({ portfolioId: portfolio.id, productId: product.id })))
        .code,
    ).toBe("NOT_FOUND");
    expect(
      (await failure(admin.portfolios.addProduct({ portfolioId: portfolio.id, productId: "nope" }))).code,
    ).toBe("NOT_FOUND");
  });
});
