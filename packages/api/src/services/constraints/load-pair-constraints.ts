import type { TJsonObject, TParameterConstraint } from "@stackvend/cfn";
import type { Prisma, TDb } from "@stackvend/db";
import {
  ZLaunchRoleDefinition,
  ZParameterValuesDefinition,
  ZRequiredTagsDefinition,
  ZTemplateRulesDefinition,
} from "./constraint-definitions.ts";
import { ZApprovalPolicyDefinition, type TApprovalPolicyDefinition } from "../approvals/approval-policy.ts";

type TReader = Pick<TDb, "constraint" | "tagOption">;

export const constraintSelect = {
  id: true,
  portfolioId: true,
  productId: true,
  kind: true,
  definition: true,
  description: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ConstraintSelect;

export interface TRequiredTag {
  key: string;
  /** Active TagOption values for the key; an order must pick one. */
  values: { value: string; description: string }[];
}

export interface TPairConstraints {
  parameterConstraints: TParameterConstraint[];
  rules?: TJsonObject;
  requiredTags: TRequiredTag[];
  approvalPolicy: TApprovalPolicyDefinition | null;
  launchRoleArn: string | null;
}

/**
 * The constraints in force now on a portfolio × product pair, read fresh on
 * every order call. Definitions are validated when set; a row that no longer
 * parses is ignored rather than trusted.
 */
export async function loadPairConstraints(
  db: TReader,
  portfolioId: string,
  productId: string,
): Promise<TPairConstraints> {
  const rows = await db.constraint.findMany({
    where: { portfolioId, productId },
    orderBy: { createdAt: "asc" },
    select: { kind: true, definition: true },
  });
  const result: TPairConstraints = {
    parameterConstraints: [],
    requiredTags: [],
    approvalPolicy: null,
    launchRoleArn: null,
  };
  const requiredKeys = new Set<string>();
  for (const row of rows) {
    switch (row.kind) {
      case "PARAMETER_VALUES": {
        const parsed = ZParameterValuesDefinition.safeParse(row.definition);
        if (parsed.success) result.parameterConstraints.push(...parsed.data.parameters);
        break;
      }
      case "TEMPLATE_RULES": {
        const parsed = ZTemplateRulesDefinition.safeParse(row.definition);
        if (parsed.success)
          result.rules = { ...result.rules, ...(parsed.data.rules as unknown as TJsonObject) };
        break;
      }
      case "REQUIRED_TAGS": {
        const parsed = ZRequiredTagsDefinition.safeParse(row.definition);
        if (parsed.success) parsed.data.keys.forEach((k) => requiredKeys.add(k));
        break;
      }
      case "APPROVAL_POLICY": {
        const parsed = ZApprovalPolicyDefinition.safeParse(row.definition);
        if (parsed.success) result.approvalPolicy = parsed.data;
        break;
      }
      case "LAUNCH_ROLE": {
        const parsed = ZLaunchRoleDefinition.safeParse(row.definition);
        if (parsed.success) result.launchRoleArn = parsed.data.roleArn;
        break;
      }
    }
  }
  if (requiredKeys.size > 0) {
    const options = await db.tagOption.findMany({
      where: { key: { in: [...requiredKeys] }, active: true },
      orderBy: [{ key: "asc" }, { value: "asc" }],
      select: { key: true, value: true, description: true },
    });
    result.requiredTags = [...requiredKeys].sort().map((key) => ({
      key,
      values: options.filter((o) => o.key === key).map(({ value, description }) => ({ value, description })),
    }));
  }
  return result;
}
