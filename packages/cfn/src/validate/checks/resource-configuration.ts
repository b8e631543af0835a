/** Each resource is an object with a string Type, known attributes and an object Properties. */
import { isObject } from "../../graph/references.ts";
import { isForEachKey, isTransformKey, type TCheck, type TDraft } from "../context.ts";

const ATTRIBUTES = new Set([
  "Type",
  "Properties",
  "DependsOn",
  "Condition",
  "Metadata",
  "DeletionPolicy",
  "UpdateReplacePolicy",
  "UpdatePolicy",
  "CreationPolicy",
  "Version",
]);

const LOGICAL_ID = /^[A-Za-z0-9]+$/;

export const resourceConfiguration: TCheck = {
  id: "SV-E3001",
  cfnLintRule: "E3001",
  description: "Resources have a Type, only known resource attributes and alphanumeric logical ids",
  source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    const section = ctx.body.Resources;
    if (!isObject(section)) return out;
    for (const [name, resource] of Object.entries(section)) {
      if ((isForEachKey(name) && ctx.transforms.languageExtensions) || isTransformKey(name)) continue;
      const path = ["Resources", name];
      if (!LOGICAL_ID.test(name))
        out.push({ path, message: `Logical id '${name}' must be alphanumeric (A-Za-z0-9)` });
      if (!isObject(resource)) {
        out.push({ path, message: `Resource '${name}' must be a mapping with a Type` });
        continue;
      }
      if (typeof resource.Type !== "string") out.push({ path, message: `Resource '${name}' has no Type` });
      for (const key of Object.keys(resource)) {
        if (!ATTRIBUTES.has(key))
          out.push({ path: [...path, key], message: `Unknown resource attribute '${key}' in '${name}'` });
      }
      const props = resource.Properties;
      if (props !== undefined && !isObject(props))
        out.push({ path: [...path, "Properties"], message: `Properties of '${name}' must be a mapping` });
    }
    return out;
  },
};
