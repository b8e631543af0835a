/**
 * The entry a worker thread pool loads (prebuilt to `dist/engine-worker.mjs`
 * by scripts/build-cli.ts). Each export takes and returns plain,
 * structured-cloneable data; the pool picks one by name.
 */
import { reportSource, type TAnalyzeOptions, type TSourceReport } from "../analyze/index.ts";
import type { TResult, TTemplate } from "../model.ts";
import { MAX_TEMPLATE_BYTES, parseTemplate } from "../parse/index.ts";
import { renderTemplate, type TRenderInput, type TRendered } from "../render/index.ts";

export interface TReportTask {
  source: string;
  options: TAnalyzeOptions;
}

export function report({ source, options }: TReportTask): TSourceReport {
  return reportSource(source, options);
}

export interface TRenderTask {
  /** A stored (published) source: it parses, and orders of one product send the same one again and again. */
  source: string;
  input: Omit<TRenderInput, "template">;
}

/** The last template this thread parsed: a product's orders arrive in runs. */
let lastParsed: { source: string; template: TTemplate } | undefined;

function parsedOnce(source: string): TTemplate {
  if (lastParsed?.source === source) return lastParsed.template;
  const parsed = parseTemplate(source, { maxBytes: MAX_TEMPLATE_BYTES });
  if (!parsed.ok) throw new Error("A published template no longer parses");
  lastParsed = { source, template: parsed.value };
  return parsed.value;
}

/** The body stays here: copying it between threads costs more than it serves. */
export function render({ source, input }: TRenderTask): TResult<TRendered> {
  const result = renderTemplate({ ...input, template: parsedOnce(source) });
  if (!result.ok) return result;
  const { yaml, json, notes } = result.value;
  return { ok: true, value: { yaml, json, notes } };
}

export interface TParsedStored {
  /** The long-form body as JSON text: the caller's `JSON.parse` of it costs a few percent of parsing the source. */
  bodyJson: string;
  format: TTemplate["format"];
}

/**
 * A stored source parsed here, for a caller that needs the template itself
 * (an order's form and checks). Source positions stay behind: they serve
 * findings about an uploaded source, never an order of a published one.
 */
export function parse({ source }: { source: string }): TParsedStored {
  const template = parsedOnce(source);
  return { bodyJson: JSON.stringify(template.body), format: template.format };
}
