/**
 * A rough monthly cost estimate for a template, from a bundled us-east-1
 * price table. It prices what a template fixes (instance types, sizes,
 * hours) and lists what it cannot (usage-based services, unknown values).
 */
import type { TJson, TTemplate } from "../model.ts";
import { isObject, own } from "../graph/references.ts";
import { ESTIMATORS } from "./estimators.ts";
import { NO_CHARGE, PRICE_DATE, PRICE_REGION, USAGE_BASED } from "./prices.ts";
import { envOf, evaluateCondition } from "./resolve.ts";

export interface TCostItem {
  resource: string;
  type: string;
  monthly: number;
  basis: string;
}

export interface TNotEstimated {
  resource: string;
  type: string;
  /**
   * `not-created`: its condition is false; `usage-based`: priced by use, which
   * no estimate includes; `unpriced`: it costs something the estimate cannot
   * tell, so the total is a lower bound.
   */
  kind: "not-created" | "usage-based" | "unpriced";
  reason: string;
}

export interface TCostEstimate {
  currency: "USD";
  region: string;
  priceDate: string;
  items: TCostItem[];
  notEstimated: TNotEstimated[];
  totalMonthly: number;
  /** False when some resource's cost is unknown (`unpriced`): then the total is not an estimate of the bill. */
  complete: boolean;
  disclaimer: string;
}

export const COST_DISCLAIMER =
  `Estimate only: approximate on-demand list prices for ${PRICE_REGION} as of ${PRICE_DATE}, ` +
  "730 hours a month, before free tier, discounts and taxes; usage-based charges (requests, data transfer, storage growth) are not included. " +
  "Your bill will differ.";

/** Cents, so totals add up the way they are displayed. */
function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export function estimateMonthlyCost(
  template: TTemplate,
  values: Readonly<Record<string, TJson>> = {},
): TCostEstimate {
  const env = envOf(template.body, values, PRICE_REGION);
  const items: TCostItem[] = [];
  const notEstimated: TNotEstimated[] = [];
  for (const [resource, r] of Object.entries(env.resources)) {
    if (!isObject(r) || typeof r.Type !== "string") continue;
    const type = r.Type;
    const condition = typeof r.Condition === "string" ? r.Condition : undefined;
    const holds = condition ? evaluateCondition(condition, env) : true;
    if (holds === false) {
      notEstimated.push({
        resource,
        type,
        kind: "not-created",
        reason: `not created: condition '${condition}' is false for these values`,
      });
      continue;
    }
    const estimator = own(ESTIMATORS, type);
    if (estimator) {
      const est = estimator(isObject(r.Properties) ? r.Properties : {}, env);
      if ("monthly" in est) {
        const note = holds === undefined ? ` (only if condition '${condition}' holds)` : "";
        items.push({ resource, type, monthly: round(est.monthly), basis: est.basis + note });
      } else {
        notEstimated.push({
          resource,
          type,
          kind: est.reason.startsWith("usage-based") ? "usage-based" : "unpriced",
          reason: est.reason,
        });
      }
    } else if (NO_CHARGE.has(type)) {
      items.push({ resource, type, monthly: 0, basis: "no charge for this resource type" });
    } else if (USAGE_BASED.has(type)) {
      notEstimated.push({ resource, type, kind: "usage-based", reason: "usage-based: not estimated" });
    } else if (type.startsWith("Custom::") || type === "AWS::CloudFormation::CustomResource") {
      notEstimated.push({
        resource,
        type,
        kind: "unpriced",
        reason: "custom resource: cost depends on what its provider does",
      });
    } else {
      notEstimated.push({
        resource,
        type,
        kind: "unpriced",
        reason: "no price for this resource type in the bundled table",
      });
    }
  }
  return {
    currency: "USD",
    region: PRICE_REGION,
    priceDate: PRICE_DATE,
    items,
    notEstimated,
    totalMonthly: round(items.reduce((sum, i) => sum + i.monthly, 0)),
    complete: notEstimated.every((n) => n.kind !== "unpriced"),
    disclaimer: COST_DISCLAIMER,
  };
}
