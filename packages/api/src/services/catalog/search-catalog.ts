import { Prisma, type TDb } from "@stackvend/db";
import type { TCaller } from "../shared/caller.ts";
import { containsPattern } from "../shared/text-match.ts";
import { accessiblePortfolioIds, visiblePortfoliosSelect, visibleProductSqlIn } from "./catalog-access.ts";

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
 * Name and description match anywhere, case-insensitively, and tags (stored
 * lowercase) match whole. Ordered by name then id, so a cursor pages stably.
 *
 * The matches are first collected unordered, up to the cap: the planner then
 * uses the trigram and tag indexes. A narrow search (up to the cap) is paged
 * from those ids; only a broad one is read in name order, where matches are
 * dense enough that walking the name index finds a page at once. Asking the
 * planner for "ordered by name, first 25" of a rare match instead walks the
 * whole name index.
 */
export async function searchCatalog(db: TDb, caller: TCaller, input: TSearchCatalogInput) {
  // Resolved once: each product is then tested against a list, not joined to its grants.
  const portfolioIds = await accessiblePortfolioIds(db, caller, input.portfolioId);
  const match = matchSql(portfolioIds, input.query?.trim() || undefined, input.tag);
  const matches = await db.$queryRaw<{ id: string }[]>`
    SELECT p."id" FROM "Product" p WHERE ${match} LIMIT ${SEARCH_TOTAL_CAP + 1}`;
  const totalIsCapped = matches.length > SEARCH_TOTAL_CAP;
  const page = totalIsCapped ? await broadPage(db, match, input.cursor, input.limit + 1) : undefined;
  const rows = await db.product.findMany({
    where: { id: { in: (page ?? matches).map((m) => m.id) } },
    orderBy: ORDER,
    take: input.limit + 1,
    ...(input.cursor && !page ? { cursor: { id: input.cursor }, skip: 1 } : {}),
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

/**
 * The search's condition on a product aliased `p`, in SQL: Prisma orders every
 * limited query by id, and the planner then walks the primary key testing each
 * row's text instead of using the trigram index. Name and description are matched
 * as one expression, the one `Product_search_text_trgm_idx` holds, so the match is
 * estimated from that index's own statistics; two ORed columns were overestimated
 * and sent the planner down the primary key. The input refuses control characters,
 * so no query spans the newline joining them.
 */
function matchSql(portfolioIds: readonly string[], query: string | undefined, tag: string | undefined) {
  const text = query
    ? Prisma.sql`AND ((p."name" || E'\\n' || coalesce(p."description", '')) ILIKE ${containsPattern(query)}
        OR p."tags" @> ARRAY[${query.toLowerCase()}]::text[])`
    : Prisma.empty;
  const tagged = tag ? Prisma.sql`AND p."tags" @> ARRAY[${tag.toLowerCase()}]::text[]` : Prisma.empty;
  return Prisma.sql`${visibleProductSqlIn(portfolioIds)} ${text} ${tagged}`;
}

/**
 * A broad search's page in name order: the `take` matches after the cursor's product. The row
 * comparison decides; the `name >=` beside it is what lets the planner start the name index at
 * the cursor instead of walking it from the first product.
 */
async function broadPage(db: TDb, match: Prisma.Sql, cursor: string | undefined, take: number) {
  const after = cursor
    ? Prisma.sql`AND p."name" >= (SELECT c."name" FROM "Product" c WHERE c."id" = ${cursor})
        AND (p."name", p."id") > (SELECT c."name", c."id" FROM "Product" c WHERE c."id" = ${cursor})`
    : Prisma.empty;
  return db.$queryRaw<{ id: string }[]>`
    SELECT p."id" FROM "Product" p WHERE ${match} ${after}
    ORDER BY p."name", p."id" LIMIT ${take}`;
}
