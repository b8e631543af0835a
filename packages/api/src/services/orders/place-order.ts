import type { TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import type { TArtifactSigner } from "../artifacts/signing-key.ts";
import { visiblePortfoliosSelect, visibleProductWhere } from "../catalog/catalog-access.ts";
import type { TCaller } from "../shared/caller.ts";
import { invalidField, invalidFields } from "../shared/field-errors.ts";
import { loadOrderContextBySlug } from "./load-order-context.ts";
import { saveDraft, type TSaveDraftInput } from "./save-draft.ts";
import { submitOrder } from "./submit-order.ts";
import { orderFieldErrors } from "./validate-order.ts";

export interface TPlaceOrderInput extends Omit<
  TSaveDraftInput,
  "id" | "expectedVersion" | "portfolioId" | "productVersionId"
> {
  product: string;
  portfolioId?: string;
  versionId?: string;
  submit: boolean;
}

/** The portfolio an order goes through: the one named, else the product's only one for this caller. */
async function orderPortfolioId(db: TDb, caller: TCaller, input: TPlaceOrderInput): Promise<string> {
  if (input.portfolioId) return input.portfolioId;
  const product = await db.product.findFirst({
    where: { slug: input.product, ...visibleProductWhere(caller) },
    select: { portfolios: visiblePortfoliosSelect(caller) },
  });
  if (!product) throw notFound("Product");
  const [only, ...others] = product.portfolios;
  if (!only) throw notFound("Product");
  if (others.length > 0) {
    const names = product.portfolios.map((p) => `${p.portfolio.name} (${p.portfolio.id})`).join(", ");
    throw invalidField("portfolioId", `is required: the product is in several of your portfolios: ${names}`);
  }
  return only.portfolio.id;
}

/**
 * An order in one call, for the REST API: the product by slug, then exactly
 * what the order form does, saving the draft and, when asked, submitting it.
 * A submission is first checked in full with the form's own check, so one
 * that would fail leaves no draft behind; the error names each field.
 */
export async function placeOrder(db: TDb, caller: TCaller, input: TPlaceOrderInput, signer: TArtifactSigner) {
  const portfolioId = await orderPortfolioId(db, caller, input);
  const ctx = await loadOrderContextBySlug(db, caller, {
    productSlug: input.product,
    portfolioId,
    versionId: input.versionId,
  });
  if (input.submit) {
    const errors = orderFieldErrors(ctx, input, "complete");
    if (Object.keys(errors).length > 0) throw invalidFields(errors);
  }
  const draft = await saveDraft(db, caller, {
    portfolioId,
    productVersionId: ctx.version.id,
    stackName: input.stackName,
    values: input.values,
    tags: input.tags,
    justification: input.justification,
  });
  if (!input.submit) return draft;
  return submitOrder(db, caller, { id: draft.id, expectedVersion: draft.version }, signer);
}
