/**
 * The one place the API talks to the CloudFormation engine: parse, validate
 * and describe template sources, and rebuild form models from stored
 * versions. Nothing here touches the database; large sources are analysed on
 * worker threads (engine-pool.ts).
 */
import { createHash } from "node:crypto";
import {
  analyzeSource,
  buildFormModel,
  buildResourceGraph,
  estimateMonthlyCost,
  MAX_TEMPLATE_BYTES,
  parseTemplate,
  type TFinding,
  type TFormModel,
  type TJsonObject,
  type TParameterConstraint,
  type TSourceReport,
  type TTemplate,
} from "@stackvend/cfn";
import { AppError } from "../../errors/app-error.ts";
import { parseOnWorker, pooled, reportTemplateSource } from "./engine-pool.ts";

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

export type TTemplateReport = Omit<TTemplateAnalysis, "template"> & Pick<TSourceReport, "graph" | "cost">;

/** Findings as the API lists them: each once, by line and column. */
function findingViews(raw: TFinding[]): TFindingView[] {
  const seen = new Set<string>();
  return raw
    .map(toFindingView)
    .filter((f) => {
      const key = `${f.id}|${f.path}|${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function toReport(source: string, report: TSourceReport): TTemplateReport {
  const findings = findingViews(report.findings);
  return {
    format: report.format ? (report.format === "json" ? "JSON" : "YAML") : formatOf(undefined, source),
    digest: sha256Hex(source),
    findings,
    errorCount: findings.filter((f) => f.severity === "error").length,
    formModel: report.formModel,
    graph: report.graph,
    cost: report.cost,
  };
}

/**
 * Parses, validates and builds the form model of an uploaded source, in this
 * thread (the parsed template comes back too). Parse errors and parameter
 * definition errors come back as findings, never as exceptions.
 */
export function analyzeTemplateSource(source: string): TTemplateAnalysis {
  const { template, ...report } = analyzeSource(source, { maxBytes: MAX_TEMPLATE_BYTES });
  const { graph: _graph, cost: _cost, ...analysis } = toReport(source, report);
  return template ? { ...analysis, template } : analysis;
}

/**
 * The same analysis as plain data, with the diagram and cost when `describe`;
 * a large source is analysed on a worker thread (services/shared/engine-pool.ts)
 * so the event loop stays free for other callers.
 */
export async function reportTemplate(source: string, options: { describe?: boolean } = {}) {
  return toReport(
    source,
    await reportTemplateSource(source, { maxBytes: MAX_TEMPLATE_BYTES, describe: options.describe }),
  );
}

/**
 * A bounded most-recently-used cache keyed by template source. Published
 * sources never change, so what the engine derives from one can be kept; the
 * budget counts source bytes, so a few large templates cannot hold much memory.
 */
function sourceCache<V>(budgetBytes: number) {
  const entries = new Map<string, V>();
  let bytes = 0;
  const forget = (source: string) => {
    if (entries.delete(source)) bytes -= source.length;
  };
  const lookup = (source: string, make: () => V): V => {
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
  return Object.assign(lookup, { forget, peek: (source: string) => entries.get(source) });
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

const parsing = new Map<string, Promise<TTemplate>>();

/**
 * A stored source, parsed once per process (a bounded cache). A stored
 * version's source was accepted when published, so failing to parse it now
 * is a server fault. A large one is parsed on a worker thread, so the first
 * order of a 1 MB product after a restart holds no other caller; callers
 * arriving meanwhile wait for that one parse.
 */
export async function storedTemplate(source: string): Promise<TTemplate> {
  if (!pooled(source) || storedTemplates.peek(source))
    return storedTemplates(source, () => parseInline(source));
  let pending = parsing.get(source);
  if (!pending) {
    pending = parseOnWorker(source)
      .then((template) => storedTemplates(source, () => deepFreeze(template)))
      .finally(() => parsing.delete(source));
    parsing.set(source, pending);
  }
  return pending;
}

function parseInline(source: string): TTemplate {
  const parsed = parseTemplate(source, { maxBytes: MAX_TEMPLATE_BYTES });
  if (!parsed.ok) throw new AppError("INTERNAL", "A published template no longer parses");
  return deepFreeze(parsed.value);
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

const storedDescriptions = sourceCache<Promise<TStoredDescription>>(16 * MAX_TEMPLATE_BYTES);

export type TStoredDescription = ReturnType<typeof describeTemplate> & { formModel: TFormModel };

/**
 * What a product page shows of a stored version (form model without
 * constraints, diagram, cost), computed once per source; on a worker thread
 * when the source is large. A failed computation is not kept.
 */
export function describeStoredTemplate(source: string): Promise<TStoredDescription> {
  const pending = storedDescriptions(source, async () => {
    const report = await reportTemplateSource(source, { maxBytes: MAX_TEMPLATE_BYTES, describe: true });
    if (!report.format) throw new AppError("INTERNAL", "A published template no longer parses");
    if (!report.formModel || !report.graph || !report.cost) {
      throw new AppError("INTERNAL", "A published template no longer has a valid form model");
    }
    return deepFreeze({ graph: report.graph, cost: report.cost, formModel: report.formModel });
  });
  pending.catch(() => storedDescriptions.forget(source));
  return pending;
}
