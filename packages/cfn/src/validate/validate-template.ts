/**
 * Validation entry point: runs every registered check over one template and
 * returns findings as data, each stamped with its check's id, severity and
 * source position.
 */
import type { TFinding, TTemplate } from "../model.ts";
import { CHECKS } from "./checks/registry.ts";
import { buildContext, checkFinding, type TCheck, type TCheckContext, type TDraft } from "./context.ts";
import { loadSpec, type TSpec } from "./spec.ts";

export interface TValidateOptions {
  /** Resource specification to check against; defaults to the bundled AWS spec (loaded once, Node only). */
  spec?: TSpec;
  /** Checks to run; defaults to all. */
  checks?: readonly TCheck[];
}

export const CHECK_FAILURE_ID = "SV-W0002";

export function validateTemplate(template: TTemplate, options: TValidateOptions = {}): TFinding[] {
  const ctx = buildContext(template, options.spec ?? loadSpec());
  const findings: TFinding[] = [];
  for (const check of options.checks ?? CHECKS) {
    const drafts = runCheck(check, ctx);
    if (!drafts) {
      findings.push({
        id: CHECK_FAILURE_ID,
        severity: "warning",
        message: `Check ${check.id} could not run on this template; its problems are not reported`,
        path: [],
        cfnLintRule: "E0002",
      });
      continue;
    }
    for (const draft of drafts) findings.push(checkFinding(check, draft, template));
  }
  return findings.sort(byPosition);
}

/**
 * A check that throws on some unforeseen template shape must not take the
 * others down with it (uploads are untrusted): undefined tells the caller to
 * report that this check did not run, as cfn-lint does with E0002.
 */
function runCheck(check: TCheck, ctx: TCheckContext): TDraft[] | undefined {
  try {
    return check.run(ctx);
  } catch {
    return undefined;
  }
}

/** Source order, like a linter; findings without a position keep their check order at the end. */
function byPosition(a: TFinding, b: TFinding): number {
  if (!a.position || !b.position) return a.position ? -1 : b.position ? 1 : 0;
  return a.position.line - b.position.line || a.position.column - b.position.column;
}
