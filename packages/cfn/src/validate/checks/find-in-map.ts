/** Fn::FindInMap with literal names must hit an existing map, top-level key and second-level key. */
import { isObject, own, visitIntrinsics } from "../../graph/references.ts";
import type { TPath } from "../../model.ts";
import type { TCheck, TDraft } from "../context.ts";

export const findInMap: TCheck = {
  id: "SV-E1011",
  cfnLintRule: "E1011",
  description: "Fn::FindInMap refers to an existing mapping and, when literal, existing keys",
  source:
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-findinmap.html",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    for (const section of ["Resources", "Outputs", "Conditions"] as const) {
      visitIntrinsics(ctx.body[section], [section], "Fn::FindInMap", (args, path) => {
        if (!Array.isArray(args) || args.length < 3 || args.length > 4) {
          out.push({ path, message: "Fn::FindInMap takes [MapName, TopLevelKey, SecondLevelKey]" });
          return;
        }
        // With a DefaultValue (AWS::LanguageExtensions) a missing key is the point.
        if (args.length === 4 && ctx.transforms.languageExtensions) return;
        const [mapName, top, second] = args;
        const at = (i: number): TPath => [...path, "Fn::FindInMap", i];
        if (typeof mapName !== "string") return;
        const map = own(ctx.mappings, mapName);
        if (!isObject(map)) {
          out.push({ path: at(0), message: `Fn::FindInMap: mapping '${mapName}' does not exist` });
          return;
        }
        if (typeof top !== "string") {
          // The top-level key is computed (often AWS::Region): the second key must exist under at least one entry.
          if (
            typeof second === "string" &&
            !Object.values(map).some((level) => isObject(level) && Object.hasOwn(level, second))
          ) {
            out.push({
              path: at(2),
              message: `Fn::FindInMap: no entry of mapping '${mapName}' has key '${second}'`,
            });
          }
          return;
        }
        const level = own(map, top);
        if (!isObject(level)) {
          out.push({ path: at(1), message: `Fn::FindInMap: mapping '${mapName}' has no key '${top}'` });
          return;
        }
        if (typeof second === "string" && !Object.hasOwn(level, second)) {
          out.push({ path: at(2), message: `Fn::FindInMap: '${mapName}.${top}' has no key '${second}'` });
        }
      });
    }
    return out;
  },
};
