/** Ref must name a parameter, a resource or a pseudo parameter. */
import type { TCheck, TDraft } from "../context.ts";
import { isRefTarget } from "../targets.ts";

export const refTargets: TCheck = {
  id: "SV-E1020",
  cfnLintRule: "E1020",
  description: "Ref targets a parameter, a resource or a pseudo parameter",
  source:
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ref.html",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    for (const ref of ctx.references) {
      if (ref.kind !== "ref") continue;
      // Conditions are evaluated before any resource exists.
      if (ref.path[0] === "Conditions" && ctx.resources.has(ref.target)) {
        out.push({
          path: ref.path,
          message: `Condition '${String(ref.path[1])}' refers to resource '${ref.target}'; conditions can only use parameters and pseudo parameters`,
        });
        continue;
      }
      if (isRefTarget(ctx, ref.target)) continue;
      out.push({
        path: ref.path,
        message: `Ref to '${ref.target}', which is not a parameter, resource or pseudo parameter`,
      });
    }
    return out;
  },
};
