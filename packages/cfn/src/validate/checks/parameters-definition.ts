/**
 * Parameter definitions a form can offer: AllowedValues are values, and so is
 * the Default. CloudFormation's own shape rules are SV-E2001 and SV-E2002.
 */
import { parameterDefinitionProblems } from "../../parameters/read-parameter.ts";
import type { TCheck, TDraft } from "../context.ts";

export const parametersDefinition: TCheck = {
  id: "SV-PARAM-DEFINITION",
  cfnLintRule: "E2001",
  description: "Parameter AllowedValues items and Default are plain values that an order form can offer",
  source:
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html#parameters-section-structure-properties",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    for (const [name, p] of ctx.parameters) out.push(...parameterDefinitionProblems(name, p));
    return out;
  },
};
