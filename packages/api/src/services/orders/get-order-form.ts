import { MAX_JUSTIFICATION, STACK_NAME_RULE } from "@stackvend/cfn";
import type { TDb } from "@stackvend/db";
import type { TCaller } from "../shared/caller.ts";
import { loadChangeBase } from "../provisioned/change-base.ts";
import { loadOrderContextBySlug } from "./load-order-context.ts";

/** The order form: the version's fields narrowed by the portfolio's constraints, plus tags and policy. */
export async function getOrderForm(
  db: TDb,
  caller: TCaller,
  input: { productSlug: string; portfolioId: string; versionId?: string; requestId?: string },
) {
  // An update's draft may stay on the version its provisioned product runs, deprecated or not.
  const base = await loadChangeBase(db, caller, input.requestId);
  const ctx = await loadOrderContextBySlug(db, caller, {
    ...input,
    keepVersionId: base.keepVersionId ?? undefined,
  });
  const versions = await db.productVersion.findMany({
    where: { productId: ctx.product.id, status: "ACTIVE" },
    orderBy: { createdAt: "desc" },
    select: { id: true, label: true, createdAt: true },
  });
  return {
    portfolio: ctx.portfolio,
    product: ctx.product,
    version: ctx.version,
    versions,
    formModel: ctx.formModel,
    secretParameters: ctx.secretParameters,
    requiredTags: ctx.constraints.requiredTags,
    stackName: STACK_NAME_RULE,
    justification: { maxLength: MAX_JUSTIFICATION },
    approval: ctx.approval,
    /** What the order changes: a new stack, or an update of a provisioned one whose stack name is fixed. */
    change: { kind: base.kind, stackName: base.stackName },
  };
}
