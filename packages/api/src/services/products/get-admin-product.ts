import type { TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import { adminProductSelect, toAdminProduct } from "./product-select.ts";

export async function getAdminProduct(db: TDb, { productId }: { productId: string }) {
  const row = await db.product.findUnique({ where: { id: productId }, select: adminProductSelect });
  if (!row) throw notFound("Product");
  return toAdminProduct(row);
}
