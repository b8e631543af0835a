import type { z } from "zod";
import { evaluateRules, buildFormModel, type TJsonObject, type TTemplate } from "@stackvend/cfn";
import type { TDb } from "@stackvend/db";
import type { TFieldErrors } from "../../errors/app-error.ts";
import { addFieldError, invalidFields } from "../shared/field-errors.ts";
import { storedTemplate, templateParameters } from "../shared/template-engine.ts";
import type { TApprovalPolicyDefinition } from "../approvals/approval-policy.ts";
import {
  CONSTRAINT_DEFINITION_SCHEMAS,
  type TConstraintKind,
  type TParameterValuesDefinition,
  type TRequiredTagsDefinition,
  type TTemplateRulesDefinition,
} from "./constraint-definitions.ts";

type TReader = Pick<TDb, "productVersion" | "tagOption" | "group">;

/**
 * Validates a constraint definition: its shape for the kind, then what it
 * refers to (parameters of the product's active versions, TagOption keys,
 * groups). Returns the parsed definition; throws INVALID_INPUT naming
 * `definition.<path>` and the rule otherwise.
 */
export async function checkConstraintDefinition(
  db: TReader,
  { productId, kind, definition }: { productId: string; kind: TConstraintKind; definition: unknown },
) {
  const parsed = { data: parseDefinition<unknown>(CONSTRAINT_DEFINITION_SCHEMAS[kind], definition) };
  const errors: TFieldErrors = {};
  switch (kind) {
    case "PARAMETER_VALUES":
    case "TEMPLATE_RULES": {
      const templates = await activeTemplates(db, productId);
      if (templates.length === 0)
        addFieldError(errors, "productId", "the product has no active version to constrain");
      else if (kind === "PARAMETER_VALUES")
        checkParameterValues(parsed.data as TParameterValuesDefinition, templates, errors);
      else checkTemplateRules(parsed.data as TTemplateRulesDefinition, templates, errors);
      break;
    }
    case "REQUIRED_TAGS": {
      const { keys } = parsed.data as TRequiredTagsDefinition;
      const known = await db.tagOption.findMany({
        where: { key: { in: keys }, active: true },
        distinct: ["key"],
        select: { key: true },
      });
      const knownKeys = new Set(known.map((k) => k.key));
      keys.forEach((key, i) => {
        if (!knownKeys.has(key)) {
          addFieldError(
            errors,
            `definition.keys.${i}`,
            `${key} is not a key in the TagOption library (no active option)`,
          );
        }
      });
      break;
    }
    case "APPROVAL_POLICY":
      await checkApprovalPolicy(
        db,
        parsed.data as TApprovalPolicyDefinition,
        errors,
        "definition",
        productId,
      );
      break;
    case "LAUNCH_ROLE":
      break;
  }
  if (Object.keys(errors).length > 0) throw invalidFields(errors);
  return parsed.data;
}

/** A definition of the schema's shape, or INVALID_INPUT naming each `definition.<path>` and its rule. */
export function parseDefinition<T>(schema: z.ZodType<T>, definition: unknown): T {
  const parsed = schema.safeParse(definition);
  if (parsed.success) return parsed.data;
  const errors: TFieldErrors = {};
  for (const issue of parsed.error.issues) {
    addFieldError(errors, ["definition", ...issue.path.map(String)].join("."), issue.message);
  }
  throw invalidFields(errors);
}

/**
 * Every stage's group must exist and be able to approve; auto-approval may
 * only name parameters of the product's active versions (a portfolio's
 * default policy, with no product, names any).
 */
export async function checkApprovalPolicy(
  db: TReader,
  policy: TApprovalPolicyDefinition,
  errors: TFieldErrors,
  base: string,
  productId: string | null,
) {
  const names = [...new Set(policy.stages.flatMap((s) => (s.approverGroup ? [s.approverGroup] : [])))];
  const groups = await db.group.findMany({
    where: { name: { in: names } },
    select: { name: true, roles: true },
  });
  policy.stages.forEach((stage, i) => {
    if (!stage.approverGroup) return;
    const group = groups.find((g) => g.name === stage.approverGroup);
    if (!group) {
      addFieldError(
        errors,
        `${base}.stages.${i}.approverGroup`,
        `there is no group named ${stage.approverGroup}`,
      );
    } else if (!group.roles.includes("APPROVER") && !group.roles.includes("ADMIN")) {
      addFieldError(
        errors,
        `${base}.stages.${i}.approverGroup`,
        `${stage.approverGroup} has neither the approver nor the admin role, so its members cannot approve`,
      );
    }
  });
  const parameters = policy.autoApprove?.parameters ?? [];
  if (productId && parameters.length > 0) {
    const templates = await activeTemplates(db, productId);
    parameters.forEach((p, i) => {
      if (!templates.some((t) => templateParameters(t.template)[p.parameter])) {
        addFieldError(
          errors,
          `${base}.autoApprove.parameters.${i}.parameter`,
          `${p.parameter} is not a parameter of any active version`,
        );
      }
    });
  }
}

async function activeTemplates(
  db: TReader,
  productId: string,
): Promise<{ label: string; template: TTemplate }[]> {
  const versions = await db.productVersion.findMany({
    where: { productId, status: "ACTIVE" },
    orderBy: { createdAt: "asc" },
    select: { label: true, templateSource: true },
  });
  return Promise.all(
    versions.map(async (v) => ({ label: v.label, template: await storedTemplate(v.templateSource) })),
  );
}

/**
 * A parameter must exist in at least one active version; where a version
 * lists AllowedValues, the constraint may only narrow them, and it must leave
 * the parameter at least one value the template accepts.
 */
function checkParameterValues(
  definition: TParameterValuesDefinition,
  templates: { label: string; template: TTemplate }[],
  errors: TFieldErrors,
) {
  definition.parameters.forEach((constraint, i) => {
    const base = `definition.parameters.${i}`;
    const holders = templates.filter((t) => templateParameters(t.template)[constraint.parameter]);
    if (holders.length === 0) {
      addFieldError(
        errors,
        `${base}.parameter`,
        `${constraint.parameter} is not a parameter of any active version`,
      );
      return;
    }
    for (const { label, template } of holders) {
      const allowed = templateParameters(template)[constraint.parameter]?.["AllowedValues"];
      if (constraint.allowedValues && Array.isArray(allowed)) {
        const permitted = new Set(allowed.map(String));
        const outside = constraint.allowedValues.filter((v) => !permitted.has(v));
        if (outside.length > 0) {
          addFieldError(
            errors,
            `${base}.allowedValues`,
            `${outside.join(", ")} not among the AllowedValues of ${constraint.parameter} in version ${label} (constraints only narrow)`,
          );
          continue;
        }
      }
      const model = buildFormModel(template, { constraints: [constraint] });
      const emptied = model.ok && model.value.warnings.some((w) => w.path[1] === constraint.parameter);
      if (emptied) {
        addFieldError(
          errors,
          `${base}.allowedValues`,
          `leaves no value of ${constraint.parameter} that version ${label} accepts`,
        );
      }
    }
  });
}

/** Rules are evaluated against each active version's defaults; only malformed rules are refused here. */
function checkTemplateRules(
  definition: TTemplateRulesDefinition,
  templates: { label: string; template: TTemplate }[],
  errors: TFieldErrors,
) {
  const rules = definition.rules as unknown as TJsonObject;
  for (const { label, template } of templates) {
    for (const finding of evaluateRules(rules, {}, template)) {
      if (finding.id === "SV-RULE-INVALID") {
        addFieldError(errors, `definition.rules.${finding.rule}`, `${finding.message} (version ${label})`);
      }
    }
  }
}
