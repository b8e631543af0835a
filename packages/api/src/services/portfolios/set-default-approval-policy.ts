import { Prisma, type TDb } from "@stackvend/db";
import type { TFieldErrors } from "../../errors/app-error.ts";
import { notFound } from "../../errors/app-error.ts";
import { ZApprovalPolicyDefinition } from "../approvals/approval-policy.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import { checkApprovalPolicy, parseDefinition } from "../constraints/check-constraint-definition.ts";
import { invalidFields } from "../shared/field-errors.ts";
import type { TCaller } from "../shared/caller.ts";

/**
 * The approval policy for the portfolio's products that have none of their
 * own; null goes back to the built-in one (one approval from any approver).
 * Checked like a product's policy, with the same field names.
 */
export async function setDefaultApprovalPolicy(
  db: TDb,
  caller: TCaller,
  { id, definition }: { id: string; definition: unknown },
) {
  const policy = definition === null ? null : parseDefinition(ZApprovalPolicyDefinition, definition);
  if (policy) {
    const errors: TFieldErrors = {};
    await checkApprovalPolicy(db, policy, errors, "definition", null);
    if (Object.keys(errors).length > 0) throw invalidFields(errors);
  }
  return db.$transaction(async (tx) => {
    const { count } = await tx.portfolio.updateMany({
      where: { id },
      data: { defaultApprovalPolicy: policy ?? Prisma.DbNull },
    });
    if (count === 0) throw notFound("Portfolio");
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "portfolio.set-default-approval-policy",
      objectType: "Portfolio",
      objectId: id,
      data: { definition: policy },
    });
    return { id, defaultApprovalPolicy: policy };
  });
}
