import type { TFinding, TPath, TPosition } from "../model.ts";

/** Parse problems are always fatal, so they are errors; cfn-lint reports the same class as E0000. */
export function parseFinding(id: string, message: string, path: TPath, position?: TPosition): TFinding {
  return { id, severity: "error", message, path, ...(position ? { position } : {}), cfnLintRule: "E0000" };
}

/** Thrown inside the parsers to stop at the first fatal problem; caught before the package boundary. */
export class ParseAbort extends Error {
  constructor(readonly finding: TFinding) {
    super(finding.message);
  }
}
