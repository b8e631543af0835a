export { evaluateRules, evaluateRulesForFields } from "./evaluate-rules.ts";
export type { TParameterValues, TRuleFinding } from "./evaluate-rules.ts";
