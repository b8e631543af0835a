import type { Prisma, TDb } from "@stackvend/db";
import { AppError, notFound } from "../../errors/app-error.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TArtifactSigner } from "../artifacts/signing-key.ts";
import { loadOrderContext } from "../orders/load-order-context.ts";
import { submitOrder } from "../orders/submit-order.ts";
import type { TCaller } from "../shared/caller.ts";
import { OPEN_REQUEST_STATUSES } from "./change-base.ts";

export interface TStartUpdateInput {
  id: string;
  /** The version to move to: a newer active one, or the one running now. */
  productVersionId: string;
}

export interface TTerminateInput {
  id: string;
  justification: string;
}

/**
 * Locks the caller's active provisioned product and refuses a second change
 * while one is under way; concurrent starts queue on the row lock, so only
 * one of them finds no open request.
 */
async function lockForChange(tx: Prisma.TransactionClient, caller: TCaller, id: string) {
  const product = await tx.provisionedProduct.findFirst({
    where: { id, ownerId: caller.id },
    select: {
      id: true,
      status: true,
      stackName: true,
      portfolioId: true,
      productId: true,
      productVersionId: true,
      parameters: true,
      tags: true,
    },
  });
  if (!product) throw notFound("Provisioned product");
  if (product.status !== "ACTIVE") {
    throw new AppError("INVALID_TRANSITION", `${product.stackName} is terminated; it cannot be changed`);
  }
  await tx.$queryRaw`SELECT id FROM "ProvisionedProduct" WHERE id = ${product.id} FOR UPDATE`;
  const open = await tx.request.findFirst({
    where: { provisionedProductId: product.id, status: { in: [...OPEN_REQUEST_STATUSES] } },
    select: { number: true, kind: true, status: true },
  });
  if (open) {
    throw new AppError(
      "CONFLICT",
      `REQ-${open.number} (${open.kind.toLowerCase()}, ${open.status.toLowerCase().replace("_", " ")}) is already under way for ${product.stackName}; finish or cancel it first`,
    );
  }
  return product;
}

/**
 * An UPDATE draft of the caller's provisioned product, on the chosen version
 * with the values and tags deployed now; the requester edits it in the order
 * form and submits it through the same policies (kind UPDATE). Parameters the
 * new version does not have are dropped; new ones start empty, so their
 * defaults apply.
 */
export async function startUpdate(db: TDb, caller: TCaller, input: TStartUpdateInput) {
  const current = await db.provisionedProduct.findFirst({
    where: { id: input.id, ownerId: caller.id },
    select: { portfolioId: true, productId: true, productVersionId: true },
  });
  if (!current) throw notFound("Provisioned product");
  const ctx = await loadOrderContext(db, caller, {
    portfolioId: current.portfolioId,
    productVersionId: input.productVersionId,
    keepVersionId: current.productVersionId,
  });
  if (ctx.product.id !== current.productId) {
    throw new AppError("INVALID_INPUT", "productVersionId: must be a version of the same product", {
      fieldErrors: { productVersionId: ["must be a version of the same product"] },
    });
  }
  const names = new Set(ctx.formModel.fields.map((f) => f.name));
  return db.$transaction(async (tx) => {
    const product = await lockForChange(tx, caller, input.id);
    const values = Object.fromEntries(
      Object.entries(product.parameters as Record<string, string | string[]>).filter(([name]) =>
        names.has(name),
      ),
    );
    const created = await tx.request.create({
      data: {
        kind: "UPDATE",
        status: "DRAFT",
        requesterId: caller.id,
        provisionedProductId: product.id,
        portfolioId: product.portfolioId,
        productId: product.productId,
        productVersionId: ctx.version.id,
        stackName: product.stackName,
        parameters: values as Prisma.InputJsonValue,
        secretParameters: ctx.secretParameters,
        tags: product.tags as Prisma.InputJsonValue,
      },
      select: { id: true, number: true },
    });
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "request.create-draft",
      objectType: "Request",
      objectId: created.id,
      data: { kind: "UPDATE", provisionedProductId: product.id, productVersionId: ctx.version.id },
    });
    return created;
  });
}

/**
 * A TERMINATE request of the caller's provisioned product, submitted at once
 * through the same policies (kind TERMINATE). It carries the version, values
 * and tags deployed now, so approvers see the template that will be deleted.
 */
export async function requestTermination(
  db: TDb,
  caller: TCaller,
  input: TTerminateInput,
  signer: TArtifactSigner,
) {
  const created = await db.$transaction(async (tx) => {
    const product = await lockForChange(tx, caller, input.id);
    const created = await tx.request.create({
      data: {
        kind: "TERMINATE",
        status: "DRAFT",
        requesterId: caller.id,
        provisionedProductId: product.id,
        portfolioId: product.portfolioId,
        productId: product.productId,
        productVersionId: product.productVersionId,
        stackName: product.stackName,
        parameters: product.parameters as Prisma.InputJsonValue,
        tags: product.tags as Prisma.InputJsonValue,
        justification: input.justification,
      },
      select: { id: true, number: true, version: true },
    });
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "request.create-draft",
      objectType: "Request",
      objectId: created.id,
      data: { kind: "TERMINATE", provisionedProductId: product.id, justification: input.justification },
    });
    return created;
  });
  return submitOrder(db, caller, { id: created.id, expectedVersion: created.version }, signer);
}
