/**
 * Macros other than the two AWS-managed transforms this validator understands
 * rewrite the template in ways it cannot see, so the remaining findings may be
 * incomplete or wrong; say so instead of staying silent.
 */
import { LANGUAGE_EXTENSIONS, SAM_TRANSFORM, transformNames, type TCheck, type TDraft } from "../context.ts";

const KNOWN = new Set([
  SAM_TRANSFORM,
  LANGUAGE_EXTENSIONS,
  "AWS::Include",
  "AWS::CodeDeployBlueGreen",
  "AWS::SecretsManager-2020-07-23",
]);

export const unknownTransform: TCheck = {
  id: "SV-W1005",
  cfnLintRule: "E1005",
  description:
    "Transform names a macro this validator cannot expand; findings may not reflect the processed template",
  source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-macros.html",
  severity: "warning",
  run(ctx) {
    const out: TDraft[] = [];
    const value = ctx.body.Transform;
    const names = transformNames(value);
    names.forEach((name, i) => {
      if (KNOWN.has(name)) return;
      out.push({
        path: Array.isArray(value) ? ["Transform", i] : ["Transform"],
        message: `Transform '${name}' is a macro that is not checked; the processed template may differ`,
      });
    });
    return out;
  },
};
