import type { TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";
import { isUniqueViolation } from "../shared/field-errors.ts";

interface TPair {
  portfolioId: string;
  productId: string;
}

/** Idempotent: adding a product already in the portfolio changes nothing. */
export async function addPortfolioProduct(db: TDb, caller: TCaller, pair: TPair) {
  try {
    return await createPair(db, caller, pair);
  } catch (error) {
    // A concurrent add of the same pair won the race; the product is in the portfolio either way.
    if (!isUniqueViolation(error)) throw error;
    return { ...pair, added: false };
  }
}

async function createPair(db: TDb, caller: TCaller, { portfolioId, productId }: TPair) {
  return db.$transaction(async (tx) => {
    const [portfolio, product] = await Promise.all([
      tx.portfolio.findUnique({ where: { id: portfolioId }, select: { id: true } }),
      tx.product.findUnique({ where: { id: productId }, select: { id: true } }),
    ]);
    if (!portfolio) throw notFound("Portfolio");
    if (!product) throw notFound("Product");
    const existing = await tx.portfolioProduct.findUnique({
      where: { portfolioId_productId: { portfolioId, productId } },
      select: { portfolioId: true },
    });
    if (existing) return { portfolioId, productId, added: false };
    await tx.portfolioProduct.create({ data: { portfolioId, productId } });
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "portfolio.add-product",
      objectType: "Portfolio",
      objectId: portfolioId,
      data: { productId },
    });
    return { portfolioId, productId, added: true };
  });
}

/**
 * Requests already made through the pair keep working; the pair's
 * constraints stay so re-adding the product restores them.
 */
export async function removePortfolioProduct(db: TDb, caller: TCaller, { portfolioId, productId }: TPair) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.portfolioProduct.deleteMany({ where: { portfolioId, productId } });
    if (count === 0) throw notFound("Product in portfolio");
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "portfolio.remove-product",
      objectType: "Portfolio",
      objectId: portfolioId,
      data: { productId },
    });
    return { portfolioId, productId, removed: true as const };
  });
}
