/**
 * A parameter nothing refers to still appears on the order form, where it
 * asks requesters for a value that changes nothing.
 */
import { collectReferences } from "../../graph/references.ts";
import type { TCheck, TDraft } from "../context.ts";

/** Sections whose references can use a parameter (Metadata's Interface only labels them). */
const USING_SECTIONS = ["Resources", "Outputs", "Conditions", "Rules", "Globals", "Mappings"];

export const parametersUsed: TCheck = {
  id: "SV-W2001",
  cfnLintRule: "W2001",
  description: "Every parameter is used by a Ref or Fn::Sub",
  source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html",
  severity: "warning",
  run(ctx) {
    if (ctx.parameters.size === 0) return [];
    const used = new Set<string>();
    for (const section of USING_SECTIONS) {
      for (const ref of collectReferences(ctx.body[section], [section])) used.add(ref.target);
    }
    const out: TDraft[] = [];
    for (const name of ctx.parameters.keys()) {
      if (!used.has(name))
        out.push({ path: ["Parameters", name], message: `Parameter '${name}' is not used` });
    }
    return out;
  },
};
