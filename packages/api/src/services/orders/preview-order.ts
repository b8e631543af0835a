import { renderStoredTemplate } from "../shared/engine-pool.ts";
import { estimateMonthlyCost, evaluateRulesForFields } from "@stackvend/cfn";
import type { TDb } from "@stackvend/db";
import { sha256Hex, toFindingView } from "../shared/template-engine.ts";
import type { TCaller } from "../shared/caller.ts";
import { loadChangeBase } from "../provisioned/change-base.ts";
import { requestChange } from "../provisioned/request-change.ts";
import { loadOrderContext } from "./load-order-context.ts";
import { orderFieldErrors, withoutSecrets, type TOrderInput } from "./validate-order.ts";

/**
 * The rendered template an order would produce, with every problem the
 * submit check would find. Writes nothing. Secrets are checked but never
 * rendered: NoEcho parameters are supplied at deploy time.
 */
export async function previewOrder(
  db: TDb,
  caller: TCaller,
  input: TOrderInput & { portfolioId: string; productVersionId: string; requestId?: string | undefined },
) {
  // An update's draft: compared with what is deployed, and allowed to stay on the version it runs.
  const base = await loadChangeBase(db, caller, input.requestId);
  const ctx = await loadOrderContext(db, caller, { ...input, keepVersionId: base.keepVersionId });
  const fieldErrors = orderFieldErrors(ctx, input, "complete");
  const values = withoutSecrets(input.values, ctx.secretParameters);
  const ruleFindings = ctx.formModel.rules
    ? evaluateRulesForFields(ctx.formModel.rules, input.values, ctx.formModel.fields).map(toFindingView)
    : [];
  const rendered = await renderStoredTemplate(ctx.templateSource, ctx.template, {
    values,
    tags: input.tags,
    ...(input.stackName ? { stackName: input.stackName } : {}),
    provenance: {
      product: ctx.product.slug,
      productVersion: ctx.version.label,
      versionDigest: ctx.version.digest,
    },
    constraints: ctx.constraints.parameterConstraints,
    ...(ctx.constraints.rules ? { rules: ctx.constraints.rules } : {}),
  });
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  const change =
    rendered.ok && base.kind === "UPDATE"
      ? await requestChange(
          db,
          {
            kind: "UPDATE",
            provisionedProductId: base.provisionedProductId,
            values,
            secretParameters: ctx.secretParameters,
          },
          rendered.value.yaml,
        )
      : null;
  return {
    valid: !hasFieldErrors && rendered.ok,
    fieldErrors,
    // Render errors repeat the field errors when there are any; they add something only when there are none.
    findings: [...ruleFindings, ...(rendered.ok || hasFieldErrors ? [] : rendered.errors.map(toFindingView))],
    rendered: rendered.ok ? { yaml: rendered.value.yaml, sha256: sha256Hex(rendered.value.yaml) } : null,
    // The diagram does not change with the values: the order page has it from the product already.
    cost: estimateMonthlyCost(ctx.template, values),
    change,
  };
}
