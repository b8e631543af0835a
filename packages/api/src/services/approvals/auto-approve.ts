import type { TAutoApprove } from "./approval-policy.ts";

export interface TAutoApprovalInput {
  kind: "PROVISION" | "UPDATE" | "TERMINATE";
  /** The values the template will deploy with (stored values over Defaults); NoEcho values are unknown here. */
  values: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** Estimated USD a month, or null when the engine cannot estimate it completely. */
  monthlyCost: number | null;
}

/** What approved a request without a person: the conditions that held, kept with the request and its audit event. */
export interface TAutoApproval {
  kinds?: string[];
  parameters?: { parameter: string; values: string[] }[];
  maxMonthlyCost?: number;
  estimatedMonthlyCost?: number;
  /** One line for people: "kind is PROVISION; estimated $12.41/month ≤ $50.00". */
  reason: string;
}

const usd = (n: number) => `$${n.toFixed(2)}`;

/**
 * Whether a policy's auto-approval holds for a request, and why. Every
 * listed condition must hold; none listed means always. A list value passes
 * only when each item is allowed; a value nobody can see (NoEcho, or no
 * default) never passes, and neither does a cost the engine cannot estimate.
 */
export function evaluateAutoApproval(
  rule: TAutoApprove | undefined,
  input: TAutoApprovalInput,
): TAutoApproval | null {
  if (!rule) return null;
  const reasons: string[] = [];
  const result: TAutoApproval = { reason: "" };
  if (rule.kinds) {
    if (!rule.kinds.includes(input.kind)) return null;
    result.kinds = [...rule.kinds];
    reasons.push(`kind is ${input.kind}`);
  }
  if (rule.parameters) {
    for (const { parameter, values } of rule.parameters) {
      const value = input.values[parameter];
      const items = value === undefined ? [] : typeof value === "string" ? [value] : [...value];
      if (items.length === 0 || !items.every((item) => values.includes(item))) return null;
      reasons.push(`${parameter} is ${items.join(", ")}`);
    }
    result.parameters = rule.parameters.map((p) => ({ parameter: p.parameter, values: [...p.values] }));
  }
  if (rule.maxMonthlyCost !== undefined) {
    if (input.monthlyCost === null || input.monthlyCost > rule.maxMonthlyCost) return null;
    result.maxMonthlyCost = rule.maxMonthlyCost;
    result.estimatedMonthlyCost = input.monthlyCost;
    reasons.push(`estimated ${usd(input.monthlyCost)}/month ≤ ${usd(rule.maxMonthlyCost)}`);
  }
  result.reason = reasons.length > 0 ? reasons.join("; ") : "every request is auto-approved";
  return result;
}
