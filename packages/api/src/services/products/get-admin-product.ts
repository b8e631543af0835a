import type { TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import { describeStoredTemplate } from "../shared/template-engine.ts";
import { adminProductSelect, toAdminProduct } from "./product-select.ts";

/**
 * The admin's product page, with the form model of the latest active version
 * so constraint editors can offer its parameters and their allowed values.
 */
export async function getAdminProduct(db: TDb, { productId }: { productId: string }) {
  const row = await db.product.findUnique({ where: { id: productId }, select: adminProductSelect });
  if (!row) throw notFound("Product");
  const latest = row.versions.find((v) => v.status === "ACTIVE");
  const source = latest
    ? await db.productVersion.findUniqueOrThrow({
        where: { id: latest.id },
        select: { templateSource: true },
      })
    : null;
  return {
    ...toAdminProduct(row),
    latestActiveVersion:
      latest && source
        ? { ...latest, formModel: (await describeStoredTemplate(source.templateSource)).formModel }
        : null,
  };
}
