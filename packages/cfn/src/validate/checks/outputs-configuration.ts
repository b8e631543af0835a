/** Outputs use only known keys, and an Export has a Name. */
import { isObject } from "../../graph/references.ts";
import type { TCheck, TDraft } from "../context.ts";

const KEYS = new Set(["Value", "Description", "Export", "Condition"]);

export const outputsConfiguration: TCheck = {
  id: "SV-E6001",
  cfnLintRule: "E6001",
  description: "Outputs have only Value, Description, Export and Condition; Export has a Name",
  source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/outputs-section-structure.html",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    for (const [name, output] of ctx.outputs) {
      const path = ["Outputs", name];
      if (!isObject(output)) {
        out.push({ path, message: `Output '${name}' must be a mapping with a Value` });
        continue;
      }
      for (const key of Object.keys(output)) {
        if (!KEYS.has(key))
          out.push({ path: [...path, key], message: `Unknown key '${key}' in output '${name}'` });
      }
      const exp = output.Export;
      if (exp === undefined) continue;
      if (isObject(exp)) {
        for (const key of Object.keys(exp)) {
          if (key !== "Name")
            out.push({
              path: [...path, "Export", key],
              message: `Unknown key '${key}' in Export of output '${name}'`,
            });
        }
      }
      if (!isObject(exp) || exp.Name === undefined)
        out.push({ path: [...path, "Export"], message: `Export of output '${name}' needs a Name` });
      else if (Array.isArray(exp.Name) || (isObject(exp.Name) && Object.keys(exp.Name).length !== 1)) {
        out.push({
          path: [...path, "Export", "Name"],
          message: `Export Name of output '${name}' must be a string`,
        });
      }
    }
    return out;
  },
};
