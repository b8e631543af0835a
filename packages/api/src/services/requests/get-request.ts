import type { Prisma, TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import type { TCaller } from "../shared/caller.ts";
import { waitingOnFor } from "./waiting-on.ts";

/** A request as its requester sees it; parameters never hold NoEcho values (they are never stored). */
export const requestDetailSelect = {
  id: true,
  number: true,
  kind: true,
  status: true,
  version: true,
  stage: true,
  stackName: true,
  parameters: true,
  secretParameters: true,
  tags: true,
  justification: true,
  createdAt: true,
  updatedAt: true,
  submittedAt: true,
  decidedAt: true,
  portfolioId: true,
  productId: true,
  portfolio: { select: { id: true, name: true } },
  product: { select: { id: true, slug: true, name: true } },
  productVersion: { select: { id: true, label: true, status: true, digest: true } },
} satisfies Prisma.RequestSelect;

type TDetailRow = Prisma.RequestGetPayload<{ select: typeof requestDetailSelect }>;

export async function toRequestDetail(db: Pick<TDb, "constraint">, row: TDetailRow) {
  const [waitingOn] = await waitingOnFor(db, [row]);
  const { portfolioId: _p, productId: _q, parameters, tags, ...rest } = row;
  return {
    ...rest,
    values: parameters as Record<string, string | string[]>,
    tags: tags as Record<string, string>,
    waitingOn: waitingOn ?? null,
  };
}

export async function getRequest(db: TDb, caller: TCaller, { id }: { id: string }) {
  const row = await db.request.findFirst({
    where: { id, requesterId: caller.id },
    select: requestDetailSelect,
  });
  if (!row) throw notFound("Request");
  return toRequestDetail(db, row);
}
