/** Transform must be a name, a list of names, or `{ Name, Parameters }` objects. */
import { isObject } from "../../graph/references.ts";
import type { TCheck, TDraft } from "../context.ts";

export const transformConfiguration: TCheck = {
  id: "SV-E1005",
  cfnLintRule: "E1005",
  description: "Transform is a macro name, a list of macro names or {Name, Parameters} objects",
  source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/transform-section-structure.html",
  severity: "error",
  run(ctx) {
    const value = ctx.body.Transform;
    if (value === undefined) return [];
    const out: TDraft[] = [];
    const items = Array.isArray(value)
      ? value.map((v, i) => ({ v, path: ["Transform", i] }))
      : [{ v: value, path: ["Transform"] }];
    for (const { v, path } of items) {
      if (typeof v === "string") continue;
      if (isObject(v) && typeof v.Name === "string") continue;
      out.push({ path, message: "Transform entries must be a macro name or an object with a Name" });
    }
    return out;
  },
};
