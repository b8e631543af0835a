/**
 * The one place the API talks to the CloudFormation engine: parse, validate
 * and describe template sources, and rebuild form models from stored
 * versions. Everything here is pure; callers own the database side.
 */
import { createHash } from "node:crypto";
import {
  buildFormModel,
  buildResourceGraph,
  estimateMonthlyCost,
  MAX_TEMPLATE_BYTES,
  parseTemplate,
  validateTemplate,
  type TFinding,
  type TFormModel,
  type TJsonObject,
  type TParameterConstraint,
  type TTemplate,
} from "@stackvend/cfn";
import { AppError } from "../../errors/app-error.ts";

export type TTemplateFormat = "YAML" | "JSON";

/** A finding as the API returns it: a readable path and a 1-based line:column when the source has one. */
export interface TFindingView {
  id: string;
  severity: TFinding["severity"];
  message: string;
  path: string;
  line?: number;
  column?: number;
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function toFindingView(finding: TFinding): TFindingView {
  return {
    id: finding.id,
    severity: finding.severity,
    message: finding.message,
    path: finding.path.join("."),
    ...(finding.position ? { line: finding.position.line, column: finding.position.column } : {}),
  };
}

/** "3:7 SV-E3002 message" — what a field error under `source` says about a finding. */
export function describeFinding(finding: TFindingView): string {
  const where = finding.line !== undefined ? `${finding.line}:${finding.column ?? 1} ` : "";
  return `${where}${finding.id} ${finding.message}`;
}

function formatOf(template: TTemplate | undefined, source: string): TTemplateFormat {
  if (template) return template.format === "json" ? "JSON" : "YAML";
  return /^\s*\{/.test(source.replace(/^\uFEFF/, "")) ? "JSON" : "YAML";
}

export interface TTemplateAnalysis {
  format: TTemplateFormat;
  digest: string;
  findings: TFindingView[];
  errorCount: number;
  template?: TTemplate;
  formModel: TFormModel | null;
}

/**
 * Parses, validates and builds the form model of an uploaded source. Parse
 * errors and parameter definition errors come back as findings, never as
 * exceptions, so an admin sees every problem with its line and column.
 */
export function analyzeTemplateSource(source: string): TTemplateAnalysis {
  const digest = sha256Hex(source);
  const parsed = parseTemplate(source, { maxBytes: MAX_TEMPLATE_BYTES });
  if (!parsed.ok) {
    const findings = parsed.errors.map(toFindingView);
    return {
      format: formatOf(undefined, source),
      digest,
      findings,
      errorCount: findings.length,
      formModel: null,
    };
  }
  const template = parsed.value;
  const raw: TFinding[] = [...validateTemplate(template)];
  const model = buildFormModel(template);
  if (!model.ok) raw.push(...model.errors);
  else raw.push(...model.value.warnings);
  const seen = new Set<string>();
  const findings = raw
    .map(toFindingView)
    .filter((f) => {
      const key = `${f.id}|${f.path}|${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return {
    format: formatOf(template, source),
    digest,
    findings,
    errorCount: findings.filter((f) => f.severity === "error").length,
    template,
    formModel: model.ok ? model.value : null,
  };
}

/**
 * A bounded most-recently-used cache keyed by template source. Published
 * sources never change, so what the engine derives from one can be kept; the
 * budget counts source bytes, so a few large templates cannot hold much memory.
 */
function sourceCache<V>(budgetBytes: number) {
  const entries = new Map<string, V>();
  let bytes = 0;
  return (source: string, make: () => V): V => {
    const hit = entries.get(source);
    if (hit !== undefined) {
      entries.delete(source);
      entries.set(source, hit);
      return hit;
    }
    const value = make();
    entries.set(source, value);
    bytes += source.length;
    for (const oldest of entries.keys()) {
      if (bytes <= budgetBytes || oldest === source) break;
      entries.delete(oldest);
      bytes -= oldest.length;
    }
    return value;
  };
}

/** Shared between requests, so frozen: a caller that tried to change it would fail loudly. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const storedTemplates = sourceCache<TTemplate>(16 * MAX_TEMPLATE_BYTES);

/** A stored version's source was accepted when published, so failing to parse it now is a server fault. */
export function parseStoredTemplate(source: string): TTemplate {
  return storedTemplates(source, () => {
    const parsed = parseTemplate(source, { maxBytes: MAX_TEMPLATE_BYTES });
    if (!parsed.ok) throw new AppError("INTERNAL", "A published template no longer parses");
    return deepFreeze(parsed.value);
  });
}

/** The form model of a stored version under a portfolio's constraints, rebuilt on the server. */
export function buildOrderFormModel(
  template: TTemplate,
  options: { constraints?: TParameterConstraint[]; rules?: TJsonObject } = {},
): TFormModel {
  const model = buildFormModel(template, options);
  if (!model.ok) throw new AppError("INTERNAL", "A published template no longer has a valid form model");
  return model.value;
}

/** The template's Parameters section as data (name → definition). */
export function templateParameters(template: TTemplate): Record<string, TJsonObject> {
  const parameters = template.body["Parameters"];
  if (!parameters || typeof parameters !== "object" || Array.isArray(parameters)) return {};
  const out: Record<string, TJsonObject> = {};
  for (const [name, definition] of Object.entries(parameters)) {
    if (definition && typeof definition === "object" && !Array.isArray(definition)) out[name] = definition;
  }
  return out;
}

/** NoEcho parameters: their values are supplied at deploy time and never stored. */
export function secretParameterNames(template: TTemplate): string[] {
  return Object.entries(templateParameters(template))
    .filter(([, d]) => d["NoEcho"] === true || d["NoEcho"] === "true")
    .map(([name]) => name);
}

/** Resource diagram and rough monthly cost of a parsed template (with the order's values when known). */
export function describeTemplate(template: TTemplate, values: Record<string, string | string[]> = {}) {
  return {
    graph: buildResourceGraph(template, { includeParameters: true }),
    cost: estimateMonthlyCost(template, values),
  };
}

const storedDescriptions = sourceCache<TStoredDescription>(16 * MAX_TEMPLATE_BYTES);

export type TStoredDescription = ReturnType<typeof describeTemplate> & { formModel: TFormModel };

/** What a product page shows of a stored version (form model without constraints, diagram, cost), computed once. */
export function describeStoredTemplate(source: string): TStoredDescription {
  return storedDescriptions(source, () => {
    const template = parseStoredTemplate(source);
    return deepFreeze({ ...describeTemplate(template), formModel: buildOrderFormModel(template) });
  });
}
