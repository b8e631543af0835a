import type { TDb } from "@stackvend/db";
import type { TCaller } from "../shared/caller.ts";
import { accessiblePortfolioWhere } from "./catalog-access.ts";

/**
 * The portfolios granted to the caller; nothing else exists for them.
 * Products come from search, a page at a time: a portfolio may hold thousands.
 */
export async function getCatalogOverview(db: TDb, caller: TCaller) {
  const portfolios = await db.portfolio.findMany({
    where: accessiblePortfolioWhere(caller),
    orderBy: { name: "asc" },
    select: { id: true, name: true, description: true },
  });
  return { portfolios };
}
