import { expect } from "vitest";
import type { TDb } from "@stackvend/db";
import {
  accessiblePortfolioIds,
  visibleProductSqlIn,
  visibleProductWhere,
} from "../services/catalog/catalog-access.ts";
import { SEARCH_TOTAL_CAP } from "../services/catalog/search-catalog.ts";
import { resolveCaller } from "../services/shared/caller.ts";
import { callerAs } from "./callers.ts";

/**
 * Catalog search scenarios run against PostgreSQL and the embedded database
 * alike: the same queries and indexes must give the same answers on both.
 */

/** `count` products named "<marker> NNNN" in the Development portfolio, each with one active version. */
async function seedMarkedProducts(db: TDb, marker: string, count: number, portfolioName = "Development") {
  const portfolio = await db.portfolio.findUniqueOrThrow({ where: { name: portfolioName } });
  const products = Array.from({ length: count }, (_, i) => ({
    id: `${marker}-${String(i).padStart(5, "0")}`,
    slug: `${marker}-${i}`,
    name: `${marker} ${String(i).padStart(5, "0")}`,
    description: i % 2 ? `Even ${marker} helper` : "",
  }));
  await db.product.createMany({ data: products });
  await db.productVersion.createMany({
    data: products.map((p) => ({
      productId: p.id,
      label: "1.0.0",
      templateSource: "Resources: {}",
      templateFormat: "YAML" as const,
      digest: "0".repeat(64),
    })),
  });
  await db.portfolioProduct.createMany({
    data: products.map((p) => ({ portfolioId: portfolio.id, productId: p.id })),
  });
  return products;
}

/** Past the cap the total says "more than"; paging still walks every match in name order. */
export async function broadSearchIsCappedAndPagesInOrder(db: TDb, marker: string) {
  const products = await seedMarkedProducts(db, marker, SEARCH_TOTAL_CAP + 50);
  const dev = await callerAs(db, "dev@stackvend.local");
  const first = await dev.catalog.search({ query: marker, limit: 100 });
  expect(first).toMatchObject({ total: SEARCH_TOTAL_CAP, totalIsCapped: true });
  const seen = [...first.items.map((p) => p.name)];
  let cursor = first.nextCursor;
  while (cursor) {
    const page = await dev.catalog.search({ query: marker, limit: 100, cursor });
    seen.push(...page.items.map((p) => p.name));
    cursor = page.nextCursor;
  }
  expect(seen).toEqual(products.map((p) => p.name));
  // A match in the description only, below the cap: exact total, name order, no cap flag.
  const narrow = await dev.catalog.search({ query: `even ${marker}`, limit: 10 });
  expect(narrow).toMatchObject({ total: (SEARCH_TOTAL_CAP + 50) / 2, totalIsCapped: false });
  expect(narrow.items.map((p) => p.name)).toEqual(
    products
      .filter((_, i) => i % 2)
      .map((p) => p.name)
      .slice(0, 10),
  );
}

/** A narrow search pages through its matches from the first page to the last. */
export async function narrowSearchPagesExactly(db: TDb, marker: string) {
  const products = await seedMarkedProducts(db, marker, 7);
  const dev = await callerAs(db, "dev@stackvend.local");
  const names: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await dev.catalog.search({ query: marker.toUpperCase(), limit: 3, cursor });
    expect(page).toMatchObject({ total: 7, totalIsCapped: false });
    names.push(...page.items.map((p) => p.name));
    cursor = page.nextCursor;
  } while (cursor);
  expect(names).toEqual(products.map((p) => p.name));
  expect(await dev.catalog.search({ query: `${marker}-nothing` })).toMatchObject({ items: [], total: 0 });
}

/**
 * The visibility rule's two forms, Prisma's (product pages, orders) and SQL's
 * (search), give the same products: live, with an active version, in a live
 * portfolio granted to the caller.
 */
export async function visibilityRuleAgreesInSqlAndPrisma(db: TDb, marker: string) {
  const development = await db.portfolio.findUniqueOrThrow({ where: { name: "Development" } });
  const production = await db.portfolio.findUniqueOrThrow({ where: { name: "Production" } });
  const dev = await db.user.findUniqueOrThrow({ where: { email: "dev@stackvend.local" } });
  const devGroup = await db.group.findUniqueOrThrow({ where: { name: "Dev" } });
  // Granted to Dev, but archived: its products are hidden.
  const shelf = await db.portfolio.create({
    data: { name: `${marker} shelf`, archivedAt: new Date(), access: { create: { groupId: devGroup.id } } },
  });
  const cases: [string, string, ("ACTIVE" | "DEPRECATED")[], Date | null][] = [
    ["live", development.id, ["ACTIVE"], null],
    ["mixed", development.id, ["DEPRECATED", "ACTIVE"], null],
    ["deprecated", development.id, ["DEPRECATED"], null],
    ["archived", development.id, ["ACTIVE"], new Date()],
    ["elsewhere", production.id, ["ACTIVE"], null],
    ["shelved", shelf.id, ["ACTIVE"], null],
    ["unversioned", development.id, [], null],
  ];
  for (const [name, portfolioId, statuses, archivedAt] of cases) {
    const id = `${marker}-${name}`;
    await db.product.create({ data: { id, slug: id, name: id, archivedAt } });
    await db.productVersion.createMany({
      data: statuses.map((status, i) => ({
        productId: id,
        label: `${i + 1}.0.0`,
        status,
        templateSource: "Resources: {}",
        templateFormat: "YAML" as const,
        digest: "0".repeat(64),
      })),
    });
    await db.portfolioProduct.create({ data: { portfolioId, productId: id } });
  }
  const caller = (await resolveCaller(db, { sessionUserId: dev.id, sessionVersion: dev.sessionVersion }))!;
  const both = async (portfolioId?: string) => {
    const ids = await accessiblePortfolioIds(db, caller, portfolioId);
    const viaSql = await db.$queryRaw<{ id: string }[]>`
      SELECT p."id" FROM "Product" p
      WHERE ${visibleProductSqlIn(ids)} AND p."id" LIKE ${`${marker}-%`} ORDER BY p."id"`;
    const viaPrisma = await db.product.findMany({
      where: { AND: [visibleProductWhere(caller, portfolioId), { id: { startsWith: `${marker}-` } }] },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    expect(viaSql.map((p) => p.id)).toEqual(viaPrisma.map((p) => p.id));
    return viaSql.map((p) => p.id.slice(marker.length + 1));
  };
  expect(await both()).toEqual(["live", "mixed"]);
  expect(await both(development.id)).toEqual(["live", "mixed"]);
  expect(await both(production.id)).toEqual([]);
  expect(await both(shelf.id)).toEqual([]);
}
