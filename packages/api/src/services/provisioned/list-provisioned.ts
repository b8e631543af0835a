import type { Prisma, ProvisionedStatus, TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import type { TCaller } from "../shared/caller.ts";
import { lastDeployWhere, OPEN_REQUEST_STATUSES } from "./change-base.ts";

const provisionedSelect = {
  id: true,
  stackName: true,
  stackArn: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  terminatedAt: true,
  portfolio: { select: { id: true, name: true } },
  product: {
    select: {
      id: true,
      slug: true,
      name: true,
      versions: {
        where: { status: "ACTIVE" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { id: true, label: true },
      },
    },
  },
  productVersion: { select: { id: true, label: true, status: true, createdAt: true } },
  requests: {
    where: { status: { in: [...OPEN_REQUEST_STATUSES] } },
    select: { id: true, number: true, kind: true, status: true },
    take: 1,
  },
} satisfies Prisma.ProvisionedProductSelect;

type TProvisionedRow = Prisma.ProvisionedProductGetPayload<{ select: typeof provisionedSelect }>;

/**
 * Where a provisioned product's version stands: deprecated (no new orders),
 * outdated (a newer active version exists) or current.
 */
export function versionStanding(
  running: { id: string; status: string },
  latest: { id: string; label: string } | null,
) {
  return {
    deprecated: running.status !== "ACTIVE",
    latestVersion: latest,
    outdated: latest !== null && latest.id !== running.id,
  };
}

function toProvisioned(row: TProvisionedRow) {
  const { product, requests, ...rest } = row;
  return {
    ...rest,
    product: { id: product.id, slug: product.slug, name: product.name },
    ...versionStanding(row.productVersion, product.versions[0] ?? null),
    openRequest: requests[0] ?? null,
  };
}

/** The caller's provisioned products, active first, newest first. */
export async function listMyProvisioned(
  db: TDb,
  caller: TCaller,
  { status, limit }: { status?: ProvisionedStatus | undefined; limit: number },
) {
  const rows = await db.provisionedProduct.findMany({
    where: { ownerId: caller.id, ...(status ? { status } : {}) },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    take: limit,
    select: provisionedSelect,
  });
  return rows.map(toProvisioned);
}

/** One of the caller's provisioned products, with its values, tags, requests and the versions it may move to. */
export async function getMyProvisioned(db: TDb, caller: TCaller, { id }: { id: string }) {
  const row = await db.provisionedProduct.findFirst({
    where: { id, ownerId: caller.id },
    select: {
      ...provisionedSelect,
      parameters: true,
      tags: true,
    },
  });
  if (!row) throw notFound("Provisioned product");
  const [history, versions, deployed] = await Promise.all([
    db.request.findMany({
      where: { provisionedProductId: row.id, requesterId: caller.id },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: {
        id: true,
        number: true,
        kind: true,
        status: true,
        createdAt: true,
        fulfilledAt: true,
        productVersion: { select: { label: true } },
      },
    }),
    db.productVersion.findMany({
      where: {
        productId: row.product.id,
        OR: [{ status: "ACTIVE" }, { id: row.productVersion.id }],
      },
      orderBy: { createdAt: "desc" },
      select: { id: true, label: true, status: true, createdAt: true },
    }),
    db.request.findFirst({ ...lastDeployWhere(row.id), select: { number: true } }),
  ]);
  const { parameters, tags, ...rest } = row;
  return {
    ...toProvisioned(rest),
    values: parameters as Record<string, string | string[]>,
    tags: tags as Record<string, string>,
    history,
    // Versions an update may choose: the active ones, and the one running now.
    versions,
    deployedFrom: deployed?.number ?? null,
  };
}
