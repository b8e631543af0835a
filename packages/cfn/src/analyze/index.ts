export {
  analyzeSource,
  reportSource,
  type TAnalyzeOptions,
  type TSourceAnalysis,
  type TSourceReport,
} from "./analyze-source.ts";
