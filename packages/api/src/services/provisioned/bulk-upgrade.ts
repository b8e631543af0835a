import type { ProvisionedStatus, TDb } from "@stackvend/db";
import { AppError, notFound } from "../../errors/app-error.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import { loadOrderContext } from "../orders/load-order-context.ts";
import { callerForUser, type TCaller } from "../shared/caller.ts";
import { invalidField } from "../shared/field-errors.ts";
import { OPEN_REQUEST_STATUSES } from "./change-base.ts";
import { versionStanding } from "./list-provisioned.ts";
import { lockForChange, updateDraft, type TCarryOverIssue } from "./start-change.ts";

/** How many provisioned products one bulk upgrade may draft updates for. */
export const MAX_BULK_UPGRADE = 100;

/**
 * A catalog admin's view of one product's provisioned products: owner,
 * version and its standing (deprecated, outdated), the change under way, and
 * the product's versions, newest first, with how many stacks run each.
 */
export async function listProvisionedForAdmin(
  db: TDb,
  { productId, status = "ACTIVE" }: { productId: string; status?: ProvisionedStatus | undefined },
) {
  const product = await db.product.findUnique({
    where: { id: productId },
    select: {
      id: true,
      slug: true,
      name: true,
      versions: {
        orderBy: { createdAt: "desc" },
        select: { id: true, label: true, status: true, createdAt: true },
      },
    },
  });
  if (!product) throw notFound("Product");
  const rows = await db.provisionedProduct.findMany({
    where: { productId, status },
    orderBy: [{ productVersion: { createdAt: "asc" } }, { stackName: "asc" }],
    take: 1000,
    select: {
      id: true,
      stackName: true,
      status: true,
      createdAt: true,
      owner: { select: { id: true, name: true, email: true } },
      portfolio: { select: { id: true, name: true } },
      productVersion: { select: { id: true, label: true, status: true, createdAt: true } },
      requests: {
        where: { status: { in: [...OPEN_REQUEST_STATUSES] } },
        select: { id: true, number: true, kind: true, status: true },
        take: 1,
      },
    },
  });
  const latest = product.versions.find((v) => v.status === "ACTIVE") ?? null;
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.productVersion.id, (counts.get(row.productVersion.id) ?? 0) + 1);
  return {
    product: { id: product.id, slug: product.slug, name: product.name },
    versions: product.versions.map((v) => ({ ...v, provisioned: counts.get(v.id) ?? 0 })),
    items: rows.map(({ requests, ...row }) => ({
      ...row,
      ...versionStanding(row.productVersion, latest),
      openRequest: requests[0] ?? null,
    })),
  };
}

export type TBulkUpgradeResult =
  | {
      id: string;
      stackName: string;
      drafted: true;
      requestId: string;
      number: number;
      carryOverIssues: TCarryOverIssue[];
    }
  | { id: string; stackName: string; drafted: false; reason: string };

/**
 * Drafts an UPDATE to `productVersionId` for each selected provisioned
 * product of the product, on behalf of its owner, who finds it in their
 * requests and submits it (or not). Each product is its own transaction, so
 * one that cannot move (terminated, a change under way, its owner no longer
 * reaching the portfolio) is reported and the others still get their draft.
 */
export async function bulkCreateUpdateDrafts(
  db: TDb,
  admin: TCaller,
  input: { productId: string; productVersionId: string; ids: string[] },
): Promise<TBulkUpgradeResult[]> {
  const target = await db.productVersion.findFirst({
    where: { id: input.productVersionId, productId: input.productId },
    select: { id: true, label: true, status: true },
  });
  if (!target) {
    throw invalidField("productVersionId", "is not a version of this product");
  }
  if (target.status !== "ACTIVE") {
    throw invalidField("productVersionId", `version ${target.label} is deprecated; choose an active version`);
  }
  const results: TBulkUpgradeResult[] = [];
  for (const id of [...new Set(input.ids)]) {
    const row = await db.provisionedProduct.findFirst({
      where: { id, productId: input.productId },
      select: { stackName: true, ownerId: true, portfolioId: true, productVersionId: true },
    });
    if (!row) {
      results.push({ id, stackName: "", drafted: false, reason: "Provisioned product not found" });
      continue;
    }
    try {
      const owner = await callerForUser(db, row.ownerId);
      if (!owner) throw new AppError("CONFLICT", "Its owner's account is disabled");
      const ctx = await loadOrderContext(db, owner, {
        portfolioId: row.portfolioId,
        productVersionId: target.id,
        keepVersionId: row.productVersionId,
      });
      const created = await db.$transaction(async (tx) => {
        const product = await lockForChange(tx, { id, productId: input.productId });
        const draft = updateDraft(ctx, product);
        const request = await tx.request.create({ data: draft, select: { id: true, number: true } });
        const issues = (draft.carryOverIssues ?? []) as unknown as TCarryOverIssue[];
        await recordAuditEvent(tx, {
          actor: actorOf(admin),
          action: "request.bulk-update-draft",
          objectType: "Request",
          objectId: request.id,
          data: {
            provisionedProductId: id,
            ownerId: product.ownerId,
            productVersionId: target.id,
            carryOverIssues: issues.map(({ parameter, rule }) => ({ parameter, rule })),
          },
        });
        return { ...request, issues };
      });
      results.push({
        id,
        stackName: row.stackName,
        drafted: true,
        requestId: created.id,
        number: created.number,
        carryOverIssues: created.issues,
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const reason =
        error.code === "NOT_FOUND"
          ? "Its owner no longer has access to the product's portfolio"
          : error.message;
      results.push({ id, stackName: row.stackName, drafted: false, reason });
    }
  }
  return results;
}
