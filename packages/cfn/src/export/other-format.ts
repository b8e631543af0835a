import { emitJson } from "../emit/emit-json.ts";
import { emitYaml } from "../emit/emit-yaml.ts";
import type { TSourceFormat, TTemplate } from "../model.ts";

/**
 * The approved template in the format it was not approved in (YAML ⇄ JSON),
 * emitted from the same parsed model, so it deploys the same stack; its
 * bytes differ and carry their own digest.
 */
export function otherFormat(template: TTemplate): { format: TSourceFormat; text: string } {
  return template.format === "json"
    ? { format: "yaml", text: emitYaml(template.body) }
    : { format: "json", text: emitJson(template.body) };
}
