/** GetAtt must name a resource of this template and an attribute its type exposes. */
import type { TCheck, TDraft } from "../context.ts";
import { attributeProblem } from "../targets.ts";

export const getAttTargets: TCheck = {
  id: "SV-E1010",
  cfnLintRule: "E1010",
  description: "GetAtt targets an existing resource and one of its attributes",
  source:
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-getatt.html",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    for (const ref of ctx.references) {
      if (ref.kind !== "getatt") continue;
      const problem = attributeProblem(
        ctx,
        ref.target,
        ref.dynamicAttribute ? undefined : (ref.attribute ?? ""),
      );
      if (problem)
        out.push({ path: ref.path, message: `GetAtt ${ref.target}.${ref.attribute ?? "?"}: ${problem}` });
    }
    return out;
  },
};
