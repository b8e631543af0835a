import type { Prisma, TDb } from "@stackvend/db";
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
  options: { requireActiveVersion?: boolean } = {},
): Prisma.ProductWhereInput {
  return productVisibility(
    { ...(portfolioId ? { portfolioId } : {}), portfolio: accessiblePortfolioWhere(caller) },
    options,
  );
}

/**
 * The same rule as `visibleProductWhere`, through portfolios already resolved by
 * `accessiblePortfolioIds`: a query over many products then tests a list of ids per
 * row instead of joining each row's portfolios to their grants.
 */
export function visibleProductWhereIn(portfolioIds: readonly string[]): Prisma.ProductWhereInput {
  return productVisibility({ portfolioId: { in: [...portfolioIds] } }, {});
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

function productVisibility(
  through: Prisma.PortfolioProductWhereInput,
  { requireActiveVersion = true }: { requireActiveVersion?: boolean },
): Prisma.ProductWhereInput {
  return {
    archivedAt: null,
    ...(requireActiveVersion ? { versions: { some: { status: "ACTIVE" } } } : {}),
    portfolios: { some: through },
  };
}

/** The portfolios a visible product is reachable through, for this caller only. */
export function visiblePortfoliosSelect(caller: TCaller) {
  return {
    where: { portfolio: accessiblePortfolioWhere(caller) },
    orderBy: { portfolio: { name: "asc" } },
    select: { portfolio: { select: { id: true, name: true } } },
  } satisfies Prisma.Product$portfoliosArgs;
}
