export { canonicalJson, toJsonValue } from "./canonical-json.ts";
export { AUDIT_HASH_FORMAT, encodeAuditEvent, hashAuditEvent, type TChainedFields } from "./event-hash.ts";
export {
  appendAuditEvent,
  appendStandaloneAuditEvent,
  AUDIT_CHAIN_LOCK_KEY,
  type TAppendedAuditEvent,
  type TAuditClient,
  type TAuditEventRecord,
} from "./append-audit-event.ts";
export {
  chainReport,
  describeChainReport,
  INITIAL_CHAIN_STATE,
  verifyAuditEvents,
  verifyNextEvent,
  type TChainBreak,
  type TChainBreakKind,
  type TChainReport,
  type TChainState,
  type TEventRef,
  type TStoredAuditEvent,
} from "./verify-chain.ts";
export { verifyAuditChain, type TVerifyOptions } from "./verify-audit-chain.ts";
