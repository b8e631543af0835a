/** Top-level sections: only known keys, a non-empty Resources, the one valid format version. */
import { isObject } from "../../graph/references.ts";
import type { TCheck, TDraft } from "../context.ts";

const SECTIONS = new Set([
  "AWSTemplateFormatVersion",
  "Description",
  "Metadata",
  "Parameters",
  "Rules",
  "Mappings",
  "Conditions",
  "Transform",
  "Resources",
  "Outputs",
  "Hooks",
]);

export const templateSections: TCheck = {
  id: "SV-E1001",
  cfnLintRule: "E1001",
  description:
    "Template has only known top-level sections, a non-empty Resources section and a valid format version",
  source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    for (const key of Object.keys(ctx.body)) {
      // SAM's Globals section is consumed by the transform before CloudFormation sees the template.
      if (SECTIONS.has(key) || (key === "Globals" && ctx.transforms.sam)) continue;
      out.push({ path: [key], message: `Unknown top-level section '${key}'` });
    }
    const version = ctx.body.AWSTemplateFormatVersion;
    if (version !== undefined && version !== "2010-09-09") {
      out.push({
        path: ["AWSTemplateFormatVersion"],
        message: `AWSTemplateFormatVersion must be '2010-09-09', got ${JSON.stringify(version)}`,
      });
    }
    const description = ctx.body.Description;
    if (description !== undefined && typeof description !== "string") {
      out.push({ path: ["Description"], message: "Description must be a string" });
    }
    const resources = ctx.body.Resources;
    if (resources === undefined) out.push({ path: [], message: "Template has no Resources section" });
    else if (!isObject(resources))
      out.push({ path: ["Resources"], message: "Resources must be a mapping of logical ids to resources" });
    else if (Object.keys(resources).length === 0)
      out.push({ path: ["Resources"], message: "Resources must declare at least one resource" });
    for (const section of ["Parameters", "Mappings", "Conditions", "Outputs", "Metadata", "Rules"]) {
      const v = ctx.body[section];
      if (v !== undefined && !isObject(v))
        out.push({ path: [section], message: `${section} must be a mapping` });
    }
    return out;
  },
};
