import type { TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import { portfolioDetailSelect } from "./portfolio-select.ts";

export async function getPortfolio(db: TDb, { id }: { id: string }) {
  const row = await db.portfolio.findUnique({ where: { id }, select: portfolioDetailSelect });
  if (!row) throw notFound("Portfolio");
  const { products, _count, ...portfolio } = row;
  return { ...portfolio, products: products.map((p) => p.product), constraintCount: _count.constraints };
}
