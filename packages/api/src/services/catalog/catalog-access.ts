import type { Prisma } from "@stackvend/db";
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

/** The portfolios a visible product is reachable through, for this caller only. */
export function visiblePortfoliosSelect(caller: TCaller) {
  return {
    where: { portfolio: accessiblePortfolioWhere(caller) },
    orderBy: { portfolio: { name: "asc" } },
    select: { portfolio: { select: { id: true, name: true } } },
  } satisfies Prisma.Product$portfoliosArgs;
}
