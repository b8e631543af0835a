import { validateOrder, type TOrder, type TOrderValues } from "@stackvend/cfn";
import type { TFieldErrors } from "../../errors/app-error.ts";
import { addFieldError } from "../shared/field-errors.ts";
import type { TOrderContext } from "./load-order-context.ts";

export type { TOrderValues };
export type TOrderInput = Omit<TOrder, "justification">;

/**
 * The engine's order check (the same one the order form runs in the
 * browser) against the context rebuilt on the server, worded as the
 * field errors the API returns. NoEcho values are already hidden by the engine.
 */
export function orderFieldErrors(
  ctx: TOrderContext,
  order: TOrder,
  mode: "complete" | "draft",
): TFieldErrors {
  const errors: TFieldErrors = {};
  const issues = validateOrder(ctx.formModel, order, {
    mode,
    requiredTags: ctx.constraints.requiredTags,
    secretParameters: ctx.secretParameters,
  });
  for (const issue of issues) addFieldError(errors, issue.key, issue.message);
  return errors;
}

/** Values without NoEcho parameters: what may be stored, audited or rendered. */
export function withoutSecrets(values: TOrderValues, secretParameters: readonly string[]): TOrderValues {
  const secrets = new Set(secretParameters);
  return Object.fromEntries(Object.entries(values).filter(([name]) => !secrets.has(name)));
}
