import type { Prisma, TDb } from "@stackvend/db";
import { containsText } from "../shared/text-match.ts";
import { adminProductSelect, toAdminProduct } from "./product-select.ts";

/** Admin view: every product, archived or not, in any portfolio or none. */
export async function listProducts(
  db: TDb,
  {
    query,
    portfolioId,
    cursor,
    limit,
  }: { query?: string; portfolioId?: string; cursor?: string; limit: number },
) {
  const where: Prisma.ProductWhereInput = {
    ...(query
      ? {
          OR: [
            { name: containsText(query) },
            { slug: containsText(query) },
            { description: containsText(query) },
            { tags: { has: query.toLowerCase() } },
          ],
        }
      : {}),
    ...(portfolioId ? { portfolios: { some: { portfolioId } } } : {}),
  };
  const rows = await db.product.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: adminProductSelect,
  });
  const items = rows.slice(0, limit).map(toAdminProduct);
  return { items, nextCursor: rows.length > limit ? items[items.length - 1]?.id : undefined };
}
