import type { TJsonObject, TSourceFormat, TTemplate } from "./model.ts";

/** Wraps plain long-form data as a template with no source positions (synthetic or already-parsed JSON). */
export function templateFromBody(body: TJsonObject, format: TSourceFormat = "json"): TTemplate {
  return { body, format, positionOf: () => undefined };
}
