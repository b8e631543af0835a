import type { Prisma, RequestKind, TDb } from "@stackvend/db";

/** Statuses of a request still under way: a provisioned product has at most one such change at a time. */
export const OPEN_REQUEST_STATUSES = ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED"] as const;

type TReader = Pick<TDb, "request" | "artifact">;

/**
 * The request whose approved bytes a provisioned product runs now: the last
 * one that created or updated it and was marked deployed.
 */
export function lastDeployWhere(provisionedProductId: string) {
  return {
    where: { provisionedProductId, status: "FULFILLED", kind: { in: ["PROVISION", "UPDATE"] } },
    orderBy: { fulfilledAt: "desc" },
  } satisfies Prisma.RequestFindFirstArgs;
}

/** The template deployed now for a provisioned product, and the request that deployed it. */
export async function deployedTemplate(
  db: TReader,
  provisionedProductId: string,
): Promise<{ requestNumber: number; content: string } | null> {
  const last = await db.request.findFirst({
    ...lastDeployWhere(provisionedProductId),
    select: { number: true, artifact: { select: { content: true } } },
  });
  return last?.artifact ? { requestNumber: last.number, content: last.artifact.content } : null;
}

export interface TChangeBase {
  kind: RequestKind;
  provisionedProductId: string | null;
  /** The version the provisioned product runs: an update or terminate may stay on it though deprecated. */
  keepVersionId: string | null;
  /** The product an update stays a version of. */
  productId: string | null;
  /** The stack name an update or terminate is bound to. */
  stackName: string | null;
  /** Values deployed now (no NoEcho values: they are never stored). */
  deployedValues: Record<string, string | string[]> | null;
}

export const changeBaseSelect = {
  kind: true,
  provisionedProductId: true,
  provisionedProduct: {
    select: { productId: true, productVersionId: true, stackName: true, parameters: true },
  },
} satisfies Prisma.RequestSelect;

/**
 * The change base of the caller's own request, when one is named (an update
 * draft being edited, previewed or opened in the form); a new order's otherwise.
 */
export async function loadChangeBase(
  db: Pick<TDb, "request">,
  caller: { id: string },
  requestId: string | undefined,
): Promise<TChangeBase> {
  if (requestId === undefined) return toChangeBase(null);
  return toChangeBase(
    await db.request.findFirst({
      where: { id: requestId, requesterId: caller.id },
      select: changeBaseSelect,
    }),
  );
}

export function toChangeBase(
  row: Prisma.RequestGetPayload<{ select: typeof changeBaseSelect }> | null | undefined,
): TChangeBase {
  const provisioned = row?.kind === "PROVISION" ? null : (row?.provisionedProduct ?? null);
  return {
    kind: row?.kind ?? "PROVISION",
    provisionedProductId: provisioned ? row!.provisionedProductId : null,
    keepVersionId: provisioned?.productVersionId ?? null,
    productId: provisioned?.productId ?? null,
    stackName: provisioned?.stackName ?? null,
    deployedValues: provisioned ? (provisioned.parameters as Record<string, string | string[]>) : null,
  };
}

/**
 * What an update's export compares with, recorded in its signed provenance
 * at approval: the values deployed now (no NoEcho values) and the NoEcho
 * parameters the stack already has, which keep their deployed value.
 */
export async function previousDeploy(
  db: Pick<TDb, "request" | "provisionedProduct">,
  provisionedProductId: string,
): Promise<{ values: Record<string, string | string[]>; secretParameters: string[] } | null> {
  const [product, last] = await Promise.all([
    db.provisionedProduct.findUnique({ where: { id: provisionedProductId }, select: { parameters: true } }),
    db.request.findFirst({ ...lastDeployWhere(provisionedProductId), select: { secretParameters: true } }),
  ]);
  if (!product) return null;
  return {
    values: product.parameters as Record<string, string | string[]>,
    secretParameters: last?.secretParameters ?? [],
  };
}
