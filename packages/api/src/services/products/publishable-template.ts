import { invalidFields } from "../shared/field-errors.ts";
import {
  analyzeTemplateSource,
  describeFinding,
  reportTemplate,
  type TTemplateReport,
} from "../shared/template-engine.ts";

function publishableFrom(source: string, analysis: Omit<TTemplateReport, "graph" | "cost">) {
  const errors = analysis.findings.filter((f) => f.severity === "error");
  if (errors.length > 0 || !analysis.formModel) {
    const messages =
      errors.length > 0 ? errors.map(describeFinding) : ["the template has no usable Parameters"];
    throw invalidFields({ source: messages }, "INVALID_TEMPLATE");
  }
  return {
    templateSource: source,
    templateFormat: analysis.format,
    digest: analysis.digest,
  };
}

/**
 * The stored form of a version's template, or INVALID_TEMPLATE listing every
 * error-level finding under `source`, so nothing that fails validation is published.
 * Every version is published through here: the admin procedures and the seeds.
 */
export function publishableTemplate(source: string) {
  return publishableFrom(source, analyzeTemplateSource(source));
}

/** The same check for a caller's upload: a large source is analysed on a worker thread. */
export async function checkPublishableTemplate(source: string) {
  return publishableFrom(source, await reportTemplate(source));
}
