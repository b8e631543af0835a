import type { Prisma, TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import { readPolicySnapshot } from "../approvals/approval-policy.ts";
import {
  allMemberGroups,
  currentRoundDecisions,
  eligibleMembersByGroup,
} from "../approvals/load-approval-state.ts";
import { stageProgress } from "../approvals/stages.ts";
import type { TCaller } from "../shared/caller.ts";
import { requestChange } from "../provisioned/request-change.ts";
import { requestHistory } from "./request-history.ts";
import { waitingOnFor } from "./waiting-on.ts";

/** A request as its requester sees it; parameters never hold NoEcho values (they are never stored). */
export const requestDetailSelect = {
  id: true,
  number: true,
  kind: true,
  status: true,
  version: true,
  stage: true,
  round: true,
  stackName: true,
  parameters: true,
  secretParameters: true,
  tags: true,
  justification: true,
  createdAt: true,
  updatedAt: true,
  submittedAt: true,
  decidedAt: true,
  cancelledAt: true,
  fulfilledAt: true,
  stackArn: true,
  carryOverIssues: true,
  expiresAt: true,
  renderedDigest: true,
  autoApproval: true,
  requesterId: true,
  policySnapshot: true,
  portfolioId: true,
  productId: true,
  approvals: currentRoundDecisions,
  portfolio: { select: { id: true, name: true } },
  product: { select: { id: true, slug: true, name: true } },
  productVersion: { select: { id: true, label: true, status: true, digest: true } },
  provisionedProduct: { select: { id: true, stackName: true, status: true } },
} satisfies Prisma.RequestSelect;

type TDetailRow = Prisma.RequestGetPayload<{ select: typeof requestDetailSelect }>;

/** What `requestChange` needs of a detail row. */
export function changeSubject(row: TDetailRow) {
  return {
    kind: row.kind,
    provisionedProductId: row.provisionedProduct?.id ?? null,
    values: row.parameters as Record<string, string | string[]>,
    secretParameters: row.secretParameters,
  };
}

export async function toRequestDetail(
  db: Pick<TDb, "request" | "user" | "groupMembership">,
  row: TDetailRow,
) {
  const [waitingOn] = await waitingOnFor(db, [row]);
  const {
    portfolioId: _p,
    productId: _q,
    requesterId: _r,
    policySnapshot,
    approvals: _a,
    parameters,
    tags,
    autoApproval,
    carryOverIssues,
    ...rest
  } = row;
  return {
    ...rest,
    values: parameters as Record<string, string | string[]>,
    tags: tags as Record<string, string>,
    autoApproval: (autoApproval ?? null) as { reason: string; estimatedMonthlyCost?: number } | null,
    policy: policySnapshot ? readPolicySnapshot(policySnapshot) : null,
    waitingOn: waitingOn ?? null,
    /** Deployed values the draft's version refuses, left out of it (an update drafted for its owner). */
    carryOverIssues: (carryOverIssues ?? []) as {
      parameter: string;
      value: string | string[];
      rule: string;
    }[],
  };
}

/**
 * A request's detail as a change leaves it, read after the change's transaction commits: the audit
 * chain's lock is held to the end of that transaction, and every other audited change waits on it.
 */
export async function requestDetailAfter(db: TDb, id: string) {
  return toRequestDetail(
    db,
    await db.request.findUniqueOrThrow({ where: { id }, select: requestDetailSelect }),
  );
}

/** The requester's own request, with where it stands in its approval and what happened to it. */
export async function getRequest(db: TDb, caller: TCaller, { id }: { id: string }) {
  const found = await db.request.findFirst({
    where: { id, requesterId: caller.id },
    select: { ...requestDetailSelect, renderedTemplate: true },
  });
  if (!found) throw notFound("Request");
  const { renderedTemplate, ...row } = found;
  const snapshot = readPolicySnapshot(row.policySnapshot);
  const [detail, eligible, history] = await Promise.all([
    toRequestDetail(db, row),
    eligibleMembersByGroup(db, allMemberGroups(snapshot), row.requesterId),
    requestHistory(db, row),
  ]);
  const change = await requestChange(db, changeSubject(row), renderedTemplate);
  const stages = row.policySnapshot
    ? stageProgress({ ...row, snapshot, decisions: row.approvals }, eligible).map(({ approvedBy, ...s }) => ({
        ...s,
        approvals: approvedBy.length,
      }))
    : [];
  return { ...detail, stages, history, change };
}
