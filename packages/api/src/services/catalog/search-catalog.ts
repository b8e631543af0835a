import type { Prisma, TDb } from "@stackvend/db";
import type { TCaller } from "../shared/caller.ts";
import { containsText } from "../shared/text-match.ts";
import { visiblePortfoliosSelect, visibleProductWhere } from "./catalog-access.ts";

export interface TSearchCatalogInput {
  query?: string;
  portfolioId?: string;
  tag?: string;
  cursor?: string;
  limit: number;
}

/**
 * Name and description match anywhere, case-insensitively; tags (stored
 * lowercase) match whole. Ordered by name then id, so a cursor pages stably.
 */
export async function searchCatalog(db: TDb, caller: TCaller, input: TSearchCatalogInput) {
  const query = input.query?.trim();
  const where: Prisma.ProductWhereInput = {
    AND: [
      visibleProductWhere(caller, input.portfolioId),
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
  const [rows, total] = await Promise.all([
    db.product.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
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
    }),
    db.product.count({ where }),
  ]);
  const items = rows.slice(0, input.limit).map(({ versions, portfolios, ...product }) => ({
    ...product,
    latestVersion: versions[0] ?? null,
    portfolios: portfolios.map((p) => p.portfolio),
  }));
  return { items, total, nextCursor: rows.length > input.limit ? items[items.length - 1]?.id : undefined };
}
