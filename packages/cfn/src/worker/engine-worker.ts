/**
 * The entry a worker thread pool loads (prebuilt to `dist/engine-worker.mjs`
 * by scripts/build-cli.ts). Each export takes and returns plain,
 * structured-cloneable data; the pool picks one by name.
 */
import { reportSource, type TAnalyzeOptions, type TSourceReport } from "../analyze/index.ts";

export interface TReportTask {
  source: string;
  options: TAnalyzeOptions;
}

export function report({ source, options }: TReportTask): TSourceReport {
  return reportSource(source, options);
}
