import type { TDb } from "@stackvend/db";
import { ZApprovalPolicyDefinition } from "../constraints/constraint-definitions.ts";
import { summarizeApprovalPolicy, type TApprovalSummary } from "../constraints/load-pair-constraints.ts";

export interface TWaitingOn extends TApprovalSummary {
  /** Current approval stage (1-based). */
  stage: number;
}

type TPairRequest = { status: string; portfolioId: string; productId: string; stage: number };

/**
 * Whom each submitted request waits on, from the approval policy of its
 * portfolio × product in force now; null for requests not waiting on anyone.
 * One query for the whole list.
 */
export async function waitingOnFor(db: Pick<TDb, "constraint">, requests: readonly TPairRequest[]) {
  const submitted = requests.filter((r) => r.status === "SUBMITTED");
  const policies = new Map<string, TApprovalSummary>();
  if (submitted.length > 0) {
    const rows = await db.constraint.findMany({
      where: {
        kind: "APPROVAL_POLICY",
        OR: submitted.map((r) => ({ portfolioId: r.portfolioId, productId: r.productId })),
      },
      orderBy: { createdAt: "asc" },
      select: { portfolioId: true, productId: true, definition: true },
    });
    for (const row of rows) {
      const parsed = ZApprovalPolicyDefinition.safeParse(row.definition);
      if (parsed.success)
        policies.set(`${row.portfolioId}/${row.productId}`, summarizeApprovalPolicy(parsed.data));
    }
  }
  return requests.map((r): TWaitingOn | null =>
    r.status === "SUBMITTED"
      ? {
          ...(policies.get(`${r.portfolioId}/${r.productId}`) ?? summarizeApprovalPolicy(null)),
          stage: r.stage,
        }
      : null,
  );
}
