import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json.ts";

/** Identifies the encoding below; a future change of fields gets a new version, never a silent one. */
export const AUDIT_HASH_FORMAT = "stackvend.audit.v1";

/** Everything an event's hash covers: all stored fields except the database id and the hash itself. */
export interface TChainedFields {
  sequence: bigint;
  actorId: string | null;
  actorLabel: string;
  action: string;
  objectType: string;
  objectId: string;
  /** As read back from jsonb (see toJsonValue). */
  data: unknown;
  ip: string | null;
  createdAt: Date;
  /** The previous event's hash; null for the first chained event. */
  prevHash: string | null;
}

/**
 * The exact bytes that are hashed: one canonical JSON object. Sequence as a
 * decimal string (JSON numbers lose precision past 2^53), time as ISO 8601
 * in UTC with milliseconds, which is what the column stores.
 */
export function encodeAuditEvent(event: TChainedFields): string {
  return canonicalJson({
    format: AUDIT_HASH_FORMAT,
    sequence: event.sequence.toString(),
    actorId: event.actorId,
    actorLabel: event.actorLabel,
    action: event.action,
    objectType: event.objectType,
    objectId: event.objectId,
    data: event.data,
    ip: event.ip,
    createdAt: event.createdAt.toISOString(),
    prevHash: event.prevHash,
  });
}

/** sha256 of the canonical encoding, lowercase hex. */
export function hashAuditEvent(event: TChainedFields): string {
  return createHash("sha256").update(encodeAuditEvent(event), "utf8").digest("hex");
}
