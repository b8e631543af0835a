import type { Prisma, TDb } from "@stackvend/db";
import { accessiblePortfolioWhere } from "../me/get-home-summary.ts";
import type { TCaller } from "../me/resolve-caller.ts";

const overviewProductSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  tags: true,
  versions: {
    where: { status: "ACTIVE" },
    orderBy: { createdAt: "desc" },
    take: 1,
    select: { label: true },
  },
} satisfies Prisma.ProductSelect;

/** The portfolios granted to the caller, each with its live products; nothing else exists for them. */
export async function getCatalogOverview(db: TDb, caller: TCaller) {
  const portfolios = await db.portfolio.findMany({
    where: accessiblePortfolioWhere(caller),
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      description: true,
      products: {
        where: { product: { archivedAt: null, versions: { some: { status: "ACTIVE" } } } },
        orderBy: { product: { name: "asc" } },
        select: { product: { select: overviewProductSelect } },
      },
    },
  });
  return {
    portfolios: portfolios.map((p) => ({
      id: p.id,
      name: p.name,
      description: p.description,
      products: p.products.map(({ product: { versions, ...product } }) => ({
        ...product,
        latestVersion: versions[0] ?? null,
      })),
    })),
  };
}
