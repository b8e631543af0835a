/** Parameter Type is one CloudFormation knows: basic, AWS-specific, List<…> or SSM parameter types. */
import { parameterTypeProblem } from "../../parameters/parameter-type.ts";
import type { TCheck, TDraft } from "../context.ts";

export const parametersType: TCheck = {
  id: "SV-E2002",
  cfnLintRule: "E2002",
  description: "Parameter types are valid CloudFormation parameter types",
  source:
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html#parameters-section-structure-properties-type",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    for (const [name, p] of ctx.parameters) {
      // A missing Type is SV-E2001's to report.
      if (p.Type === undefined) continue;
      const message = parameterTypeProblem(name, p.Type);
      if (message !== undefined) out.push({ path: ["Parameters", name, "Type"], message });
    }
    return out;
  },
};
