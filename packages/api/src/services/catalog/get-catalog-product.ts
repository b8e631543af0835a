import type { Prisma, TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import { versionSummarySelect } from "../products/product-select.ts";
import type { TCaller } from "../shared/caller.ts";
import { describeStoredTemplate } from "../shared/template-engine.ts";
import { visiblePortfoliosSelect, visibleProductWhere } from "./catalog-access.ts";

/**
 * The product page. A product outside the caller's portfolios gets the same
 * NOT_FOUND as one that does not exist. Parameters, diagram and cost are of
 * the latest active version, derived from its stored source (once per source).
 */
export async function getCatalogProduct(db: TDb, caller: TCaller, { slug }: { slug: string }) {
  const product = await db.product.findFirst({
    where: { slug, ...visibleProductWhere(caller) },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      owner: true,
      tags: true,
      supportUrl: true,
      portfolios: visiblePortfoliosSelect(caller),
      versions: { orderBy: { createdAt: "desc" }, select: versionSummarySelect },
    } satisfies Prisma.ProductSelect,
  });
  if (!product) throw notFound("Product");
  const latest = product.versions.find((v) => v.status === "ACTIVE");
  if (!latest) throw notFound("Product");
  const { templateSource } = await db.productVersion.findUniqueOrThrow({
    where: { id: latest.id },
    select: { templateSource: true },
  });
  const { formModel, graph, cost } = await describeStoredTemplate(templateSource);
  const { portfolios, versions, ...rest } = product;
  return {
    ...rest,
    portfolios: portfolios.map((p) => p.portfolio),
    versions,
    latestVersion: {
      ...latest,
      formModel,
      graph,
      cost,
      templateSource,
    },
  };
}
