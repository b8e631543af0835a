export { detectCapabilities } from "./capabilities.ts";
export type { TCapabilities, TCapability } from "./capabilities.ts";
export { deployParameters, isNoEcho, secretEnvVar, secretPlaceholder } from "./deploy-values.ts";
export type { TDeployParameter } from "./deploy-values.ts";
export {
  buildExport,
  commandOf,
  EXPORT_FILE_NAMES,
  TEMPLATE_BODY_LIMIT,
  templateFileName,
} from "./export-files.ts";
export type {
  TCommandKind,
  TExport,
  TExportCommand,
  TExportFileKey,
  TExportInput,
  TRequestKind,
  TRetainedResource,
  TUpdateParameter,
} from "./export-files.ts";
export { retainedResources } from "./terminate-export.ts";
export { changeSetName, updateParameters } from "./update-export.ts";
export {
  buildStatement,
  fromBase64,
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT_TYPE,
  preAuthEncoding,
  signEnvelope,
  STACKVEND_PREDICATE_TYPE,
  toBase64,
  verifyEnvelope,
} from "./dsse.ts";
export type { TEnvelope, TSign, TStatement, TSubject, TVerify, TVerifyResult } from "./dsse.ts";
export { otherFormat } from "./other-format.ts";
export { shellQuote, shorthandValue } from "./shell-quote.ts";
export {
  BUNDLE_FILE_NAMES,
  bundleFiles,
  exportFromSettings,
  readDeploySettings,
  SCRIPT_FILE_NAMES,
  verifyBundle,
  zipBundle,
} from "./bundle.ts";
export type { TBundleCheck, TBundleInput, TDeploySettings, TSha256Hex } from "./bundle.ts";
