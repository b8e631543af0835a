/**
 * The one in-memory shape every part of the engine works on: a CloudFormation
 * template in long form (`{ "Fn::GetAtt": ["A", "B"] }`, never `!GetAtt A.B`),
 * as plain JSON data, plus where each node came from in the source text.
 */

/** Any JSON value: what a template node can be once parsed. */
export type TJson = null | boolean | number | string | TJson[] | { [key: string]: TJson };

export type TJsonObject = { [key: string]: TJson };

/** 1-based line and column in the source text. */
export interface TPosition {
  line: number;
  column: number;
}

/** A path into the template, e.g. ["Resources", "WebServer", "Properties", "ImageId"]. */
export type TPath = (string | number)[];

export type TSourceFormat = "yaml" | "json";

/** A parsed template: long-form data plus a lookup from path to source position. */
export interface TTemplate {
  /** The template body, long form. */
  body: TJsonObject;
  format: TSourceFormat;
  /** Source position of the node at `path` (or its nearest ancestor); undefined for synthetic templates. */
  positionOf(path: TPath): TPosition | undefined;
}

export type TSeverity = "error" | "warning" | "info";

/** A problem found in a template or in input values; returned as data, never thrown. */
export interface TFinding {
  /** Stable id, e.g. "E3002"-like ids of our own: "SV-E3002". */
  id: string;
  severity: TSeverity;
  message: string;
  path: TPath;
  position?: TPosition;
  /** The cfn-lint rule this corresponds to, e.g. "E3002", when there is one. */
  cfnLintRule?: string;
}

/** Results instead of exceptions across the package boundary. */
export type TResult<T, E = TFinding[]> = { ok: true; value: T } | { ok: false; errors: E };
