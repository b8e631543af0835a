import type enAdminCatalog from "../../../messages/en/admin-catalog.json";
import type { TApprovalPolicyDefinition } from "./types";

type TSummaryKey = keyof (typeof enAdminCatalog)["approvalSummary"];

/** `useTranslations("approvalSummary")`, `getTranslations(…)` or `createTranslator(…)` all fit. */
export type TSummaryTranslate = (key: TSummaryKey, values?: Record<string, string | number>) => string;

export interface TPolicySummary {
  /** "2 stages: 1 of Dev leads, then 2 of Security". */
  stages: string;
  /** One line per stage, in order: "Team lead: 1 of Dev leads". */
  stageLines: string[];
  /** When requests skip the stages, or null when none do. */
  autoApprove: string | null;
  /** Said whenever auto-approval depends on the cost estimate. */
  costNote: string | null;
  /** Expiry and reminders, or null when neither is set. */
  timing: string | null;
}

type TStage = TApprovalPolicyDefinition["stages"][number];

/**
 * The policy in words, the same on the admin's editors and the order form.
 * Pure: the caller passes its translator and locale (lists are joined with
 * the locale's "and" and "or"). Draft values the form has not validated yet
 * (an empty count) read as "?" rather than failing.
 */
export function summarizeApprovalPolicy(
  policy: TApprovalPolicyDefinition,
  t: TSummaryTranslate,
  locale: string,
): TPolicySummary {
  const or = new Intl.ListFormat(locale, { type: "disjunction" });
  const and = new Intl.ListFormat(locale, { type: "conjunction" });
  const parts = policy.stages.map((stage) => stageText(stage, t));
  const chain = parts.slice(1).reduce((text, next) => t("then", { first: text, next }), parts[0] ?? "");
  return {
    stages: t("stages", { count: policy.stages.length, stages: chain }),
    stageLines: policy.stages.map((stage, i) =>
      t("stageLine", { name: stage.name.trim() || t("unnamed", { position: i + 1 }), rule: parts[i] ?? "" }),
    ),
    autoApprove: autoApproveText(policy.autoApprove, t, or, and),
    costNote: policy.autoApprove?.maxMonthlyCost !== undefined ? t("costNote") : null,
    timing: timingText(policy, t),
  };
}

function stageText(stage: TStage, t: TSummaryTranslate): string {
  const group = stage.approverGroup?.trim();
  if (stage.required === "ALL") return group ? t("stageAll", { group }) : t("stageAny", { count: 1 });
  const count = Number.isInteger(stage.required) && stage.required > 0 ? stage.required : null;
  if (!group) return count === null ? t("stageAnyUnknown") : t("stageAny", { count });
  return t("stageGroup", { count: count ?? "?", group });
}

function autoApproveText(
  auto: TApprovalPolicyDefinition["autoApprove"],
  t: TSummaryTranslate,
  or: Intl.ListFormat,
  and: Intl.ListFormat,
): string | null {
  if (!auto) return null;
  const conditions: string[] = [];
  if (auto.kinds && auto.kinds.length > 0)
    conditions.push(t("whenKinds", { kinds: or.format(auto.kinds.map((kind) => t(`kind${kind}`))) }));
  for (const { parameter, values } of auto.parameters ?? []) {
    if (!parameter.trim() || values.length === 0) continue;
    conditions.push(t("whenParameter", { parameter, values: or.format(values), count: values.length }));
  }
  if (auto.maxMonthlyCost !== undefined && Number.isFinite(auto.maxMonthlyCost))
    conditions.push(t("whenCost", { cost: auto.maxMonthlyCost }));
  if (conditions.length === 0) return t("autoAlways");
  return t("autoWhen", { conditions: and.format(conditions) });
}

function timingText(policy: TApprovalPolicyDefinition, t: TSummaryTranslate): string | null {
  const sentences = [
    policy.expireAfterDays ? t("expires", { count: policy.expireAfterDays }) : null,
    policy.remindAfterHours ? t("reminds", { count: policy.remindAfterHours }) : null,
  ].filter((s): s is string => s !== null);
  return sentences.length > 0 ? sentences.join(" ") : null;
}

/** The built-in policy (one approval from any approver), its stage named in the reader's language. */
export function builtInPolicy(t: TSummaryTranslate): TApprovalPolicyDefinition {
  return { stages: [{ name: t("builtInStage"), required: 1 }] };
}
