import { reportTemplate } from "../shared/template-engine.ts";

/**
 * What an admin sees before publishing: findings with line:col, the order
 * form as requesters will see it, the diagram and the cost estimate. Writes
 * nothing; a template that does not parse is reported, not thrown. A large
 * source is analysed on a worker thread.
 */
export async function previewTemplate({ source }: { source: string }) {
  const report = await reportTemplate(source, { describe: true });
  return {
    format: report.format,
    digest: report.digest,
    findings: report.findings,
    errorCount: report.errorCount,
    publishable: report.errorCount === 0 && report.formModel !== null,
    formModel: report.formModel,
    graph: report.graph,
    cost: report.cost,
  };
}
