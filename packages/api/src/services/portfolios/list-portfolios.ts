import type { TDb } from "@stackvend/db";
import { portfolioListSelect, toPortfolioListItem } from "./portfolio-select.ts";

/** Admin view: every portfolio, archived ones only when asked for. */
export async function listPortfolios(db: TDb, { includeArchived }: { includeArchived: boolean }) {
  const rows = await db.portfolio.findMany({
    where: includeArchived ? {} : { archivedAt: null },
    orderBy: { name: "asc" },
    select: portfolioListSelect,
  });
  return {
    items: rows.map(toPortfolioListItem),
  };
}
