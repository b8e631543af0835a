import { renderStoredTemplate } from "../shared/engine-pool.ts";
import { estimateMonthlyCost } from "@stackvend/cfn";
import type { Prisma, TDb } from "@stackvend/db";
import { AppError } from "../../errors/app-error.ts";
import { invalidFields } from "../shared/field-errors.ts";
import { sha256Hex, toFindingView } from "../shared/template-engine.ts";
import type { TOrderContext } from "../orders/load-order-context.ts";
import { toPolicySnapshot, type TPolicySnapshot } from "./approval-policy.ts";
import { evaluateAutoApproval, type TAutoApproval } from "./auto-approve.ts";
import { expiryFrom, stageEntryFields } from "./stage-entry.ts";

type TReader = Pick<TDb, "group">;

export interface TSubmission {
  /** Fields the guarded DRAFT/CHANGES_REQUESTED → SUBMITTED (or APPROVED) update sets. */
  data: Prisma.RequestUpdateManyMutationInput & { status: "SUBMITTED" | "APPROVED" };
  digest: string;
  snapshot: TPolicySnapshot;
  autoApproval: TAutoApproval | null;
}

/**
 * Everything a submission freezes into a request: the rendered template in
 * the version's own format and its sha256 (what every approver sees and
 * every decision names), the approval policy in force with its groups
 * resolved, and, when the policy's auto-approval holds, the condition that
 * approved it. Values are the stored ones: NoEcho values are never stored,
 * so they stay parameters to supply at deploy time.
 */
export async function prepareSubmission(
  db: TReader,
  ctx: TOrderContext,
  request: {
    number: number;
    kind: "PROVISION" | "UPDATE" | "TERMINATE";
    round: number;
    stackName: string;
    values: Record<string, string | string[]>;
    tags: Record<string, string>;
  },
  now: Date,
): Promise<TSubmission> {
  const resolved = ctx.approval;
  const names = resolved.policy.stages.flatMap((s) => (s.approverGroup ? [s.approverGroup] : []));
  const groups =
    names.length === 0
      ? []
      : await db.group.findMany({ where: { name: { in: names } }, select: { id: true, name: true } });
  const ids = new Map(groups.map((g) => [g.name, g.id]));
  const missing = names.find((name) => !ids.has(name));
  if (missing) {
    throw new AppError(
      "CONFLICT",
      `The approval policy names the group ${missing}, which no longer exists; a catalog admin must fix the policy first`,
    );
  }
  const snapshot = toPolicySnapshot(resolved, ids, ctx.constraints.launchRoleArn);
  const rendered = await renderStoredTemplate(ctx.templateSource, ctx.template, {
    values: request.values,
    tags: request.tags,
    stackName: request.stackName,
    provenance: {
      product: ctx.product.slug,
      productVersion: ctx.version.label,
      versionDigest: ctx.version.digest,
      request: `REQ-${request.number}`,
      renderedAt: now.toISOString(),
    },
    constraints: ctx.constraints.parameterConstraints,
    ...(ctx.constraints.rules ? { rules: ctx.constraints.rules } : {}),
  });
  if (!rendered.ok) {
    throw invalidFields({ values: rendered.errors.map((e) => toFindingView(e).message) });
  }
  const format = ctx.template.format === "json" ? "JSON" : "YAML";
  const bytes = format === "JSON" ? rendered.value.json : rendered.value.yaml;
  const digest = sha256Hex(bytes);
  const effective: Record<string, string | string[]> = {};
  for (const field of ctx.formModel.fields) {
    const value = request.values[field.name] ?? field.default;
    if (value !== undefined && !field.secret) effective[field.name] = value;
  }
  const cost = estimateMonthlyCost(ctx.template, request.values);
  const autoApproval = evaluateAutoApproval(resolved.policy.autoApprove, {
    kind: request.kind,
    values: effective,
    monthlyCost: cost.complete ? cost.totalMonthly : null,
  });
  const frozen = {
    round: request.round + 1,
    stage: 1,
    submittedAt: now,
    policySnapshot: snapshot as unknown as Prisma.InputJsonValue,
    renderedTemplate: bytes,
    renderedFormat: format,
    renderedDigest: digest,
  } as const;
  const data: TSubmission["data"] = autoApproval
    ? {
        ...frozen,
        status: "APPROVED",
        decidedAt: now,
        autoApproval: autoApproval as unknown as Prisma.InputJsonValue,
        stageGroupId: null,
        stageEnteredAt: null,
        remindAt: null,
        expiresAt: null,
      }
    : {
        ...frozen,
        status: "SUBMITTED",
        decidedAt: null,
        ...stageEntryFields(snapshot, 1, now),
        expiresAt: expiryFrom(snapshot, now),
      };
  return { data, digest, snapshot, autoApproval };
}
