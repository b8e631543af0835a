import type { Prisma, TDb } from "@stackvend/db";
import type { TCaller } from "../shared/caller.ts";
import { containsText } from "../shared/text-match.ts";
import { accessiblePortfolioIds, visiblePortfoliosSelect, visibleProductWhereIn } from "./catalog-access.ts";

export interface TSearchCatalogInput {
  query?: string;
  portfolioId?: string;
  tag?: string;
  cursor?: string;
  limit: number;
}

/**
 * Totals are counted up to this many; past it the page says "more than".
 * Counting every match of a broad search is a scan of the whole catalog,
 * which nobody reading "10,000+ products" needs.
 */
export const SEARCH_TOTAL_CAP = 1000;

const ORDER = [{ name: "asc" }, { id: "asc" }] satisfies Prisma.ProductOrderByWithRelationInput[];

/**
 * Name and description match anywhere, case-insensitively (a trigram index
 * serves both), and tags (stored lowercase) match whole. Ordered by name then
 * id, so a cursor pages stably.
 *
 * The matches are first collected unordered, up to the cap: the planner then
 * uses the trigram and tag indexes. A narrow search (up to the cap) is paged
 * from those ids; only a broad one is read in name order, where matches are
 * dense enough that walking the name index finds a page at once. Asking the
 * planner for "ordered by name, first 25" of a rare match instead walks the
 * whole name index.
 */
export async function searchCatalog(db: TDb, caller: TCaller, input: TSearchCatalogInput) {
  const query = input.query?.trim();
  // Resolved once: each product is then tested against a list, not joined to its grants.
  const portfolioIds = await accessiblePortfolioIds(db, caller, input.portfolioId);
  const where: Prisma.ProductWhereInput = {
    AND: [
      visibleProductWhereIn(portfolioIds),
      query
        ? {
            OR: [
              { name: containsText(query) },
              { description: containsText(query) },
              { tags: { has: query.toLowerCase() } },
            ],
          }
        : {},
      input.tag ? { tags: { has: input.tag.toLowerCase() } } : {},
    ],
  };
  const matches = await db.product.findMany({ where, select: { id: true }, take: SEARCH_TOTAL_CAP + 1 });
  const totalIsCapped = matches.length > SEARCH_TOTAL_CAP;
  const rows = await db.product.findMany({
    where: totalIsCapped ? where : { id: { in: matches.map((m) => m.id) } },
    orderBy: ORDER,
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      owner: true,
      tags: true,
      versions: {
        where: { status: "ACTIVE" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { id: true, label: true, createdAt: true },
      },
      portfolios: visiblePortfoliosSelect(caller),
    } satisfies Prisma.ProductSelect,
  });
  const items = rows.slice(0, input.limit).map(({ versions, portfolios, ...product }) => ({
    ...product,
    latestVersion: versions[0] ?? null,
    portfolios: portfolios.map((p) => p.portfolio),
  }));
  return {
    items,
    /** Exact up to SEARCH_TOTAL_CAP; past it, SEARCH_TOTAL_CAP with `totalIsCapped`. */
    total: Math.min(matches.length, SEARCH_TOTAL_CAP),
    totalIsCapped,
    nextCursor: rows.length > input.limit ? items[items.length - 1]?.id : undefined,
  };
}
