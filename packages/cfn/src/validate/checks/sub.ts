/** Every `${Name}` / `${Resource.Attr}` in Fn::Sub must resolve (escaped `${!X}` and the Sub's own variables aside). */
import type { TCheck, TDraft } from "../context.ts";
import { attributeProblem, isRefTarget } from "../targets.ts";

export const subVariables: TCheck = {
  id: "SV-E1019",
  cfnLintRule: "E1019",
  description:
    "Fn::Sub variables name parameters, resources, attributes, pseudo parameters or the Sub's own variables",
  source:
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-sub.html",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    for (const ref of ctx.references) {
      if (ref.kind !== "sub") continue;
      const shown = ref.attribute === undefined ? ref.target : `${ref.target}.${ref.attribute}`;
      if (ref.attribute === undefined) {
        if (!isRefTarget(ctx, ref.target)) {
          out.push({
            path: ref.path,
            message: `Fn::Sub variable '\${${shown}}' is not a parameter, resource, pseudo parameter or Sub variable`,
          });
        }
        continue;
      }
      const problem = attributeProblem(ctx, ref.target, ref.attribute);
      if (problem) out.push({ path: ref.path, message: `Fn::Sub variable '\${${shown}}': ${problem}` });
    }
    return out;
  },
};
