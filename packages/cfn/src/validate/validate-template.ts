/**
 * Validation entry point: runs every registered check over one template and
 * returns findings as data, each stamped with its check's id, severity and
 * source position.
 */
import type { TFinding, TTemplate } from "../model.ts";
import { CHECKS } from "./checks/registry.ts";
import { buildContext, type TCheck } from "./context.ts";
import { loadSpec, type TSpec } from "./spec.ts";

export interface TValidateOptions {
  /** Resource specification to check against; defaults to the bundled AWS spec (loaded once, Node only). */
  spec?: TSpec;
  /** Checks to run; defaults to all. */
  checks?: readonly TCheck[];
}

export function validateTemplate(template: TTemplate, options: TValidateOptions = {}): TFinding[] {
  const ctx = buildContext(template, options.spec ?? loadSpec());
  const findings: TFinding[] = [];
  for (const check of options.checks ?? CHECKS) {
    for (const draft of check.run(ctx)) {
      const position = template.positionOf(draft.path);
      findings.push({
        id: check.id,
        severity: check.severity,
        message: draft.message,
        path: draft.path,
        ...(position ? { position } : {}),
        ...(check.cfnLintRule ? { cfnLintRule: check.cfnLintRule } : {}),
      });
    }
  }
  return findings.sort(byPosition);
}

/** Source order, like a linter; findings without a position keep their check order at the end. */
function byPosition(a: TFinding, b: TFinding): number {
  if (!a.position || !b.position) return a.position ? -1 : b.position ? 1 : 0;
  return a.position.line - b.position.line || a.position.column - b.position.column;
}
