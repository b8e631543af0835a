import { Prisma, type TDb } from "@stackvend/db";
import type { TCaller } from "../shared/caller.ts";

/** Portfolios the caller may order from: granted to one of their groups or to them directly. */
export function accessiblePortfolioWhere(caller: Pick<TCaller, "id" | "groupIds">) {
  return {
    archivedAt: null,
    access: { some: { OR: [{ groupId: { in: caller.groupIds } }, { userId: caller.id }] } },
  };
}

/**
 * Products a requester can see: live, with at least one active version, in a
 * portfolio granted to them (optionally one given portfolio). Anything else
 * does not exist for them, in search, on product pages and in orders.
 * Orders on a known version skip the active-version test so that a draft on
 * a version deprecated since is told so rather than told the product is gone.
 */
export function visibleProductWhere(
  caller: TCaller,
  portfolioId?: string,
  { requireActiveVersion = true }: { requireActiveVersion?: boolean } = {},
): Prisma.ProductWhereInput {
  return {
    archivedAt: null,
    ...(requireActiveVersion ? { versions: { some: { status: "ACTIVE" } } } : {}),
    portfolios: {
      some: { ...(portfolioId ? { portfolioId } : {}), portfolio: accessiblePortfolioWhere(caller) },
    },
  };
}

/**
 * The same rule as `visibleProductWhere`, in SQL over a product aliased `p`, through
 * portfolios already resolved by `accessiblePortfolioIds`: live, with an active
 * version, in one of them. Each product is tested against a list instead of joined
 * to its grants. For statements Prisma cannot express (catalog search);
 * `search-scenarios.ts` holds both forms to the same products.
 */
export function visibleProductSqlIn(portfolioIds: readonly string[]): Prisma.Sql {
  if (portfolioIds.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`p."archivedAt" IS NULL
    AND EXISTS (SELECT 1 FROM "ProductVersion" v WHERE v."productId" = p."id" AND v."status" = 'ACTIVE')
    AND EXISTS (
      SELECT 1 FROM "PortfolioProduct" pp
      WHERE pp."productId" = p."id" AND pp."portfolioId" IN (${Prisma.join(portfolioIds)})
    )`;
}

/** The caller's accessible portfolios' ids (only `portfolioId`, when given and accessible). */
export async function accessiblePortfolioIds(
  db: Pick<TDb, "portfolio">,
  caller: TCaller,
  portfolioId?: string,
): Promise<string[]> {
  const rows = await db.portfolio.findMany({
    where: { ...accessiblePortfolioWhere(caller), ...(portfolioId ? { id: portfolioId } : {}) },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** The portfolios a visible product is reachable through, for this caller only. */
export function visiblePortfoliosSelect(caller: TCaller) {
  return {
    where: { portfolio: accessiblePortfolioWhere(caller) },
    orderBy: { portfolio: { name: "asc" } },
    select: { portfolio: { select: { id: true, name: true } } },
  } satisfies Prisma.Product$portfoliosArgs;
}
