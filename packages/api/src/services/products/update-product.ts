import type { TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";
import type { TProductFields } from "./create-product.ts";
import { adminProductSelect, toAdminProduct } from "./product-select.ts";

/** Metadata only: templates change by adding a version, never by editing one. */
export async function updateProduct(
  db: TDb,
  caller: TCaller,
  { productId, ...changes }: { productId: string } & Partial<TProductFields>,
) {
  return db.$transaction(async (tx) => {
    const exists = await tx.product.findUnique({ where: { id: productId }, select: { id: true } });
    if (!exists) throw notFound("Product");
    const product = await tx.product.update({
      where: { id: productId },
      data: changes,
      select: adminProductSelect,
    });
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "product.update",
      objectType: "Product",
      objectId: productId,
      data: { ...changes },
    });
    return toAdminProduct(product);
  });
}
