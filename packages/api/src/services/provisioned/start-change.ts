import type { Prisma, TDb } from "@stackvend/db";
import { AppError, notFound } from "../../errors/app-error.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TArtifactSigner } from "../artifacts/signing-key.ts";
import { loadOrderContext, type TOrderContext } from "../orders/load-order-context.ts";
import { orderFieldErrors } from "../orders/validate-order.ts";
import { submitOrder } from "../orders/submit-order.ts";
import type { TCaller } from "../shared/caller.ts";
import { invalidField } from "../shared/field-errors.ts";
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
export async function lockForChange(
  tx: Prisma.TransactionClient,
  where: Prisma.ProvisionedProductWhereInput & { id: string },
) {
  const product = await tx.provisionedProduct.findFirst({
    where,
    select: {
      id: true,
      status: true,
      stackName: true,
      portfolioId: true,
      productId: true,
      productVersionId: true,
      ownerId: true,
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
    throw invalidField("productVersionId", "must be a version of the same product");
  }
  return db.$transaction(async (tx) => {
    const product = await lockForChange(tx, { id: input.id, ownerId: caller.id });
    const draft = updateDraft(ctx, product);
    const created = await tx.request.create({ data: draft, select: { id: true, number: true } });
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "request.create-draft",
      objectType: "Request",
      objectId: created.id,
      data: {
        kind: "UPDATE",
        provisionedProductId: product.id,
        productVersionId: ctx.version.id,
        carryOverIssues: draft.carryOverIssues ?? [],
      },
    });
    return created;
  });
}

export interface TCarryOverIssue {
  parameter: string;
  value: string | string[];
  rule: string;
}

type TLockedProduct = Awaited<ReturnType<typeof lockForChange>>;

/**
 * An UPDATE draft of a provisioned product on the version of `ctx`: the
 * deployed values and tags carried over. Parameters the version no longer has
 * are dropped; new ones are left out, so their defaults apply; a value the
 * version refuses is left out too and recorded, with the rule it breaks, for
 * the owner to see on the draft.
 */
export function updateDraft(ctx: TOrderContext, product: TLockedProduct) {
  const names = new Set(ctx.formModel.fields.map((f) => f.name));
  const deployed = product.parameters as Record<string, string | string[]>;
  const values = Object.fromEntries(Object.entries(deployed).filter(([name]) => names.has(name)));
  const errors = orderFieldErrors(
    ctx,
    { stackName: product.stackName, values, tags: product.tags as Record<string, string>, justification: "" },
    "draft",
  );
  const issues: TCarryOverIssue[] = [];
  for (const [key, rules] of Object.entries(errors)) {
    const parameter = key.startsWith("values.") ? key.slice("values.".length) : null;
    if (parameter === null || !Object.hasOwn(values, parameter)) continue;
    issues.push({ parameter, value: values[parameter]!, rule: rules.join("; ") });
    delete values[parameter];
  }
  return {
    kind: "UPDATE" as const,
    status: "DRAFT" as const,
    requesterId: product.ownerId,
    provisionedProductId: product.id,
    portfolioId: product.portfolioId,
    productId: product.productId,
    productVersionId: ctx.version.id,
    stackName: product.stackName,
    parameters: values as Prisma.InputJsonValue,
    secretParameters: ctx.secretParameters,
    tags: product.tags as Prisma.InputJsonValue,
    ...(issues.length > 0 ? { carryOverIssues: issues as unknown as Prisma.InputJsonValue } : {}),
  };
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
    const product = await lockForChange(tx, { id: input.id, ownerId: caller.id });
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
