import type { TDb } from "@stackvend/db";
import { constraintSelect } from "./load-pair-constraints.ts";

export async function listConstraints(
  db: TDb,
  { portfolioId, productId }: { portfolioId: string; productId?: string },
) {
  const items = await db.constraint.findMany({
    where: { portfolioId, ...(productId ? { productId } : {}) },
    orderBy: [{ productId: "asc" }, { kind: "asc" }, { createdAt: "asc" }],
    select: { ...constraintSelect, product: { select: { id: true, slug: true, name: true } } },
  });
  return { items };
}
