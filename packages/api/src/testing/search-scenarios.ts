import { expect } from "vitest";
import type { TDb } from "@stackvend/db";
import { SEARCH_TOTAL_CAP } from "../services/catalog/search-catalog.ts";
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
