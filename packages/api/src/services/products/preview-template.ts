import { analyzeTemplateSource, describeTemplate } from "../shared/template-engine.ts";

/**
 * What an admin sees before publishing: findings with line:col, the order
 * form as requesters will see it, the diagram and the cost estimate. Writes
 * nothing; a template that does not parse is reported, not thrown.
 */
export function previewTemplate({ source }: { source: string }) {
  const analysis = analyzeTemplateSource(source);
  const described = analysis.template ? describeTemplate(analysis.template) : { graph: null, cost: null };
  return {
    format: analysis.format,
    digest: analysis.digest,
    findings: analysis.findings,
    errorCount: analysis.errorCount,
    publishable: analysis.errorCount === 0 && analysis.formModel !== null,
    formModel: analysis.formModel,
    graph: described.graph,
    cost: described.cost,
  };
}
