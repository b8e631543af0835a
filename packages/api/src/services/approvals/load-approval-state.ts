import type { Prisma, TDb } from "@stackvend/db";
import { readPolicySnapshot, type TPolicySnapshot } from "./approval-policy.ts";
import type { TDecidable, TDecisionRecord } from "./stages.ts";

type TReader = Pick<TDb, "request" | "user" | "groupMembership">;

/** The decisions that count: those of the current submission round. */
export const currentRoundDecisions = {
  where: { supersededAt: null },
  select: { approverId: true, stage: true, decision: true },
  orderBy: { createdAt: "asc" },
} satisfies Prisma.Request$approvalsArgs;

const stateSelect = {
  id: true,
  requesterId: true,
  status: true,
  stage: true,
  round: true,
  version: true,
  policySnapshot: true,
  renderedDigest: true,
  approvals: currentRoundDecisions,
} satisfies Prisma.RequestSelect;

export interface TApprovalState extends TDecidable {
  id: string;
  round: number;
  version: number;
  renderedDigest: string | null;
  snapshot: TPolicySnapshot;
  decisions: TDecisionRecord[];
}

export async function loadApprovalState(db: TReader, id: string): Promise<TApprovalState | null> {
  const row = await db.request.findUnique({ where: { id }, select: stateSelect });
  if (!row) return null;
  const { approvals, policySnapshot, ...rest } = row;
  return { ...rest, snapshot: readPolicySnapshot(policySnapshot), decisions: approvals };
}

/**
 * How many people could approve for each group: members holding the
 * approver or admin role (through any of their groups), not disabled, not
 * the requester. What "all members" of a stage means. Roles are checked
 * here rather than with an array filter, which the embedded database's
 * adapter cannot run.
 */
export async function eligibleMembersByGroup(
  db: TReader,
  groupIds: readonly string[],
  requesterId: string,
): Promise<Map<string, number>> {
  const [counts] = await eligibleMembersByGroupFor(db, [{ groupIds, requesterId }]);
  return counts!;
}

/**
 * `eligibleMembersByGroup` for many requests at once (a list page), in one
 * query: each request's counts leave out its own requester.
 */
export async function eligibleMembersByGroupFor(
  db: TReader,
  requests: readonly { groupIds: readonly string[]; requesterId: string }[],
): Promise<Map<string, number>[]> {
  const groups = [...new Set(requests.flatMap((r) => r.groupIds))];
  const members =
    groups.length === 0
      ? []
      : await db.groupMembership.findMany({
          where: { groupId: { in: groups }, user: { disabledAt: null } },
          select: {
            groupId: true,
            userId: true,
            user: { select: { memberships: { select: { group: { select: { roles: true } } } } } },
          },
        });
  const approvers = members.filter((member) => {
    const roles = member.user.memberships.flatMap((m) => m.group.roles);
    return roles.includes("APPROVER") || roles.includes("ADMIN");
  });
  return requests.map(({ groupIds, requesterId }) => {
    const counts = new Map<string, number>(groupIds.map((id) => [id, 0]));
    for (const member of approvers) {
      if (member.userId !== requesterId && counts.has(member.groupId))
        counts.set(member.groupId, counts.get(member.groupId)! + 1);
    }
    return counts;
  });
}

/** The groups of a snapshot's stages that need counting ("ALL" stages). */
export function allMemberGroups(snapshot: TPolicySnapshot): string[] {
  return snapshot.stages.flatMap((s) =>
    s.required === "ALL" && s.approverGroupId ? [s.approverGroupId] : [],
  );
}
