import type { Prisma, TDb } from "@stackvend/db";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import { AppError } from "../../errors/app-error.ts";
import { addFieldError, invalidField, invalidFields } from "../shared/field-errors.ts";
import { loadChangeBase } from "../provisioned/change-base.ts";
import type { TCaller } from "../shared/caller.ts";
import { requestDetailAfter } from "../requests/get-request.ts";
import { transitionRequest } from "../requests/transition-request.ts";
import { draftGuard } from "./draft-guard.ts";
import { loadOrderContext } from "./load-order-context.ts";
import { orderFieldErrors, withoutSecrets, type TOrderInput } from "./validate-order.ts";

export interface TSaveDraftInput extends TOrderInput {
  id?: string;
  expectedVersion?: number;
  portfolioId: string;
  productVersionId: string;
  justification: string;
}

/**
 * Creates or updates a DRAFT. Lenient: values may be missing, but every
 * value present must already be valid. NoEcho values are dropped before
 * anything is written, so they reach neither the request row nor the audit log.
 */
export async function saveDraft(db: TDb, caller: TCaller, input: TSaveDraftInput) {
  const base = await loadChangeBase(db, caller, input.id);
  if (base.kind === "TERMINATE") {
    throw new AppError(
      "INVALID_TRANSITION",
      "A termination carries the values deployed now; it is not edited",
    );
  }
  const ctx = await loadOrderContext(db, caller, { ...input, keepVersionId: base.keepVersionId });
  const errors = orderFieldErrors(ctx, input, "draft");
  if (base.productId !== null && ctx.product.id !== base.productId) {
    throw invalidField("productVersionId", "an update stays on a version of the product it changes");
  }
  if (base.stackName !== null && input.stackName !== base.stackName) {
    addFieldError(errors, "stackName", `an update keeps the stack name ${base.stackName}`);
  }
  if (Object.keys(errors).length > 0) throw invalidFields(errors);
  const parameters = withoutSecrets(input.values, ctx.secretParameters);
  const data = {
    portfolioId: ctx.portfolio.id,
    productId: ctx.product.id,
    productVersionId: ctx.version.id,
    stackName: input.stackName,
    parameters: parameters as Prisma.InputJsonValue,
    secretParameters: ctx.secretParameters,
    tags: input.tags as Prisma.InputJsonValue,
    justification: input.justification,
  };
  const audit = {
    portfolioId: data.portfolioId,
    productVersionId: data.productVersionId,
    stackName: data.stackName,
    parameters,
    tags: input.tags,
    justification: input.justification,
  };
  const id = await db.$transaction(async (tx) => {
    let id: string;
    if (input.id === undefined) {
      const created = await tx.request.create({
        data: { ...data, requesterId: caller.id, kind: "PROVISION", status: "DRAFT" },
        select: { id: true },
      });
      id = created.id;
    } else {
      if (input.expectedVersion === undefined)
        throw invalidField("expectedVersion", "is required to update a draft");
      id = input.id;
      await transitionRequest(tx, {
        ...draftGuard("edited", input.expectedVersion),
        id,
        scope: { requesterId: caller.id },
        data,
      });
    }
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: input.id === undefined ? "request.create-draft" : "request.update-draft",
      objectType: "Request",
      objectId: id,
      data: audit,
      redact: ctx.secretParameters,
    });
    return id;
  });
  return requestDetailAfter(db, id);
}
