import { randomUUID } from "node:crypto";
import { hasRole, type TRole } from "@stackvend/auth";
import type { Prisma, TDb } from "@stackvend/db";
import { readPolicySnapshot } from "../approvals/approval-policy.ts";
import type { TApprovalOutcome } from "../approvals/stages.ts";
import {
  DECIDER_EVENTS,
  linkPath,
  type TNotificationEvent,
  type TNotificationEventType,
  type TRequestSummary,
} from "./events.ts";
import { announceJobs } from "./job-queue.ts";

/** What the outbox writes with: the transaction of the change that causes the event. */
export type TOutboxClient = Pick<TDb, "request" | "user" | "group" | "notification" | "job" | "$executeRaw">;

export const NOTIFY_QUEUE = "notify";

export interface TRequestEventInput {
  requestId: string;
  /** null: the change notifies nobody (e.g. one approval of several a stage needs). */
  type: TNotificationEventType | null;
  actor?: { id: string; name: string } | null;
  comment?: string | null;
  now?: Date;
}

/** The event a decision causes, if any. */
export function eventForOutcome(outcome: TApprovalOutcome): TNotificationEventType | null {
  switch (outcome.kind) {
    case "approved":
      return "request.approved";
    case "rejected":
      return "request.rejected";
    case "changes-requested":
      return "request.changes-requested";
    case "next-stage":
      return "request.stage-reached";
    case "counted":
      return null;
  }
}

const summarySelect = {
  id: true,
  number: true,
  kind: true,
  status: true,
  stage: true,
  stackName: true,
  requesterId: true,
  stageGroupId: true,
  policySnapshot: true,
  product: { select: { id: true, slug: true, name: true } },
  portfolio: { select: { id: true, name: true } },
  requester: { select: { id: true, name: true, email: true } },
  approvals: { where: { supersededAt: null }, select: { approverId: true } },
} satisfies Prisma.RequestSelect;

/**
 * The outbox: called inside the transaction of a submit, decision, expiry or
 * reminder, after the request was moved. Writes each recipient's in-app
 * notification and one job that the worker fans out to email and webhooks,
 * so a rolled-back change notifies nobody and a committed one is never lost.
 * Only reads and inserts: delivery happens later, outside the caller's request.
 */
export async function notifyRequestEvent(tx: TOutboxClient, input: TRequestEventInput): Promise<void> {
  if (!input.type) return;
  const type = input.type;
  const row = await tx.request.findUniqueOrThrow({ where: { id: input.requestId }, select: summarySelect });
  const stages = row.policySnapshot ? readPolicySnapshot(row.policySnapshot).stages : [];
  const request: TRequestSummary = {
    id: row.id,
    number: row.number,
    reference: `REQ-${row.number}`,
    kind: row.kind,
    status: row.status,
    stage: row.stage,
    stageName: stages[row.stage - 1]?.name ?? null,
    stackName: row.stackName,
    product: row.product,
    portfolio: row.portfolio,
    requester: row.requester,
  };
  const recipientIds = DECIDER_EVENTS.has(type)
    ? await stageDeciders(
        tx,
        row.requesterId,
        row.stageGroupId,
        row.approvals.map((a) => a.approverId),
      )
    : [row.requesterId];
  const event: TNotificationEvent = {
    id: randomUUID(),
    type,
    occurredAt: (input.now ?? new Date()).toISOString(),
    request,
    actor: input.actor ? { id: input.actor.id, name: input.actor.name } : null,
    comment: input.comment || null,
    recipientIds,
  };
  const data = {
    request,
    actor: event.actor,
    comment: event.comment,
    link: linkPath(type, request.id),
  } as unknown as Prisma.InputJsonObject;
  if (recipientIds.length > 0) {
    await tx.notification.createMany({
      data: recipientIds.map((userId) => ({ userId, eventId: event.id, type, requestId: request.id, data })),
    });
  }
  await tx.job.create({
    data: {
      queue: NOTIFY_QUEUE,
      payload: event as unknown as Prisma.InputJsonObject,
      eventId: event.id,
      eventType: type,
      requestId: request.id,
      maxAttempts: 10,
    },
  });
  await announceJobs(tx);
}

/**
 * Who may decide the current stage (see `mayDecideStage` and the queue's
 * `decidableNowWhere`): the stage group's members holding the approver or
 * admin role, or every approver for a stage without a group; never the
 * requester, nor anyone who already decided this round (one stage per person).
 * Admins outside the group may decide too, but are not called on for it.
 */
async function stageDeciders(
  tx: TOutboxClient,
  requesterId: string,
  stageGroupId: string | null,
  decidedIds: string[],
): Promise<string[]> {
  // Roles are filtered here, not in SQL: the embedded database's adapter cannot bind an enum array
  // (`roles: { has: … }`). Groups are few.
  const groups = await tx.group.findMany({ select: { id: true, roles: true } });
  const holding = (roles: TRole[]) =>
    groups.filter((g) => roles.some((r) => hasRole(g.roles, r))).map((g) => g.id);
  const users = await tx.user.findMany({
    where: {
      id: { notIn: [requesterId, ...decidedIds] },
      disabledAt: null,
      ...(stageGroupId
        ? {
            memberships: { some: { groupId: stageGroupId } },
            AND: { memberships: { some: { groupId: { in: holding(["APPROVER", "ADMIN"]) } } } },
          }
        : { memberships: { some: { groupId: { in: holding(["APPROVER"]) } } } }),
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return users.map((u) => u.id);
}
