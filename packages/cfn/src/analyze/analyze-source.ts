import { estimateMonthlyCost, type TCostEstimate } from "../cost/index.ts";
import { buildResourceGraph, type TResourceGraph } from "../graph/index.ts";
import type { TFinding, TSourceFormat, TTemplate } from "../model.ts";
import { buildFormModel, type TFormModel } from "../parameters/index.ts";
import { MAX_TEMPLATE_BYTES, parseTemplate } from "../parse/index.ts";
import { validateTemplate } from "../validate/index.ts";

/** Everything an upload is judged and shown by, as plain data (it crosses to and from worker threads). */
export interface TSourceReport {
  /** Undefined when the source does not parse. */
  format?: TSourceFormat;
  /** Parse errors, or validation findings then form model errors or warnings; in the order they were found. */
  findings: TFinding[];
  formModel: TFormModel | null;
  /** Only when asked for (`describe`) and the source parses: the diagram with parameters, and the cost before values. */
  graph: TResourceGraph | null;
  cost: TCostEstimate | null;
}

export interface TSourceAnalysis extends TSourceReport {
  /** The parsed template; it carries a function (source positions), so it stays in the thread that parsed it. */
  template?: TTemplate;
}

export interface TAnalyzeOptions {
  maxBytes?: number;
  /** Also build the resource graph and the cost estimate. */
  describe?: boolean;
}

/**
 * Parses, validates and builds the form model of a source in one pass. Parse
 * errors and parameter definition errors come back as findings, never as
 * exceptions, so an admin sees every problem with its line and column.
 */
export function analyzeSource(source: string, options: TAnalyzeOptions = {}): TSourceAnalysis {
  const parsed = parseTemplate(source, { maxBytes: options.maxBytes ?? MAX_TEMPLATE_BYTES });
  if (!parsed.ok) return { findings: parsed.errors, formModel: null, graph: null, cost: null };
  const template = parsed.value;
  const findings: TFinding[] = [...validateTemplate(template)];
  const model = buildFormModel(template);
  if (!model.ok) findings.push(...model.errors);
  else findings.push(...model.value.warnings);
  return {
    template,
    format: template.format,
    findings,
    formModel: model.ok ? model.value : null,
    graph: options.describe ? buildResourceGraph(template, { includeParameters: true }) : null,
    cost: options.describe ? estimateMonthlyCost(template) : null,
  };
}

/** The analysis without the template: what a worker thread can send back. */
export function reportSource(source: string, options: TAnalyzeOptions = {}): TSourceReport {
  const { template: _template, ...report } = analyzeSource(source, options);
  return report;
}
