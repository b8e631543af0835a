export { CHECK_FAILURE_ID, validateTemplate, type TValidateOptions } from "./validate-template.ts";
export {
  buildSpec,
  loadSpec,
  preloadSpec,
  buildPackedSpec,
  packSpecDatabase,
  PREBUILT_SPEC_FILE,
  type TSpec,
  type TResourceSpec,
  type TPropertySpec,
  type TValueType,
  type TReplacement,
} from "./spec.ts";
export { CHECKS, RULE_CHECKS } from "./checks/registry.ts";
export type { TCheck, TCheckContext, TCheckInfo, TDraft } from "./context.ts";
