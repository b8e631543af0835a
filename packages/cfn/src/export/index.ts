export { detectCapabilities } from "./capabilities.ts";
export type { TCapabilities, TCapability } from "./capabilities.ts";
export { deployParameters, isNoEcho, secretEnvVar, secretPlaceholder } from "./deploy-values.ts";
export type { TDeployParameter } from "./deploy-values.ts";
export { buildExport, EXPORT_FILE_NAMES, templateFileName } from "./export-files.ts";
export type { TExport, TExportFileKey, TExportInput } from "./export-files.ts";
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
export { BUNDLE_FILE_NAMES, bundleFiles, readDeploySettings, verifyBundle, zipBundle } from "./bundle.ts";
export type { TBundleCheck, TBundleInput, TDeploySettings, TSha256Hex } from "./bundle.ts";
